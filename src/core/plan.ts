/**
 * Evaluation + options → WritePlan (SPEC §6): fill empty cells, overwrite reported scores only when
 * asked, never write over an unrelated non-empty cell, one entry per cell.
 */
import type { Grid } from './grid';
import { parseA1, toA1 } from './grid';
import type { ScoredTable } from './index';
import type { Finding, Severity } from './findings';
import { SEVERITY_ORDER } from './findings';
import type { CellChange, ChangeKind, PlanOptions, WritePlan } from './writePlan';
import { SEVERITY_FILL } from './writePlan';
import { isGradeSlot, isWritableEmpty } from './recognize/cells';
import type { IndicatorEvaluation } from './evaluation';
import { hasReviewText, reviewText, unitOwnText, REVIEW_FONT_COLOR } from './reviewText';

export function planWrites(grid: Grid, tables: ScoredTable[], options: PlanOptions): WritePlan {
  const changes = new Map<string, CellChange>();
  const edit = (cell: string, kind: ChangeKind): CellChange | null => {
    const ref = parseA1(cell);
    if (!ref) return null;
    const existing = changes.get(cell) ?? { cell, row: ref.row, col: ref.col, kinds: [] };
    if (!existing.kinds.includes(kind)) existing.kinds.push(kind);
    changes.set(cell, existing);
    return existing;
  };
  /** A value goes only into a cell Excel shows: never into one covered by a merged area. */
  const setValue = (cell: string, kind: ChangeKind, value: string | number): CellChange | null => {
    const ref = parseA1(cell)!;
    const m = grid.mergeAt(ref.row, ref.col);
    if (m && (m.top !== ref.row || m.left !== ref.col)) return null;
    const change = edit(cell, kind)!;
    change.value = value;
    return change;
  };
  const isEmpty = (cell: string) => {
    const ref = parseA1(cell)!;
    return grid.text(ref.row, ref.col) === '' && !grid.get(ref.row, ref.col)?.formula;
  };
  /** A score goes into an empty cell, or over a different reported number when overwriting is on. */
  const writeScore = (cell: string | null, value: number | null, reported: number | null, kind: ChangeKind) => {
    if (!cell || value === null) return;
    const ref = parseA1(cell)!;
    if (grid.get(ref.row, ref.col)?.formula && !options.overwriteScores) return;
    if (isEmpty(cell) || (options.overwriteScores && reported !== null && Math.abs(reported - value) > 0.005)) setValue(cell, kind, value);
  };

  for (const { table, evaluation: ev } of tables) {
    // Without its 年度指标值 or 实际完成值 column a table cannot be scored: mark it, write no numbers.
    const scorable = !ev.findings.some((f) => f.code === 'COLUMN_MISSING');
    for (const ind of ev.indicators) {
      if (scorable && ind.type !== 'not-applicable') writeScore(ind.scoreCell, ind.score, ind.reportedScore, 'score');
      planCommentary(grid, ind, table.columns.reason !== undefined, options.writeCommentary, { edit, setValue });
    }
    if (ev.budget) {
      if (scorable) writeScore(table.budget?.score ? toA1(table.budget.score.row, table.budget.score.col) : null, ev.budget.score, ev.budget.reportedScore, 'budgetScore');
      if (ev.budgetCommentary && options.writeCommentary && ev.budget.cell) addNote(edit(ev.budget.cell, 'commentary')!, ev.budgetCommentary);
    }
    writeScore(ev.totalCell, ev.total, ev.reportedTotal, 'total');
    if (ev.grade) planGrade(grid, table, ev.grade, ev.gradeCell, setValue);
    if (options.markCells) for (const f of ev.findings) markFinding(f, edit);
  }
  const ordered = [...changes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  // Fit the changed sheet to one page wide so wrapped commentary prints; hosts skip it where the unit set its own page setup.
  return { sheet: grid.sheet, changes: ordered, ...(ordered.length ? { printFit: { fitToWidth: 1 } } : {}) };
}

/**
 * Commentary into the indicator's reason cell (SPEC §5, §6.2): marked 【复核】 in its own colour and
 * wrapped; an earlier run's 【复核】 text is replaced, or cleared when no explanation is needed any
 * more; a reason the unit wrote stays, and ours goes beside it as a note.
 */
function planCommentary(grid: Grid, ind: IndicatorEvaluation, ownReasonColumn: boolean, write: boolean, ops: { edit: Edit; setValue: SetValue }): void {
  const commentary = write && ind.type !== 'not-applicable' ? ind.commentary : null;
  const ref = ind.reasonCell ? parseA1(ind.reasonCell) : null;
  if (!ref || !ind.reasonCell) return;
  const current = grid.text(ref.row, ref.col);
  const isFormula = !!grid.get(ref.row, ref.col)?.formula;
  const unitPart = unitOwnText(current);
  const oursThere = ownReasonColumn && !isFormula && hasReviewText(current);
  if (commentary && ownReasonColumn && !isFormula && unitPart === '') {
    const change = ops.setValue(ind.reasonCell, 'commentary', reviewText(commentary));
    if (change) Object.assign(change, { fontColor: REVIEW_FONT_COLOR, wrap: true });
    return;
  }
  // Our earlier text goes; what the unit wrote beside it stays.
  if (oursThere) ops.setValue(ind.reasonCell, 'commentary', unitPart);
  if (commentary) addNote(ops.edit(ownReasonColumn ? ind.reasonCell : ind.cell, 'commentary')!, `偏差说明（建议）：${commentary}`);
}

type Edit = (cell: string, kind: ChangeKind) => CellChange | null;
type SetValue = (cell: string, kind: ChangeKind, value: string | number) => CellChange | null;

/**
 * The grade goes beside the total; with no room there, into a labelled cell under the table. Where the
 * host could not list merges (Excel below ExcelApi 1.13) the empty cell beside a total is often covered by
 * the total's merge: the grade then goes only over a grade the sheet already shows (a covered cell shows
 * nothing), else into the 复核表 alone.
 */
function planGrade(grid: Grid, table: ScoredTable['table'], grade: string, gradeCell: string | null, setValue: SetValue): void {
  if (gradeCell) {
    const ref = parseA1(gradeCell)!;
    const current = grid.text(ref.row, ref.col);
    if ((current === '' && grid.mergesKnown) || /^[优良中差]$/.test(current)) setValue(gradeCell, 'grade', grade);
    return;
  }
  // No room on the total row: the first free pair of cells under the table, labelled 评价等级.
  const col = table.range.left;
  for (let row = table.range.bottom + 1; row < table.range.bottom + 20; row++) {
    const labelFree = isWritableEmpty(grid, row, col) || grid.text(row, col) === '评价等级';
    const valueFree = isGradeSlot(grid, row, col + 1);
    const shown = grid.mergesKnown || (grid.text(row, col) === '评价等级' && grid.text(row, col + 1) !== '');
    if (labelFree && valueFree && shown) {
      setValue(toA1(row, col), 'gradeLabel', '评价等级');
      setValue(toA1(row, col + 1), 'grade', grade);
      return;
    }
  }
}

export function markFinding(f: Finding, edit: Edit): void {
  if (!f.cell || f.severity === 'info') return;
  const change = edit(f.cell, 'mark');
  if (!change) return;
  if (!change.severity || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[change.severity as Severity]) {
    change.severity = f.severity;
    change.fill = SEVERITY_FILL[f.severity];
  }
  addNote(change, f.message);
}

function addNote(change: CellChange, text: string): void {
  if (change.note?.split('\n').includes(text)) return;
  change.note = change.note ? `${change.note}\n${text}` : text;
}

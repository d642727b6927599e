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
  const setValue = (cell: string, kind: ChangeKind, value: string | number) => {
    const ref = parseA1(cell)!;
    const m = grid.mergeAt(ref.row, ref.col);
    if (m && (m.top !== ref.row || m.left !== ref.col)) return;
    edit(cell, kind)!.value = value;
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
      if (ind.type === 'not-applicable') continue;
      if (scorable) writeScore(ind.scoreCell, ind.score, ind.reportedScore, 'score');
      if (ind.commentary && options.writeCommentary && ind.reasonCell) {
        const ownReasonColumn = table.columns.reason !== undefined;
        const reasonRef = parseA1(ind.reasonCell)!;
        if (grid.text(reasonRef.row, reasonRef.col) === ind.commentary) continue; // an earlier scoring wrote it
        if (ownReasonColumn && isEmpty(ind.reasonCell)) setValue(ind.reasonCell, 'commentary', ind.commentary);
        // The unit wrote its own reason (or the form has one reason cell for the whole table): keep it, add ours as a note.
        else addNote(edit(ownReasonColumn ? ind.reasonCell : ind.cell, 'commentary')!, `偏差说明（建议）：${ind.commentary}`);
      }
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
  return { sheet: grid.sheet, changes: ordered };
}

type Edit = (cell: string, kind: ChangeKind) => CellChange | null;
type SetValue = (cell: string, kind: ChangeKind, value: string | number) => void;

/** The grade goes beside the total; with no room there, into a labelled cell under the table. */
function planGrade(grid: Grid, table: ScoredTable['table'], grade: string, gradeCell: string | null, setValue: SetValue): void {
  if (gradeCell) {
    const ref = parseA1(gradeCell)!;
    const current = grid.text(ref.row, ref.col);
    if (current === '' || /^[优良中差]$/.test(current)) setValue(gradeCell, 'grade', grade);
    return;
  }
  // No room on the total row: the first free pair of cells under the table, labelled 评价等级.
  const col = table.range.left;
  for (let row = table.range.bottom + 1; row < table.range.bottom + 20; row++) {
    const labelFree = isWritableEmpty(grid, row, col) || grid.text(row, col) === '评价等级';
    const valueFree = isGradeSlot(grid, row, col + 1);
    if (labelFree && valueFree) {
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

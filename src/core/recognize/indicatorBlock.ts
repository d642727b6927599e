/** Reads the indicator rows under a header band, up to the total row or the end of the block. */
import type { Grid } from '../grid';
import type { ColumnMap, ColumnRole, IndicatorRow, TotalRow } from '../table';
import { filledColumns, firstText, isGradeSlot } from './cells';
import { indicatorRole } from './headers';
import { blockRowKind, type BlockRowKind } from './labels';
import { normalizeLabel } from '../text';
import { isBlankMark, isNotApplicableWord } from '../values/placeholders';
import { LevelTracker } from './levels';
import type { CellRef } from '../grid';

export interface IndicatorBlock {
  indicators: IndicatorRow[];
  total: TotalRow | null;
  /** 偏差大或目标未完成原因分析 cell of a 部门整体 form, if present. */
  reasonCell: CellRef | null;
  /** Last row that belongs to the table. */
  lastRow: number;
}

/** Bounds of the block: first data row, the row limit (exclusive) and the columns to scan. */
export interface BlockBounds {
  firstRow: number;
  endRow: number;
  left: number;
  right: number;
}

const MAX_EMPTY_RUN = 2;

export function readIndicatorBlock(grid: Grid, columns: ColumnMap, b: BlockBounds): IndicatorBlock {
  const indicators: IndicatorRow[] = [];
  let total: TotalRow | null = null;
  let reasonCell: CellRef | null = null;
  let lastRow = b.firstRow - 1;
  let emptyRun = 0;
  let closed = false;
  const levels = new LevelTracker(grid, columns);
  let row = b.firstRow;
  for (; row < b.endRow; row++) {
    const first = firstText(grid, row, b.left, b.right);
    if (!first) {
      if (++emptyRun >= MAX_EMPTY_RUN) break;
      continue;
    }
    emptyRun = 0;
    const kind = closingKind(grid, row, first, columns);
    if (kind === 'total') {
      total = totalRow(grid, row, first.col, columns, b.right);
      lastRow = row;
      row++;
      break;
    }
    if (kind === 'closing') {
      // 其他需要说明事项, 填报人 …: never an indicator; the 总分 row may still follow.
      closed = true;
      const reason = reasonRow(grid, row, first, b);
      if (reason) {
        reasonCell ??= reason.cell;
        lastRow = row;
      }
      continue;
    }
    if (kind === 'break' || closed || looksLikeHeader(grid, row, b)) break;

    const { level1, level2 } = levels.at(row);
    lastRow = row;
    const indicator = indicatorRow(grid, row, columns, level1, level2);
    if (indicator) indicators.push(indicator);
  }
  const trailing = readTrailingReasonRows(grid, row, b);
  return { indicators, total, reasonCell: reasonCell ?? trailing.reasonCell, lastRow: Math.max(lastRow, trailing.lastRow) };
}

/**
 * The row's closing label, if it counts: a label left of the 三级指标 column, or one on a row whose target
 * and actual are empty (an indicator named "说明书印发数量" with values is still an indicator).
 */
function closingKind(grid: Grid, row: number, first: { col: number; text: string }, columns: ColumnMap): BlockRowKind | null {
  const kind = blockRowKind(first.text);
  if (kind === null || kind === 'break') return kind;
  if (columns.name === undefined || first.col < columns.name) return kind;
  const filled = (col: number | undefined) => col !== undefined && col !== first.col && grid.text(row, col) !== '';
  return filled(columns.target) || filled(columns.actual) ? null : kind;
}

const DATA_ROLES = ['name', 'nature', 'target', 'targetAdjusted', 'actual', 'weight', 'score'] as const;

function indicatorRow(grid: Grid, row: number, columns: ColumnMap, level1: string, level2: string): IndicatorRow | null {
  const text = (role: (typeof DATA_ROLES)[number]) => (columns[role] !== undefined ? grid.text(row, columns[role]!) : '');
  const name = text('name');
  const values = [text('target'), text('targetAdjusted'), text('actual')];
  const data = [...values, text('weight'), text('score')];
  if (!name && data.every((t) => t === '')) return null; // a level-only row such as 生态效益指标 with nothing under it
  const row0 = { row, level1, level2, name };
  const blank = (t: string) => t === '' || isBlankMark(t);
  // Most rows are plain indicators: a named row whose values say nothing like 不适用 needs no more checks.
  if (name && !blank(name) && !values.some(isNotApplicableWord)) return { ...row0, applicable: true, notApplicableReason: null, placeholder: false };
  if ([name, ...data].every((t) => t === '' || SLASH.test(t))) {
    return { ...row0, applicable: false, notApplicableReason: '该行标注为“/”，不适用', placeholder: false };
  }
  // "-" rows, 指标二：……, 二级指标1：: a template row nobody filled in (PLACEHOLDER_ROW, never VALUE_MISSING).
  if (blank(name) && data.every(blank)) {
    return { ...row0, applicable: false, notApplicableReason: '模板示例行或占位行（未填写的“指标N：”“-”等）', placeholder: true };
  }
  // An indicator whose values say 不适用 / 不涉及 does not apply; it was not met either.
  if (values.some(isNotApplicableWord) && values.every(blank)) {
    const word = values.find(isNotApplicableWord)!.trim();
    return { ...row0, applicable: false, notApplicableReason: `指标值填写为“${word}”，不适用`, placeholder: false };
  }
  return { ...row0, applicable: true, notApplicableReason: null, placeholder: false };
}

const SLASH = /^\s*[/／]+\s*$/;

/** Another indicator header: three roles, one of them 一级/二级/三级指标 (data cells say 完成, 原因 … too). */
function looksLikeHeader(grid: Grid, row: number, b: BlockBounds): boolean {
  const roles = new Set<ColumnRole>();
  for (const c of filledColumns(grid, row, b.left, b.right)) {
    const role = indicatorRole(grid.text(row, c));
    if (role) roles.add(role);
  }
  return roles.size >= 3 && (roles.has('name') || roles.has('level1') || roles.has('level2'));
}

function totalRow(grid: Grid, row: number, labelCol: number, columns: ColumnMap, right: number): TotalRow {
  const at = (col: number | undefined) => (col !== undefined ? { row, col } : null);
  const weight = at(columns.weight);
  const score = at(columns.score);
  const from = (columns.score ?? columns.weight ?? labelCol) + 1;
  let gradeCell = null;
  for (let c = from; c <= right + 1; c++) {
    if (isGradeSlot(grid, row, c)) {
      gradeCell = { row, col: c };
      break;
    }
  }
  return { row, labelCell: { row, col: labelCol }, weight, score, gradeCell };
}

/** 偏差大或目标未完成原因分析 / 改进措施及结果应用方案 rows that close a 部门整体 form, after 总分. */
function readTrailingReasonRows(grid: Grid, from: number, b: BlockBounds): { reasonCell: CellRef | null; lastRow: number } {
  let reasonCell: CellRef | null = null;
  let lastRow = -1;
  for (let row = from; row < b.endRow; row++) {
    const first = firstText(grid, row, b.left, b.right);
    if (!first) {
      if (row > from) break;
      continue;
    }
    const reason = reasonRow(grid, row, first, b);
    if (!reason) break;
    lastRow = row;
    reasonCell ??= reason.cell;
  }
  return { reasonCell, lastRow };
}

/** A 原因 / 改进措施 / 结果应用 row: part of the table; a 原因 row gives the table-level reason cell (its answer). */
function reasonRow(grid: Grid, row: number, first: { col: number; text: string }, b: BlockBounds): { cell: CellRef | null } | null {
  const label = normalizeLabel(first.text);
  if (!/原因|改进措施|结果应用/.test(label) || label.length > 30) return null;
  if (!/原因/.test(label)) return { cell: null };
  const answer = filledColumns(grid, row, first.col + 1, b.right)[0];
  const m = grid.mergeAt(row, first.col);
  return { cell: { row, col: answer ?? (m ? m.right + 1 : first.col + 1) } };
}

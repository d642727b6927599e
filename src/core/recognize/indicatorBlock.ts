/** Reads the indicator rows under a header band, up to the total row or the end of the block. */
import type { Grid } from '../grid';
import type { ColumnMap, IndicatorRow, TotalRow } from '../table';
import { filledColumns, firstText, isGradeSlot, textThroughMerge } from './cells';
import { indicatorRole } from './headers';
import { blockRowKind } from './labels';
import { normalizeLabel } from '../text';

export interface IndicatorBlock {
  indicators: IndicatorRow[];
  total: TotalRow | null;
  /** 偏差大或目标未完成原因分析 cell of a 部门整体 form, if present. */
  reasonCell: { row: number; col: number } | null;
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
  let lastRow = b.firstRow - 1;
  let emptyRun = 0;
  let level1 = '';
  let level2 = '';
  let row = b.firstRow;
  for (; row < b.endRow; row++) {
    const first = firstText(grid, row, b.left, b.right);
    if (!first) {
      if (++emptyRun >= MAX_EMPTY_RUN) break;
      continue;
    }
    emptyRun = 0;
    const kind = blockRowKind(first.text);
    if (kind === 'total') {
      total = totalRow(grid, row, first.col, columns, b.right);
      lastRow = row;
      row++;
      break;
    }
    if (kind === 'break' || looksLikeHeader(grid, row, b)) break;

    const l1 = columns.level1 !== undefined ? textThroughMerge(grid, row, columns.level1) : '';
    if (l1 && l1 !== level1) {
      level1 = l1;
      level2 = '';
    }
    const l2 = columns.level2 !== undefined ? textThroughMerge(grid, row, columns.level2) : '';
    if (l2) level2 = l2;
    lastRow = row;

    const indicator = indicatorRow(grid, row, columns, level1, level2);
    if (indicator) indicators.push(indicator);
  }
  const trailing = readTrailingReasonRows(grid, row, b);
  return { indicators, total, reasonCell: trailing.reasonCell, lastRow: Math.max(lastRow, trailing.lastRow) };
}

const DATA_ROLES = ['name', 'nature', 'target', 'targetAdjusted', 'actual', 'weight', 'score'] as const;

function indicatorRow(grid: Grid, row: number, columns: ColumnMap, level1: string, level2: string): IndicatorRow | null {
  const text = (role: (typeof DATA_ROLES)[number]) => (columns[role] !== undefined ? grid.text(row, columns[role]!) : '');
  const name = text('name');
  const data = [text('target'), text('targetAdjusted'), text('actual'), text('weight'), text('score')];
  if (!name && data.every((t) => t === '')) return null; // a level-only row such as 生态效益指标 with nothing under it
  const marksOnly = [name, ...data].every((t) => t === '' || NA_MARK.test(t));
  if (marksOnly) {
    return { row, level1, level2, name, applicable: false, notApplicableReason: '该行标注为“/”，不适用', placeholder: false };
  }
  const leftover = TEMPLATE_LEFTOVER.test(normalizeLabel(name)) && data.every((t) => t === '' || PLACEHOLDER.test(t));
  if (leftover) {
    return { row, level1, level2, name, applicable: false, notApplicableReason: '模板示例行（未填写的“指标N：”）', placeholder: true };
  }
  return { row, level1, level2, name, applicable: true, notApplicableReason: null, placeholder: false };
}

const NA_MARK = /^[/／]+$/;
const PLACEHOLDER = /^([-—－–─*＊/／…]+|\.{3,}|无)$/;
const TEMPLATE_LEFTOVER = /^(指标|三级指标)\d*[:：]?[…．.。—\-]*$/;

function looksLikeHeader(grid: Grid, row: number, b: BlockBounds): boolean {
  let roles = 0;
  for (const c of filledColumns(grid, row, b.left, b.right)) if (indicatorRole(grid.text(row, c))) roles++;
  return roles >= 3;
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

/** 偏差大或目标未完成原因分析 / 改进措施及结果应用方案 rows that close a 部门整体 form. */
function readTrailingReasonRows(grid: Grid, from: number, b: BlockBounds): { reasonCell: { row: number; col: number } | null; lastRow: number } {
  let reasonCell: { row: number; col: number } | null = null;
  let lastRow = -1;
  for (let row = from; row < b.endRow; row++) {
    const first = firstText(grid, row, b.left, b.right);
    if (!first) {
      if (row > from) break;
      continue;
    }
    const label = normalizeLabel(first.text);
    if (!/原因|改进措施|结果应用/.test(label) || label.length > 30) break;
    lastRow = row;
    if (/原因/.test(label) && !reasonCell) {
      const answer = filledColumns(grid, row, first.col + 1, b.right)[0];
      const m = grid.mergeAt(row, first.col);
      reasonCell = { row, col: answer ?? (m ? m.right + 1 : first.col + 1) };
    }
  }
  return { reasonCell, lastRow };
}

/**
 * What the recogniser found on a sheet, as plain data a clerk can read (`ziping inspect`, the task
 * pane's explanation for a sheet it cannot score): each table's range, kind and variant, its header
 * cells with their roles, the budget row, the indicator rows and the closing row — or, for a sheet
 * with no table, the row that came closest to a header and what it lacked.
 */
import type { Grid } from '../grid';
import { toA1, rangeToA1 } from '../grid';
import type { ColumnRole, Table, TableKind } from '../table';
import type { Finding } from '../findings';
import { recognizeTables } from './index';
import { recognizeEvaluationTables } from '../evaluationTable';
import { INDICATOR_HEADERS, ROLE_NAMES } from './headers';
import { filledColumns } from './cells';
import { joinedHeaderCells } from './splitHeader';
import { describeHeaderCells, headerCells, wordsFor, type HeaderCellInfo } from './headerCells';

export interface IndicatorLine {
  row: number;
  cell: string;
  level1: string;
  level2: string;
  name: string;
  status: 'indicator' | 'not-applicable' | 'placeholder';
}

export interface TableReport {
  range: string;
  kind: TableKind;
  variant: string;
  name: string | null;
  /** 1-based sheet rows of the header, first and last. */
  headerRows: [number, number];
  header: HeaderCellInfo[];
  budget: { row: number; label: string; cells: Array<{ role: string; cell: string }> } | null;
  indicators: IndicatorLine[];
  /** The 总分 row that closes the table, or null when there is none. */
  closing: { cell: string; label: string } | null;
  findings: Finding[];
}

/** The row (or two rows, for a split header) nearest to an indicator header, and what it lacks. */
export interface ClosestHeader {
  /** 1-based sheet rows. */
  rows: [number, number];
  header: HeaderCellInfo[];
  missing: ColumnRole[];
}

export interface SheetReport {
  sheet: string;
  tables: TableReport[];
  /** 综合评分表 / 评分结果一览表 (SPEC §9) found beside or instead of a 自评表: range, variant and title. */
  evaluationTables: Array<{ range: string; variant: string; name: string | null; items: number }>;
  /** Set only when the sheet has no table of either kind. */
  closest: ClosestHeader | null;
}

const BUDGET_CELLS = [
  ['planned', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['executed', '全年执行数'],
  ['rate', '执行率'],
  ['weight', '分值'],
  ['score', '得分'],
] as const;

export function inspectGrid(grid: Grid): SheetReport {
  const tables = recognizeTables(grid);
  const evaluation = recognizeEvaluationTables(grid, tables.map((t) => t.range)).map((e) => ({ range: rangeToA1(e.range), variant: e.variant, name: e.name, items: e.items.length }));
  const closest = tables.length || evaluation.length ? null : closestHeader(grid);
  return { sheet: grid.sheet, tables: tables.map((t) => tableReport(grid, t)), evaluationTables: evaluation, closest };
}

function tableReport(grid: Grid, t: Table): TableReport {
  const lastHeaderRow = headerEnd(grid, t);
  const b = t.budget;
  return {
    range: rangeToA1(t.range),
    kind: t.kind,
    variant: t.variant,
    name: t.name,
    headerRows: [t.headerRow + 1, lastHeaderRow + 1],
    header: headerCells(grid, t.headerRow, lastHeaderRow, t.range.left, t.range.right, t.columns),
    budget: b && {
      row: b.row + 1,
      label: grid.text(b.labelCell.row, b.labelCell.col),
      cells: BUDGET_CELLS.flatMap(([role, label]) => (b[role] ? [{ role: label, cell: toA1(b[role]!.row, b[role]!.col) }] : [])),
    },
    indicators: t.indicators.map((i) => ({
      row: i.row + 1,
      cell: toA1(i.row, t.columns.name ?? t.range.left),
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      status: i.applicable ? 'indicator' : i.placeholder ? 'placeholder' : 'not-applicable',
    })),
    closing: t.total && { cell: toA1(t.total.labelCell.row, t.total.labelCell.col), label: grid.text(t.total.labelCell.row, t.total.labelCell.col) },
    findings: t.findings,
  };
}

/** The header's last row: the rows under the header row, before the first indicator, that still hold header words. */
function headerEnd(grid: Grid, t: Table): number {
  const stop = Math.min(t.indicators[0]?.row ?? t.headerRow + 1, t.headerRow + 3);
  let last = t.headerRow;
  for (let row = t.headerRow + 1; row < stop; row++) {
    if (!filledColumns(grid, row, t.range.left, t.range.right).some((c) => INDICATOR_HEADERS.match(grid.text(row, c)))) break;
    last = row;
  }
  return last;
}

const INDICATOR_OWN: ReadonlySet<ColumnRole> = new Set(['level1', 'level2', 'name', 'target', 'actual']);

interface HeaderText {
  col: number;
  text: string;
}

/**
 * How many distinct roles the cells give, or 0 when none is the indicator's own: a 汇总 sheet's
 * 自评得分 · 复核得分 is no indicator header.
 */
function indicatorRoles(cells: readonly HeaderText[]): number {
  const found = new Set(cells.map((c) => INDICATOR_HEADERS.role(c.text)).filter((r) => r !== null));
  return [...found].some((r) => INDICATOR_OWN.has(r)) ? found.size : 0;
}

/** Among single rows and pairs of rows, the one whose cells give the most distinct roles (at least two, one of them the indicator's own). */
export function closestHeader(grid: Grid): ClosestHeader | null {
  let best: { rows: [number, number]; cells: HeaderText[]; roles: number } | null = null;
  const rowCells = (row: number): HeaderText[] => filledColumns(grid, row, 0, grid.colCount - 1).map((col) => ({ col, text: grid.text(row, col) }));
  let own = grid.rowCount > 0 ? rowCells(0) : [];
  for (let row = 0; row < grid.rowCount; row++) {
    const below = row + 1 < grid.rowCount ? rowCells(row + 1) : [];
    const single = indicatorRoles(own);
    if (single >= 2 && (!best || single > best.roles)) best = { rows: [row, row], cells: own, roles: single };
    // Two rows joined (一级 / 指标) only when the join says more than either row alone.
    if (own.length > 0 && below.length > 0) {
      const joined = joinedHeaderCells(grid, row);
      const roles = indicatorRoles(joined);
      if (roles >= 2 && roles > Math.max(single, indicatorRoles(below)) && (!best || roles > best.roles)) best = { rows: [row, row + 1], cells: joined, roles };
    }
    own = below;
  }
  if (!best) return null;
  const [top] = best.rows;
  const header: HeaderCellInfo[] = best.cells.map(({ col, text }) => ({ cell: toA1(top, col), col, text: text.replace(/\s+/g, ''), role: INDICATOR_HEADERS.role(text) }));
  const has = (role: ColumnRole) => header.some((h) => h.role === role);
  const missing: ColumnRole[] = [];
  if (!has('name')) missing.push('name');
  if (!has('target') && !has('actual')) missing.push('target', 'actual');
  return { rows: [best.rows[0] + 1, best.rows[1] + 1], header, missing };
}

/**
 * One clause for a sheet with no table: "最接近表头的是第12行：…；缺少“三级指标”列（表头须含…）".
 * The same words in TABLE_NOT_FOUND, `ziping inspect` and the task pane.
 */
export function explainClosest(c: ClosestHeader): string {
  const rows = c.rows[0] === c.rows[1] ? `第${c.rows[0]}行` : `第${c.rows[0]}–${c.rows[1]}行`;
  const lacks = c.missing.length
    ? `缺少${c.missing.map((r) => `“${ROLE_NAMES[r]}”列（表头须${wordsFor(r)}）`).join('和')}`
    : '这些列不在同一段表头中（“三级指标”须与“年度指标值”或“实际完成值”相邻，中间不隔其他表格）';
  return `最接近表头的是${rows}：${describeHeaderCells(c.header)}；${lacks}`;
}

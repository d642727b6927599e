/**
 * Evaluation tables whose header is a row: the 综合评分表 (一级指标 · 二级指标 · 三级指标 · … · 分值 · 得分) and
 * the summary by rows (评价准则 · 准则分值 · 评价得分, then 综合绩效 and 评价等级).
 */
import type { CellRef, Grid } from '../grid';
import { filledColumns, firstText } from '../recognize/cells';
import { blockRowKind } from '../recognize/labels';
import { usedRange } from '../recognize/usedRange';
import { readNumber } from '../evaluate/readNumbers';
import { resolveRoles, type RoleAt } from './roles';
import { lineKind } from './labels';
import { titleAbove } from './title';
import type { EvaluationItemCells, EvaluationTable, LabelGroup, StatedRow } from './types';

/** True for cells that belong to a table found earlier (a 自评表, another evaluation table). */
export type Taken = (row: number, col: number) => boolean;

/** Fewer scored lines than this is not a table (a sentence that happens to say 分值 and 得分). */
const MIN_ITEMS = 2;

/** Rows without an item that may stand inside a table (评价要点 spilled onto a row of its own). */
const MAX_GAP = 2;

export function columnFormTables(grid: Grid, taken: Taken): EvaluationTable[] {
  const tables: EvaluationTable[] = [];
  let lastBottom = -1;
  for (let row = 0; row < grid.rowCount; row++) {
    const header = headerAt(grid, row, taken);
    if (!header) continue;
    const table = readBody(grid, row, header, taken, lastBottom + 1);
    if (!table) continue;
    tables.push(table);
    lastBottom = table.range.bottom;
    row = table.range.bottom;
  }
  return tables;
}

interface Header {
  labels: number[];
  weight: number;
  score: number;
  rate: number | null;
  left: number;
  right: number;
}

function headerAt(grid: Grid, row: number, taken: Taken): Header | null {
  const cols = filledColumns(grid, row, 0, grid.colCount - 1).filter((c) => !taken(row, c));
  if (cols.length < 3) return null;
  const roles = resolveRoles(cols.map((c) => ({ key: c, text: grid.text(row, c) })), true);
  if (!roles) return null;
  const col = (r: RoleAt<number>['role']) => roles.find((x) => x.role === r)?.key ?? null;
  const weight = col('weight')!;
  const score = col('score')!;
  // Level and name columns stand left of the numbers; a 指标 word right of them is a note column.
  const labels = roles.filter((x) => x.role === 'label' && x.key < Math.min(weight, score)).map((x) => x.key);
  if (labels.length === 0) return null;
  return { labels, weight, score, rate: col('rate'), left: cols[0], right: cols[cols.length - 1] };
}

function readBody(grid: Grid, headerRow: number, h: Header, taken: Taken, stopAt: number): EvaluationTable | null {
  const nameCol = h.labels[h.labels.length - 1];
  const levelCols = h.labels.slice(0, -1);
  const items: EvaluationItemCells[] = [];
  const groups: LabelGroup[] = [];
  const subtotals: StatedRow[] = [];
  let total: StatedRow | null = null;
  let grade: CellRef | null = null;
  const current: Array<number | null> = levelCols.map(() => null);
  let subtotalFrom = 0;
  let lastRow = headerRow;
  let gap = 0;
  const at = (row: number, col: number | null): CellRef | null => (col !== null && grid.get(row, col) ? { row, col } : null);
  const stated = (row: number, labelCol: number, label: string, from: number): StatedRow => ({
    labelCell: { row, col: labelCol },
    label,
    weight: at(row, h.weight),
    score: at(row, h.score),
    rate: at(row, h.rate),
    items: items.map((_, i) => i).slice(from),
  });

  for (let row = headerRow + 1; row < grid.rowCount; row++) {
    if (taken(row, h.left)) break;
    const again = headerAt(grid, row, taken);
    // The header printed again at the top of a page continues the table; another header starts a new one.
    if (again && sameColumns(again, h)) continue;
    if (again) break;
    const first = firstText(grid, row, h.left, h.right);
    if (!first) break;
    // A 小计 may stand in the name column beside its group's label ("A决策 | 小计 | 15 | 15").
    const nameKind = lineKind(grid.text(row, nameCol));
    const kind = lineKind(first.text) ?? (nameKind === 'subtotal' || nameKind === 'total' ? nameKind : null);
    if (total && kind !== 'grade') break; // nothing but the 评价等级 follows the 合计 line
    if (kind === 'grade') {
      const value = filledColumns(grid, row, first.col + 1, h.right)[0];
      if (value === undefined) break;
      grade = { row, col: value };
      lastRow = row;
      break;
    }
    if (kind === 'total' || kind === 'subtotal') {
      const labelCol = lineKind(first.text) ? first.col : nameCol;
      const line = stated(row, labelCol, grid.text(row, labelCol), kind === 'total' ? 0 : subtotalFrom);
      if (kind === 'total') total = line;
      else subtotals.push(line);
      subtotalFrom = items.length;
      lastRow = row;
      continue;
    }
    if (blockRowKind(first.text) === 'break') break;
    levelCols.forEach((col, i) => {
      const text = grid.text(row, col);
      // A label repeated on every row (SPEC §1.1) continues its group.
      if (!text || (current[i] !== null && groups[current[i]!].text === text)) return;
      groups.push({ cell: { row, col }, text, level: i + 1 });
      current[i] = groups.length - 1;
      for (let j = i + 1; j < current.length; j++) current[j] = null;
    });
    const name = grid.text(row, nameCol);
    const weight = at(row, h.weight);
    const score = at(row, h.score);
    const numbers = readNumber(grid, weight).value !== null || readNumber(grid, score).value !== null;
    if (!name && !numbers) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    gap = 0;
    items.push({ nameCell: { row, col: nameCol }, name, groups: current.filter((g): g is number => g !== null), weight, score, rate: at(row, h.rate) });
    lastRow = row;
  }
  const scored = items.filter((i) => readNumber(grid, i.weight).value !== null || readNumber(grid, i.score).value !== null);
  if (scored.length < MIN_ITEMS) return null;
  // Labels read on rows after the last line of the table (a paragraph under it) are not the table's.
  const kept = groups.filter((g) => g.cell.row <= lastRow);
  const title = titleAbove(grid, headerRow, h.left, h.right, stopAt);
  return {
    sheet: grid.sheet,
    variant: levelCols.length > 0 ? 'scoring' : 'summary',
    range: usedRange(grid, title?.row ?? headerRow, lastRow, h.left, h.right),
    name: title?.text ?? null,
    headerRow,
    items,
    groups: kept,
    subtotals,
    total,
    grade,
  };
}

function sameColumns(a: Header, b: Header): boolean {
  return a.weight === b.weight && a.score === b.score && a.rate === b.rate && a.labels.join() === b.labels.join();
}

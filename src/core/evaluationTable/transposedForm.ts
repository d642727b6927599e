/**
 * The summary by columns (表3-1): a line of 一级指标 headings (指标类别 | A项目决策 | … | 合计) over lines whose
 * first cell says what they hold (权重 · 分值 · 得分 · 得分率), then perhaps a 评价等级 line.
 */
import type { CellRef, Grid } from '../grid';
import { filledColumns, firstText } from '../recognize/cells';
import { usedRange } from '../recognize/usedRange';
import { readNumber } from '../evaluate/readNumbers';
import { resolveRoles, evaluationRole } from './roles';
import { lineKind } from './labels';
import { titleAbove } from './title';
import type { Taken } from './columnForm';
import type { EvaluationItemCells, EvaluationTable, StatedRow } from './types';

export function transposedTables(grid: Grid, taken: Taken): EvaluationTable[] {
  const tables: EvaluationTable[] = [];
  let lastBottom = -1;
  for (let row = 1; row < grid.rowCount; row++) {
    const table = tableAt(grid, row, taken, lastBottom + 1);
    if (!table) continue;
    tables.push(table);
    lastBottom = table.range.bottom;
    row = table.range.bottom;
  }
  return tables;
}

interface Line {
  row: number;
  col: number;
  text: string;
}

/** A line whose first cell names a role and which holds at least two numbers to its right. */
function roleLine(grid: Grid, row: number, taken: Taken): Line | null {
  const first = firstText(grid, row, 0, grid.colCount - 1);
  if (!first || taken(row, first.col) || evaluationRole(first.text) === null || evaluationRole(first.text) === 'label') return null;
  const numbers = filledColumns(grid, row, first.col + 1, grid.colCount - 1).filter((c) => readNumber(grid, { row, col: c }).value !== null);
  return numbers.length >= 2 ? { row, ...first } : null;
}

function tableAt(grid: Grid, row: number, taken: Taken, stopAt: number): EvaluationTable | null {
  const lines: Line[] = [];
  for (let r = row; r < grid.rowCount; r++) {
    const line = roleLine(grid, r, taken);
    if (!line || (lines.length && line.col !== lines[0].col)) break;
    lines.push(line);
  }
  if (lines.length < 2) return null;
  const roles = resolveRoles(lines.map((l) => ({ key: l.row, text: l.text })), false);
  if (!roles) return null;
  const rowOf = (role: string) => roles.find((x) => x.role === role)?.key ?? null;
  const labelCol = lines[0].col;
  const headRow = row - 1;
  const heads = filledColumns(grid, headRow, labelCol + 1, grid.colCount - 1).filter((c) => !taken(headRow, c));
  if (heads.length < 2) return null;
  const weightRow = rowOf('weight')!;
  const scoreRow = rowOf('score')!;
  const rateRow = rowOf('rate');
  const at = (r: number | null, col: number): CellRef | null => (r !== null && grid.get(r, col) ? { row: r, col } : null);
  const items: EvaluationItemCells[] = [];
  let total: StatedRow | null = null;
  for (const col of heads) {
    const text = grid.text(headRow, col);
    const cells = { weight: at(weightRow, col), score: at(scoreRow, col), rate: at(rateRow, col) };
    if (lineKind(text) === 'total') total = { labelCell: { row: headRow, col }, label: text, ...cells, items: [] };
    else items.push({ nameCell: { row: headRow, col }, name: text, groups: [], ...cells });
  }
  if (items.length < 2) return null;
  if (total) total.items = items.map((_, i) => i);
  let bottom = lines[lines.length - 1].row;
  const grade = gradeLine(grid, bottom + 1, labelCol);
  if (grade) bottom = grade.row;
  const right = Math.max(...heads);
  const title = titleAbove(grid, headRow, labelCol, right, stopAt);
  return {
    sheet: grid.sheet,
    variant: 'summary-by-columns',
    range: usedRange(grid, title?.row ?? headRow, bottom, labelCol, right),
    name: title?.text ?? null,
    headerRow: headRow,
    items,
    groups: [],
    subtotals: [],
    total,
    grade,
  };
}

/** 评价等级 | … | 优: the stated grade on the line under the numbers. */
function gradeLine(grid: Grid, row: number, labelCol: number): CellRef | null {
  if (row >= grid.rowCount || lineKind(grid.text(row, labelCol)) !== 'grade') return null;
  const filled = filledColumns(grid, row, labelCol + 1, grid.colCount - 1);
  return filled.length ? { row, col: filled[filled.length - 1] } : null;
}

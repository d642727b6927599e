/** Finds the 资金 block (预算数 · 执行数 · 执行率 · 分值 · 得分) above an indicator header. */
import type { CellRef, Grid } from '../grid';
import type { BudgetBlock, BudgetLine } from '../table';
import { budgetRole, type BudgetRole } from './headers';
import { isBudgetLineLabel, isBudgetTotalLabel } from './labels';
import { filledColumns, firstText } from './cells';
import { normalizeLabel, statedPoints } from '../text';

export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function findBudgetBlock(grid: Grid, region: Region): BudgetBlock | null {
  for (let row = region.top; row <= region.bottom; row++) {
    const roles = budgetHeaderRoles(grid, row, region);
    if (!roles) continue;
    const block = budgetRows(grid, row, roles, region);
    if (block) return block;
  }
  return null;
}

type RoleCols = Partial<Record<BudgetRole, number>>;

function budgetHeaderRoles(grid: Grid, row: number, region: Region): RoleCols | null {
  const roles: RoleCols = {};
  for (const col of filledColumns(grid, row, region.left, region.right)) {
    const role = budgetRole(grid.text(row, col));
    if (role && roles[role] === undefined) roles[role] = col;
  }
  const amounts = roles.executed !== undefined && (roles.adjusted !== undefined || roles.planned !== undefined);
  const rateOnly = roles.rate !== undefined && (roles.weight !== undefined || roles.score !== undefined);
  return amounts || rateOnly ? roles : null;
}

function budgetRows(grid: Grid, headerRow: number, roles: RoleCols, region: Region): BudgetBlock | null {
  const valueCols = Object.values(roles) as number[];
  const firstValueCol = Math.min(...valueCols);
  const base = roles.adjusted ?? roles.planned ?? roles.rate!;
  let totalRow = -1;
  for (let row = headerRow + 1; row <= region.bottom && row <= headerRow + 3; row++) {
    const label = firstText(grid, row, region.left, firstValueCol - 1);
    if ((label && isBudgetTotalLabel(label.text)) || grid.text(row, base) !== '') {
      totalRow = row;
      break;
    }
  }
  if (totalRow < 0) return null;
  const at = (role: BudgetRole) => (roles[role] !== undefined ? { row: totalRow, col: roles[role]! } : null);
  return {
    row: totalRow,
    labelCell: budgetLabelCell(grid, totalRow, region.left, firstValueCol),
    planned: at('planned'),
    adjusted: at('adjusted'),
    executed: at('executed'),
    rate: at('rate'),
    weight: at('weight'),
    score: at('score'),
    statedWeight: statedBudgetWeight(grid, headerRow, roles, region),
    lines: budgetLines(grid, totalRow, region, firstValueCol),
  };
}

/**
 * The total row's label: its own text, else a label merged down over it (Hubei: 预算执行情况（20分）
 * spans the header and the value row), else the first value cell.
 */
function budgetLabelCell(grid: Grid, row: number, left: number, firstValueCol: number): CellRef {
  const label = firstText(grid, row, left, firstValueCol - 1);
  if (label) return { row, col: label.col };
  for (let col = left; col < firstValueCol; col++) {
    const m = grid.mergeAt(row, col);
    if (m && m.top < row && grid.text(m.top, m.left) !== '') return { row: m.top, col: m.left };
  }
  return { row, col: firstValueCol };
}

/** 其中 lines directly under the total row. */
function budgetLines(grid: Grid, totalRow: number, region: Region, firstValueCol: number): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (let row = totalRow + 1; row <= region.bottom; row++) {
    const label = firstText(grid, row, region.left, firstValueCol - 1);
    if (!label || !isBudgetLineLabel(label.text)) break;
    lines.push({ row, label: normalizeLabel(label.text) });
  }
  return lines;
}

/** "预算执行情况（20分）" or "得分（20分×执行率）": the budget's points when no 分值 cell gives them. */
function statedBudgetWeight(grid: Grid, headerRow: number, roles: RoleCols, region: Region): number | null {
  if (roles.score !== undefined) {
    const p = statedPoints(grid.text(headerRow, roles.score));
    if (p !== null) return p;
  }
  for (let row = Math.max(region.top, headerRow - 1); row <= headerRow; row++) {
    for (const col of filledColumns(grid, row, region.left, region.right)) {
      const text = grid.text(row, col);
      if (/预算执行/.test(text)) {
        const p = statedPoints(text);
        if (p !== null) return p;
      }
    }
  }
  return null;
}

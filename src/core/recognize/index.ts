/**
 * Recognition: Grid → Tables. Finds every indicator header, then reads each table's indicator block
 * below it and its 资金 block, name and kind above it (SPEC §1).
 */
import type { Grid } from '../grid';
import type { Table } from '../table';
import type { Finding } from '../findings';
import { toA1 } from '../grid';
import { findIndicatorHeaders, type HeaderBand } from './findHeaders';
import { readIndicatorBlock } from './indicatorBlock';
import { findBudgetBlock, type Region } from './budgetBlock';
import { readAboveTable } from './aboveTable';
import { readHeaderBlock } from './headerBlock';
import { columnMissing } from '../messages';
import { describeHeaderCells, headerCells, wordsFor } from './headerCells';
import { ROLE_NAMES } from './headers';
import { usedRange } from './usedRange';
import { columnBounds } from './columnBounds';

export function recognizeTables(grid: Grid): Table[] {
  const bands = findIndicatorHeaders(grid);
  const bounds = columnBounds(grid, bands);
  const tables: Table[] = [];
  bands.forEach((band, i) => {
    const { left, right } = bounds[i];
    const overlaps = (t: Table) => t.range.left <= right && t.range.right >= left;
    const top = Math.max(0, ...tables.filter(overlaps).map((t) => t.range.bottom + 1));
    const next = bands.find((b, j) => j > i && b.row > band.lastRow && b.firstCol <= right && b.lastCol >= left);
    const endRow = next ? next.row : grid.rowCount;
    const above: Region = { top, bottom: band.row - 1, left, right };
    const info = readAboveTable(grid, above);
    const budget = findBudgetBlock(grid, above);
    const block = readIndicatorBlock(grid, band.columns, { firstRow: band.lastRow + 1, endRow, left, right });
    const bottom = Math.max(block.lastRow, band.lastRow);
    const tableTop = info.firstRow ?? band.row;
    tables.push({
      sheet: grid.sheet,
      kind: info.kind,
      variant: variantOf(band, info.kind, budget?.statedWeight ?? null),
      range: usedRange(grid, tableTop, bottom, left, right),
      name: info.name,
      nameCell: info.nameCell,
      ...readHeaderBlock(grid, above),
      headerRow: band.row,
      columns: band.columns,
      budget,
      indicators: block.indicators,
      total: block.total ?? info.headerTotal,
      reasonCell: block.reasonCell,
      findings: missingColumns(grid, band, left, right),
    });
  });
  return tables;
}

function variantOf(band: HeaderBand, kind: Table['kind'], statedBudgetWeight: number | null): string {
  const c = band.columns;
  if (c.coefficient !== undefined || c.targetAdjusted !== undefined || c.core !== undefined) return 'chongqing-dept';
  if (kind === 'department') return c.weight === undefined ? 'wuhan-dept' : 'department';
  if (c.nature !== undefined && c.unit !== undefined) return 'yunnan';
  if (statedBudgetWeight !== null) return 'hubei';
  if (c.weight !== undefined && c.target !== undefined && c.weight < c.target) return 'central';
  return 'national';
}

function missingColumns(grid: Grid, band: HeaderBand, left: number, right: number): Finding[] {
  const at = toA1(band.row, band.firstCol);
  const missing = (['target', 'actual'] as const).filter((role) => band.columns[role] === undefined);
  if (missing.length === 0) return [];
  // The message names every header found and the role it got, so the clerk can fix the header from it alone.
  const found = describeHeaderCells(headerCells(grid, band.row, band.lastRow, left, right, band.columns));
  return missing.map((role) => columnMissing(at, ROLE_NAMES[role], { found, accepted: wordsFor(role) }));
}

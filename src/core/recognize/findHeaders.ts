/** Finds indicator header rows: a 三级指标 column beside a target or actual column, anywhere. */
import type { Grid } from '../grid';
import type { ColumnMap, ColumnRole } from '../table';
import { indicatorRole } from './headers';
import { filledColumns } from './cells';
import { headerSegments, isIndicatorHeader, type HeaderCell, type Segment } from './headerSegments';
import { joinedHeaderCells } from './splitHeader';
import { withMergedDownWords } from './groupRow';

export interface HeaderBand {
  /** First header row (a group row or the top half of a split header, when there is one). */
  row: number;
  /** Last header row (one more when the header is split over two rows). */
  lastRow: number;
  columns: ColumnMap;
  /** First and last column holding a header of this band. */
  firstCol: number;
  lastCol: number;
}

/** Every indicator header in reading order (top to bottom, then left to right). */
export function findIndicatorHeaders(grid: Grid): HeaderBand[] {
  const bands: HeaderBand[] = [];
  let skipUntil = -1;
  // Each row's own segments are needed twice (as the row, and as the lower half of a split): keep one.
  let below: Segment[] | null = null;
  for (let row = 0; row < grid.rowCount; row++) {
    const own: Segment[] = below ?? headerSegments(rowCells(grid, row));
    below = null;
    if (row <= skipUntil) continue;
    let found = own.filter(isIndicatorHeader).map((seg) => withSubHeader(grid, { row, lastRow: row, ...seg }));
    if (found.length === 0 && row + 1 < grid.rowCount) {
      below = headerSegments(rowCells(grid, row + 1));
      // Only when neither row is a header alone: a header under a title row must not start a row early.
      if (!below.some(isIndicatorHeader)) found = splitHeaderBands(grid, row);
    }
    for (const band of found.map((b) => withMergedDownWords(grid, b))) {
      bands.push(band);
      skipUntil = Math.max(skipUntil, band.lastRow);
    }
  }
  return bands;
}

function rowCells(grid: Grid, row: number): HeaderCell[] {
  return filledColumns(grid, row, 0, grid.colCount - 1).map((col) => ({ col, text: grid.text(row, col) }));
}

/** A header whose words are split over `row` and the row below; at least one word must need the join. */
function splitHeaderBands(grid: Grid, row: number): HeaderBand[] {
  return headerSegments(joinedHeaderCells(grid, row))
    .filter((seg) => isIndicatorHeader(seg) && seg.joins > 0)
    .map(({ columns, firstCol, lastCol }) => ({ row, lastRow: row + 1, columns, firstCol, lastCol }));
}

/**
 * A header split over two rows (e.g. 年度指标值 over 指标性质 · 指标值 · 度量单位): the row below holds
 * only header words, which refine the band's columns.
 */
function withSubHeader(grid: Grid, seg: Segment & { row: number; lastRow: number }): HeaderBand {
  const band: HeaderBand = { row: seg.row, lastRow: seg.lastRow, columns: seg.columns, firstCol: seg.firstCol, lastCol: seg.lastCol };
  const below = band.row + 1;
  if (below >= grid.rowCount) return band;
  const cols = filledColumns(grid, below, band.firstCol, band.lastCol + 2);
  if (cols.length === 0) return band;
  const roles = cols.map((c) => indicatorRole(grid.text(below, c)));
  if (roles.some((r) => r === null)) return band;
  const columns: ColumnMap = { ...band.columns };
  cols.forEach((col, i) => {
    const role = roles[i] as ColumnRole;
    // The parent header's column now belongs to whatever sub-header sits under it.
    for (const [k, v] of Object.entries(columns)) if (v === col) delete columns[k as ColumnRole];
    columns[role] = col;
  });
  return { ...band, lastRow: below, columns, lastCol: Math.max(band.lastCol, ...cols) };
}

/** Finds indicator header rows: a 三级指标 column beside a target or actual column, anywhere. */
import type { Grid } from '../grid';
import type { ColumnMap, ColumnRole } from '../table';
import { indicatorRole } from './headers';
import { filledColumns } from './cells';

export interface HeaderBand {
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
  for (let row = 0; row < grid.rowCount; row++) {
    if (row <= skipUntil) continue;
    const segments = headerSegments(grid, row);
    const found = segments.filter(isIndicatorHeader);
    for (const seg of found) {
      const band = withSubHeader(grid, { row, lastRow: row, ...seg });
      bands.push(band);
      skipUntil = Math.max(skipUntil, band.lastRow);
    }
  }
  return bands;
}

interface Segment {
  columns: ColumnMap;
  firstCol: number;
  lastCol: number;
}

/** Splits a row's header cells into segments; a repeated role starts a new one (tables side by side). */
function headerSegments(grid: Grid, row: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const col of filledColumns(grid, row, 0, grid.colCount - 1)) {
    const role = indicatorRole(grid.text(row, col));
    if (!role) continue;
    if (!current || current.columns[role] !== undefined || startsNewTable(current, role)) {
      current = { columns: {}, firstCol: col, lastCol: col };
      segments.push(current);
    }
    current.columns[role] = col;
    current.lastCol = col;
  }
  return segments;
}

/** A level-1 header after a complete segment begins the next table. */
function startsNewTable(seg: Segment, role: ColumnRole): boolean {
  return role === 'level1' && seg.columns.name !== undefined;
}

function isIndicatorHeader(seg: Segment): boolean {
  const c = seg.columns;
  return c.name !== undefined && (c.target !== undefined || c.actual !== undefined);
}

/**
 * A header split over two rows (e.g. 年度指标值 over 指标性质 · 指标值 · 度量单位): the row below holds
 * only header words, which refine the band's columns.
 */
function withSubHeader(grid: Grid, band: HeaderBand): HeaderBand {
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

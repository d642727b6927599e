/** Splits a header row's cells into segments by role; a repeated role starts a new one (tables side by side). */
import type { ColumnMap, ColumnRole } from '../table';
import { indicatorRole } from './headers';

/** A header cell: its column and text (for a header split over two rows, the column's two texts joined). */
export interface HeaderCell {
  col: number;
  text: string;
  /** True when the text joins a top and a bottom part (一级 + 指标). */
  joined?: boolean;
}

export interface Segment {
  columns: ColumnMap;
  firstCol: number;
  lastCol: number;
  /** How many of its roles came from joined texts. */
  joins: number;
}

export function headerSegments(cells: readonly HeaderCell[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const cell of cells) {
    const role = indicatorRole(cell.text);
    if (!role) continue;
    if (!current || current.columns[role] !== undefined || startsNewTable(current, role)) {
      current = { columns: {}, firstCol: cell.col, lastCol: cell.col, joins: 0 };
      segments.push(current);
    }
    current.columns[role] = cell.col;
    current.lastCol = cell.col;
    if (cell.joined) current.joins++;
  }
  return segments;
}

/** A level-1 header after a complete segment begins the next table. */
function startsNewTable(seg: Segment, role: ColumnRole): boolean {
  return role === 'level1' && seg.columns.name !== undefined;
}

/** A 三级指标 column beside a target or actual column. */
export function isIndicatorHeader(seg: Segment): boolean {
  const c = seg.columns;
  return c.name !== undefined && (c.target !== undefined || c.actual !== undefined);
}

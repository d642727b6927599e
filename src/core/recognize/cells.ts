/** Small Grid readers the recogniser shares. */
import type { Grid } from '../grid';

/** Text of a cell, reading through a merge to its top-left cell. */
export function textThroughMerge(grid: Grid, row: number, col: number): string {
  const own = grid.text(row, col);
  if (own) return own;
  const m = grid.mergeAt(row, col);
  return m && (m.top !== row || m.left !== col) ? grid.text(m.top, m.left) : '';
}

/** Columns in [left, right] holding a non-empty cell on `row`. */
export function filledColumns(grid: Grid, row: number, left: number, right: number): number[] {
  const cols = grid.rowCells(row);
  const out: number[] = [];
  for (let i = firstAtOrAfter(cols, left); i < cols.length && cols[i] <= right; i++) {
    if (grid.text(row, cols[i]) !== '') out.push(cols[i]);
  }
  return out;
}

/** Index of the first entry ≥ `col` in an ascending list (binary search: rows can be wide). */
function firstAtOrAfter(cols: readonly number[], col: number): number {
  let lo = 0;
  let hi = cols.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cols[mid] < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first non-empty text on `row` within [left, right], with its column. */
export function firstText(grid: Grid, row: number, left: number, right: number): { col: number; text: string } | null {
  const cols = grid.rowCells(row);
  for (let i = firstAtOrAfter(cols, left); i < cols.length && cols[i] <= right; i++) {
    const text = grid.text(row, cols[i]);
    if (text) return { col: cols[i], text };
  }
  return null;
}

/** A cell where a value can be written: empty, and either unmerged or the top-left of its merge. */
export function isWritableEmpty(grid: Grid, row: number, col: number): boolean {
  if (grid.get(row, col)) return false;
  const m = grid.mergeAt(row, col);
  return !m || (m.top === row && m.left === col);
}

/** Where the grade can go: an empty writable cell, or one that already holds a grade (an earlier scoring's). */
export function isGradeSlot(grid: Grid, row: number, col: number): boolean {
  if (isWritableEmpty(grid, row, col)) return true;
  const m = grid.mergeAt(row, col);
  return (!m || (m.top === row && m.left === col)) && /^[优良中差]$/.test(grid.text(row, col));
}

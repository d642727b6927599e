/** Small Grid readers the recogniser shares. */
import type { Grid } from '../grid';

/**
 * Filled columns of every row, built once per Grid (Grids never change after construction).
 * `Grid.rowCells` walks all `colCount` columns, which a single stray cell in column XFD makes 16,384
 * per row; the index keeps recognition linear in the number of cells.
 */
const rowIndexes = new WeakMap<Grid, Map<number, number[]>>();
const NO_COLUMNS: readonly number[] = [];

function rowIndex(grid: Grid): Map<number, number[]> {
  let index = rowIndexes.get(grid);
  if (!index) {
    index = new Map();
    // toJSON lists cells sorted by row, then column: each row's list comes out ascending.
    for (const [r, c] of grid.toJSON().cells) {
      const cols = index.get(r);
      if (cols) cols.push(c);
      else index.set(r, [c]);
    }
    rowIndexes.set(grid, index);
  }
  return index;
}

/** Columns holding a cell on `row`, ascending (like `Grid.rowCells`, without walking empty columns). */
export function rowColumns(grid: Grid, row: number): readonly number[] {
  return rowIndex(grid).get(row) ?? NO_COLUMNS;
}

/** Text of a cell, reading through a merge to its top-left cell. */
export function textThroughMerge(grid: Grid, row: number, col: number): string {
  const own = grid.text(row, col);
  if (own) return own;
  const m = grid.mergeAt(row, col);
  return m && (m.top !== row || m.left !== col) ? grid.text(m.top, m.left) : '';
}

/** Columns in [left, right] holding a non-empty cell on `row`. */
export function filledColumns(grid: Grid, row: number, left: number, right: number): number[] {
  const cols = rowColumns(grid, row);
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
  const cols = rowColumns(grid, row);
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

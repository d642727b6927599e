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
  const out: number[] = [];
  for (const c of grid.rowCells(row)) if (c >= left && c <= right && grid.text(row, c) !== '') out.push(c);
  return out;
}

/** The first non-empty text on `row` within [left, right], with its column. */
export function firstText(grid: Grid, row: number, left: number, right: number): { col: number; text: string } | null {
  for (const c of filledColumns(grid, row, left, right)) {
    const text = grid.text(row, c);
    if (text) return { col: c, text };
  }
  return null;
}

/** The first non-empty cell right of `col` on `row` (up to `right`). */
export function valueRightOf(grid: Grid, row: number, col: number, right: number): number | null {
  for (const c of filledColumns(grid, row, col + 1, right)) return c;
  return null;
}

/** A cell where a value can be written: empty, and either unmerged or the top-left of its merge. */
export function isWritableEmpty(grid: Grid, row: number, col: number): boolean {
  if (grid.get(row, col)) return false;
  const m = grid.mergeAt(row, col);
  return !m || (m.top === row && m.left === col);
}

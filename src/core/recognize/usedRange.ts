/** The columns a table actually uses between its rows, within the bounds it may scan. */
import type { CellRange, Grid } from '../grid';
import { filledColumns } from './cells';

/** Leftmost and rightmost filled column over rows top..bottom (merged cells count to their right edge). */
export function usedRange(grid: Grid, top: number, bottom: number, left: number, right: number): CellRange {
  let min = right;
  let max = left;
  for (let r = top; r <= bottom; r++) {
    const cols = filledColumns(grid, r, left, right);
    if (!cols.length) continue;
    min = Math.min(min, cols[0]);
    for (const c of cols) max = Math.max(max, Math.min(grid.mergeAt(r, c)?.right ?? c, right));
  }
  return { top, bottom, left: min, right: max };
}

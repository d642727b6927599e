/** The title printed just above an evaluation table (评分结果一览表, 表3-1：…), used as its name. */
import type { Grid } from '../grid';
import { filledColumns } from '../recognize/cells';
import { isFilingLine } from '../recognize/labels';

/** The nearest short, single-text line within three rows above `headerRow`, or null. */
export function titleAbove(grid: Grid, headerRow: number, left: number, right: number, stopAt: number): { row: number; text: string } | null {
  for (let row = headerRow - 1; row >= Math.max(stopAt, headerRow - 3); row--) {
    const cols = filledColumns(grid, row, left, right);
    if (cols.length === 0) continue;
    if (cols.length > 2) return null;
    const text = cols.map((c) => grid.text(row, c)).join('');
    return text.length <= 80 && !isFilingLine(text) ? { row, text } : null;
  }
  return null;
}

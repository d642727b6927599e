/**
 * Header words split over two rows (一级 / 指标, 年度 / 指标值, 偏差原因分析 / 及改进措施): each column's
 * texts of the two rows, joined top then bottom. A word merged down over both rows (分值 in G12:G13)
 * leaves its lower cell covered, hence empty: the column reads as the top word alone.
 */
import type { Grid } from '../grid';
import type { HeaderCell } from './headerSegments';

/** The joined header cells of rows `top` and `top + 1`, in column order. Linear in the two rows' cells. */
export function joinedHeaderCells(grid: Grid, top: number): HeaderCell[] {
  const upper = grid.rowCells(top);
  const lower = grid.rowCells(top + 1);
  const out: HeaderCell[] = [];
  let i = 0;
  let j = 0;
  while (i < upper.length || j < lower.length) {
    const col = j >= lower.length || (i < upper.length && upper[i] <= lower[j]) ? upper[i] : lower[j];
    if (upper[i] === col) i++;
    if (lower[j] === col) j++;
    const a = grid.text(top, col);
    const b = grid.text(top + 1, col);
    if (a || b) out.push({ col, text: a + b, joined: a !== '' && b !== '' });
  }
  return out;
}

/**
 * A group row over the header (绩效指标 / 指标值 over 一级指标 … 实际完成值) whose single words — 分值,
 * 得分, 偏差原因 — are merged down through the header row: there those cells are covered, absent from the
 * Grid, yet they are the header's weight, score and reason columns.
 */
import type { Grid } from '../grid';
import type { ColumnMap } from '../table';
import { indicatorRole } from './headers';

export interface BandColumns {
  row: number;
  columns: ColumnMap;
  firstCol: number;
  lastCol: number;
}

/**
 * Adds the header words merged down into `band.row` from above: inside the band and in the columns
 * next to it on either side (as long as each next column is such a word). The band then starts at the
 * top of those merges. Linear in the band's width.
 */
export function withMergedDownWords<B extends BandColumns>(grid: Grid, band: B): B {
  const columns: ColumnMap = { ...band.columns };
  let { row: top, firstCol, lastCol } = band;
  const take = (col: number): number | null => {
    const m = grid.mergeAt(band.row, col);
    if (!m || m.top >= band.row || m.left !== col) return null;
    const role = indicatorRole(grid.text(m.top, m.left));
    if (!role || columns[role] !== undefined) return null;
    columns[role] = col;
    top = Math.min(top, m.top);
    return m.right;
  };
  const edge = grid.mergeAt(band.row, band.lastCol)?.right ?? band.lastCol;
  for (let col = band.firstCol + 1; col < band.lastCol; col++) if (!grid.get(band.row, col)) take(col);
  for (let col = edge + 1, right = take(col); right !== null; col = right + 1, right = take(col)) lastCol = col;
  for (let col = band.firstCol - 1; col >= 0 && take(col) !== null; col--) firstCol = col;
  if (top === band.row && Object.keys(columns).length === Object.keys(band.columns).length) return band;
  return { ...band, row: top, columns, firstCol, lastCol };
}

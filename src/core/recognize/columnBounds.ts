/**
 * Tables side by side: which columns each indicator header may scan. Two headers are side by side when
 * their columns do not overlap and their rows are close (the tables' title and 资金 blocks may differ
 * by a few rows). The boundary is the right edge of the left header's last cell, with its merge: what
 * lies right of it — the neighbour's 绩效指标 label column, its 项目名称 — belongs to the neighbour.
 */
import type { Grid } from '../grid';
import type { HeaderBand } from './findHeaders';

export interface ColumnBounds {
  left: number;
  right: number;
}

/** Header rows further apart than this belong to tables stacked one under the other, not side by side. */
const SIDE_BY_SIDE_ROWS = 15;

export function columnBounds(grid: Grid, bands: readonly HeaderBand[]): ColumnBounds[] {
  const edges = bands.map((b) => grid.mergeAt(b.row, b.lastCol)?.right ?? b.lastCol);
  return bands.map((band, i) => {
    let left = 0;
    let right = grid.colCount - 1;
    // Bands come in row order: only the few within reach need a look (keeps many stacked tables linear).
    let j = i;
    while (j > 0 && band.row - bands[j - 1].row <= SIDE_BY_SIDE_ROWS) j--;
    for (; j < bands.length && bands[j].row - band.row <= SIDE_BY_SIDE_ROWS; j++) {
      if (j === i) continue;
      if (edges[j] < band.firstCol) left = Math.max(left, edges[j] + 1);
      else if (bands[j].firstCol > edges[i]) right = Math.min(right, edges[i]);
    }
    return { left, right };
  });
}

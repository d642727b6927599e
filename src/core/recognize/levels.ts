/**
 * 一级 / 二级指标 of each indicator row: read through merges, written once with blanks below, or
 * repeated. A level-1 cell that holds only a weight ("(50分)") still starts a group; its name comes from
 * a label just above it in the same column, else from the 二级指标's family (数量指标 → 产出指标).
 */
import type { Grid } from '../grid';
import type { ColumnMap } from '../table';
import { textThroughMerge } from './cells';
import { isPointsOnly, level1Family } from './labels';
import { indicatorRole } from './headers';

export class LevelTracker {
  private raw = '';
  private rawIsPoints = false;
  private labelAbove: string | null = null;
  private level2 = '';

  constructor(
    private readonly grid: Grid,
    private readonly columns: ColumnMap,
  ) {}

  /** The levels of `row`; rows must be asked in order, top to bottom. */
  at(row: number): { level1: string; level2: string } {
    const c = this.columns;
    const l1 = c.level1 !== undefined ? textThroughMerge(this.grid, row, c.level1) : '';
    if (l1 && l1 !== this.raw) {
      this.rawIsPoints = isPointsOnly(l1);
      this.labelAbove = this.rawIsPoints ? this.labelJustAbove(row) : null;
      this.raw = l1;
      this.level2 = '';
    }
    const l2 = c.level2 !== undefined ? textThroughMerge(this.grid, row, c.level2) : '';
    if (l2) this.level2 = l2;
    if (!this.rawIsPoints) return { level1: this.raw, level2: this.level2 };
    return { level1: this.labelAbove ?? level1Family(this.level2) ?? this.raw, level2: this.level2 };
  }

  /**
   * "产出指标" written on a row of its own right above a "(50分)" cell of the level-1 column (not the
   * header, not the last indicator of the group before).
   */
  private labelJustAbove(row: number): string | null {
    const col = this.columns.level1!;
    const top = this.grid.mergeAt(row, col)?.top ?? row;
    if (top === 0) return null;
    const above = textThroughMerge(this.grid, top - 1, col).trim();
    const hasIndicator = this.columns.name !== undefined && this.grid.text(top - 1, this.columns.name) !== '';
    return above && !hasIndicator && !isPointsOnly(above) && indicatorRole(above) === null && /指标/.test(above) ? above : null;
  }
}

import { wrappedRowHeights, type SheetLayout } from '../../../src/core/review/unitRowHeights';
import type { CellRange } from '../../../src/core/grid';
import type { WritePlan } from '../../../src/core';

// 20 CJK characters: 40 width units at 11 pt.
const TEXT = '实际完成一千四百人次较年度指标值超出三百';
const plan = (value: string, wrap = true): WritePlan => ({ sheet: 'S', changes: [{ cell: 'I13', row: 12, col: 8, kinds: ['commentary'], value, wrap }] });
const layout = (merge: CellRange | undefined, heights: Record<number, number> = {}): SheetLayout => ({
  columnWidth: () => 5.5,
  mergeAt: (row, col) => (merge && row >= merge.top && row <= merge.bottom && col >= merge.left && col <= merge.right ? merge : undefined),
  rowHeight: (row) => heights[row],
});

describe('wrappedRowHeights: rows the scored sheet needs for wrapped commentary', () => {
  it('sizes a merged reason cell I13:J13 (11 characters wide): 40 units over 9 usable = 5 lines of 17 pt + 4', () => {
    expect(wrappedRowHeights(plan(TEXT), layout({ top: 12, bottom: 12, left: 8, right: 9 }))).toEqual({ 12: 89 });
  });

  it('leaves a row that is already tall enough, and changes that are not wrapped', () => {
    expect(wrappedRowHeights(plan(TEXT), layout({ top: 12, bottom: 12, left: 8, right: 9 }, { 12: 100 }))).toEqual({});
    expect(wrappedRowHeights(plan(TEXT, false), layout(undefined))).toEqual({});
  });

  it('a single cell 5.5 wide: 40 units over 4.05 usable = 10 lines, 174 pt', () => {
    expect(wrappedRowHeights(plan(TEXT), layout(undefined))).toEqual({ 12: 174 });
  });

  it('a merge over two rows of 15 pt adds only what is missing, to its last row', () => {
    expect(wrappedRowHeights(plan(TEXT), layout({ top: 12, bottom: 13, left: 8, right: 9 }))).toEqual({ 13: 15 + (89 - 30) });
  });
});

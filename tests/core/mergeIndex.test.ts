import fc from 'fast-check';
import { MergeIndex } from '../../src/core/mergeIndex';
import { Grid, parseRangeA1, type CellRange } from '../../src/core/grid';

const range = (a1: string) => parseRangeA1(a1)!;
const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Keeps the rectangles that do not overlap an earlier one (merged areas never overlap in a valid sheet). */
function disjoint(rects: CellRange[]): CellRange[] {
  const out: CellRange[] = [];
  for (const r of rects) if (!out.some((o) => overlaps(o, r))) out.push(r);
  return out;
}

const rect = fc
  .tuple(fc.nat(24), fc.nat(24), fc.nat(6), fc.nat(6))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

describe('MergeIndex', () => {
  it('finds the same area as checking every merge, for every cell', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), (raw) => {
        const merges = disjoint(raw);
        const index = new MergeIndex(merges);
        const wrong: string[] = [];
        for (let r = 0; r < 34; r++) {
          for (let c = 0; c < 34; c++) {
            const want = merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
            if (index.at(r, c) !== want) wrong.push(`${r},${c}`);
          }
        }
        expect(wrong).toEqual([]); // one expect per case: jest's matcher per cell would dominate the time
      }),
      { numRuns: 200 },
    );
  });

  it('answers for a merge over the whole sheet and a whole column without visiting their cells', () => {
    const index = new MergeIndex([range('L1:XFD1048576'), range('A1:A1048576'), range('B2:C2')]);
    expect(index.at(1048575, 16383)).toEqual(range('L1:XFD1048576'));
    expect(index.at(500000, 11)).toEqual(range('L1:XFD1048576'));
    expect(index.at(1048575, 0)).toEqual(range('A1:A1048576'));
    expect(index.at(1, 2)).toEqual(range('B2:C2'));
    expect(index.at(0, 1)).toBeUndefined();
    expect(index.at(1048575, 10)).toBeUndefined();
  });

  it('is empty without merges', () => {
    expect(new MergeIndex([]).at(0, 0)).toBeUndefined();
  });
});

describe('Grid with large merges', () => {
  it('keeps the merge list and extent, and looks up covered cells of a whole-column merge', () => {
    const grid = new Grid('表', [[0, 0, { value: '项目名称' }]], [range('L1:XFD1048576'), range('B1:D1')]);
    expect(grid.merges).toHaveLength(2);
    expect(grid.rowCount).toBe(1); // the rows below the last cell are never walked
    expect(grid.colCount).toBe(16384);
    expect(grid.mergeAt(700000, 12000)).toEqual(range('L1:XFD1048576'));
    expect(grid.mergeAt(0, 2)).toEqual(range('B1:D1'));
    expect(grid.mergeAt(1, 2)).toBeUndefined();
  });
});

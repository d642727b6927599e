import { Grid, toA1, parseA1, parseRangeA1, columnLetters } from '../../src/core/grid';

describe('Grid', () => {
  const grid = new Grid(
    '表',
    [
      [2, 3, { value: '三级指标' }],
      [2, 1, { value: 95, format: '0%' }],
      [0, 16383, { value: '远处' }], // a stray cell in column XFD
      [4, 0, { value: '' }], // blank: dropped
      [5, 0, { value: null, formula: '=A1' }], // a formula without a result is kept
    ],
    [{ top: 2, left: 3, bottom: 3, right: 4 }],
  );

  it('stores cells sparsely and lists each row’s columns ascending', () => {
    expect(grid.value(2, 3)).toBe('三级指标');
    expect(grid.get(2, 1)).toEqual({ value: 95, format: '0%' });
    expect(grid.rowCells(2)).toEqual([1, 3]);
    expect(grid.rowCells(0)).toEqual([16383]);
    expect(grid.rowCells(4)).toEqual([]);
    expect(grid.rowCells(5)).toEqual([0]);
    expect(grid.rowCount).toBe(6);
    expect(grid.colCount).toBe(16384);
  });

  it('finds the merged area of a covered cell', () => {
    expect(grid.mergeAt(3, 4)).toEqual({ top: 2, left: 3, bottom: 3, right: 4 });
    expect(grid.mergeAt(1, 1)).toBeUndefined();
  });

  it('round-trips through JSON in row, then column order', () => {
    const json = grid.toJSON();
    expect(json.cells.map(([r, c]) => toA1(r, c))).toEqual(['XFD1', 'B3', 'D3', 'A6']);
    expect(Grid.fromJSON(json).toJSON()).toEqual(json);
  });
});

describe('A1 helpers', () => {
  it('convert both ways', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16383)).toBe('XFD');
    expect(parseA1('$B$3')).toEqual({ row: 2, col: 1 });
    expect(parseA1('AA10')).toEqual({ row: 9, col: 26 });
    expect(parseA1('3B')).toBeNull();
    expect(parseRangeA1('D4:A1')).toEqual({ top: 0, left: 0, bottom: 3, right: 3 });
  });
});

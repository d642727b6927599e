/** The WPS adapter reads every fixture into the same Grid as the ExcelJS host, in few host calls. */
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { readEtSheet } from '../../../src/hosts/wps/readSheet';
import type { EtWorksheet } from '../../../src/hosts/wps/etTypes';
import { emptySheet, FakeEtBook, loadEtBook, ET_ERROR_CODES, type FakeEtWorksheet } from '../../fakes/fakeEt';
import { fixture, fixtureNames } from '../../helpers/fixtures';

const asEt = (ws: FakeEtWorksheet) => ws as unknown as EtWorksheet;

describe('readEtSheet', () => {
  it.each(fixtureNames())('%s: same Grid through ET as through ExcelJS', async (name) => {
    const { grids } = await readWorkbookFile(fixture(name));
    const book = await loadEtBook(fixture(name));
    const sheets = book.application().ActiveWorkbook.Worksheets;
    for (const expected of grids) {
      const ws = sheets.Item(expected.sheet);
      const { grid } = readEtSheet(asEt(ws));
      expect(grid.toJSON()).toEqual(expected.toJSON());
    }
  });

  // A cell-by-cell reader needs at least Value2, Formula, NumberFormat and MergeArea per cell.
  it('reads a table in under half the calls of a cell-by-cell reader', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const ws = book.application().ActiveWorkbook.Worksheets.Item(1);
    const before = book.calls;
    const { rect } = readEtSheet(asEt(ws));
    const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    const calls = book.calls - before;
    expect(calls).toBeLessThan((4 * cells) / 2);
  });

  it('tells an error code from the same number typed as a value', () => {
    const sheet = emptySheet('S');
    sheet.cells.A1 = { value: { error: '#DIV/0!' }, formula: '=1/0' };
    sheet.cells.A2 = { value: ET_ERROR_CODES['#DIV/0!'] }; // a real number that happens to equal the code
    sheet.cells.A3 = { value: 2007 }; // a year, equal to XlCVError xlErrDiv0
    const book = new FakeEtBook({ name: 'b', sheets: [sheet], active: 0 });
    const { grid } = readEtSheet(asEt(book.application().ActiveSheet));
    expect(grid.value(0, 0)).toEqual({ error: '#DIV/0!' });
    expect(grid.get(0, 0)?.formula).toBe('=1/0');
    expect(grid.value(1, 0)).toBe(ET_ERROR_CODES['#DIV/0!']);
    expect(grid.value(2, 0)).toBe(2007);
  });

  it('finds each merged area once, a large one in a handful of calls', () => {
    const sheet = emptySheet('S');
    sheet.cells.A1 = { value: '标题' };
    sheet.cells.B3 = { value: 1 };
    sheet.cells.F2000 = { value: 2 };
    sheet.merges = [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 3, bottom: 1999, right: 3 },
    ];
    const book = new FakeEtBook({ name: 'b', sheets: [sheet], active: 0 });
    const before = book.calls;
    const { grid } = readEtSheet(asEt(book.application().ActiveSheet));
    expect([...grid.merges].sort((a, b) => a.top - b.top)).toEqual(sheet.merges);
    expect(book.calls - before).toBeLessThan(300);
  });
});

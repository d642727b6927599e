/** readSheet over the fake gives the very Grid the ExcelJS host gives, in exactly one sync. */
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { emptyWorkbook, type FakeCell } from '../../fakes/fakeExcel';
import { loadFakeWorkbook } from '../../fakes/loadFakeWorkbook';
import { fixtureNames, fixturePath, hostOver, syncsOf } from './helpers';

describe('ExcelHost.readSheet', () => {
  const files = fixtureNames();

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s: every sheet reads the same Grid as the ExcelJS host, one sync each', async (file) => {
    const { grids } = await readWorkbookFile(fixturePath(file));
    const { host, fake } = hostOver(await loadFakeWorkbook(fixturePath(file)));
    expect(await host.listSheets()).toEqual(grids.map((g) => g.sheet));
    for (const expected of grids) {
      let grid;
      expect(await syncsOf(fake, async () => (grid = await host.readSheet(expected.sheet)))).toBe(1);
      expect(grid!.toJSON()).toEqual(expected.toJSON());
      expect(grid!.toJSON().cells.length).toBeGreaterThan(0);
    }
  });

  it('keeps errors, booleans, formulas with their results and number formats, offset by the used range', async () => {
    const model = emptyWorkbook(['表']);
    model.sheets[0].cells = {
      C3: { value: { error: '#DIV/0!' }, formula: '=1/0' },
      D3: { value: '#N/A' }, // text that merely looks like an error
      E3: { value: true },
      C4: { value: 0.8534, numberFormat: '0.00%' },
      D4: { value: 44926, numberFormat: 'yyyy"年"m"月"d"日"' },
      E4: { value: null, fill: '#FFC7CE' },
    } satisfies Record<string, FakeCell>;
    const { host } = hostOver(model);
    expect((await host.readSheet('表')).toJSON()).toEqual({
      sheet: '表',
      cells: [
        [2, 2, { value: { error: '#DIV/0!' }, formula: '=1/0' }],
        [2, 3, { value: '#N/A' }],
        [2, 4, { value: true }],
        [3, 2, { value: 0.8534, format: '0.00%' }],
        [3, 3, { value: 44926, format: 'yyyy"年"m"月"d"日"' }],
      ],
      merges: [],
    });
  });

  it('reads an empty sheet as an empty grid', async () => {
    const { host } = hostOver(emptyWorkbook(['空']));
    expect((await host.readSheet('空')).toJSON()).toEqual({ sheet: '空', cells: [], merges: [] });
  });

  it('costs one sync for a 1,000-row sheet too', async () => {
    const model = emptyWorkbook(['大表']);
    for (let r = 1; r <= 1000; r++) {
      model.sheets[0].cells[`B${r}`] = { value: `指标${r}` };
      model.sheets[0].cells[`C${r}`] = { value: r, numberFormat: '0.00' };
      model.sheets[0].cells[`D${r}`] = { value: r * 2, formula: `=C${r}*2` };
    }
    model.sheets[0].merges = ['A1:A1000'];
    const { host, fake } = hostOver(model);
    let cells = 0;
    expect(await syncsOf(fake, async () => (cells = (await host.readSheet('大表')).toJSON().cells.length))).toBe(1);
    expect(cells).toBe(3000);
  });

  it('without ExcelApi 1.13 reads no merges and still the same cells', async () => {
    const file = fixturePath('national-kunming-2022.xlsx');
    const { grids } = await readWorkbookFile(file);
    const { host, fake } = hostOver(await loadFakeWorkbook(file), { excelApi: '1.12' });
    const grid = (await host.readSheet(grids[0].sheet)).toJSON();
    expect(grid.merges).toEqual([]);
    expect(grid.cells).toEqual(grids[0].toJSON().cells);
    expect(grids[0].toJSON().merges.length).toBeGreaterThan(0);
    expect(fake.stats.syncs).toBe(1);
  });

  it('lists visible sheets only and names the active one', async () => {
    const model = emptyWorkbook(['一', '二', '三']);
    model.sheets[1].visibility = 'Hidden';
    model.activeSheet = '三';
    const { host } = hostOver(model);
    expect(await host.listSheets()).toEqual(['一', '三']);
    expect(await host.activeSheet()).toBe('三');
    await host.selectCell('一', 'C5');
    expect(model.activeSheet).toBe('一');
    expect(model.selection).toEqual({ sheet: '一', address: 'C5' });
  });
});

describe('ExcelHost.readSheet with more merged areas than Excel will list', () => {
  it('reads the sheet again without merges (one more sync) instead of failing', async () => {
    const model = emptyWorkbook(['合并多']);
    // 600 one-row merges (B1:C1, B2:C2, …): Excel's getMergedAreas refuses more than 512.
    for (let r = 1; r <= 600; r++) {
      model.sheets[0].cells[`B${r}`] = { value: `项目${r}` };
      model.sheets[0].merges.push(`B${r}:C${r}`);
    }
    const { host, fake } = hostOver(model);
    let grid;
    expect(await syncsOf(fake, async () => (grid = await host.readSheet('合并多')))).toBe(2);
    expect(grid!.toJSON().cells).toHaveLength(600);
    expect(grid!.merges).toHaveLength(0);
  });
});

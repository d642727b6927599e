/** The fake must be as strict as Office.js, or the adapter tests prove nothing. */
import { createFakeOffice, deserializeWorkbook, emptyWorkbook, serializeWorkbook, type FakeWorkbookModel } from '../../fakes/fakeExcel';
import { loadFakeWorkbook } from '../../fakes/loadFakeWorkbook';
import { fixturePath } from './helpers';

type Ctx = Excel.RequestContext;

function small(): FakeWorkbookModel {
  const model = emptyWorkbook(['数据', '说明']);
  model.sheets[0].cells = {
    B2: { value: 420 },
    C2: { value: 0.95, numberFormat: '0.00%' },
    D2: { value: 399, formula: '=B2*C2' },
    B3: { value: '合并' },
  };
  model.sheets[0].merges = ['B3:D3'];
  return model;
}

function run<T>(model: FakeWorkbookModel, batch: (ctx: Ctx) => Promise<T>, options = {}) {
  const fake = createFakeOffice(model, options);
  return { fake, result: (fake.Excel as unknown as typeof Excel).run(batch) };
}

describe('fake Excel host', () => {
  it('throws PropertyNotLoaded for a property read before load + sync, and counts every sync', async () => {
    const { fake, result } = run(small(), async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('数据').getRange('B2:D2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // loaded, not synced
      await ctx.sync();
      expect(range.values).toEqual([[420, 0.95, 399]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // never loaded
      range.load('formulas,numberFormat');
      await ctx.sync();
      return { formulas: range.formulas, formats: range.numberFormat };
    });
    await expect(result).resolves.toEqual({ formulas: [[420, 0.95, '=B2*C2']], formats: [['General', '0.00%', 'General']] });
    expect(fake.stats.syncs).toBe(2);
  });

  it('queues writes until sync, and Excel.run sends what is left at the end (counted)', async () => {
    const model = small();
    const { fake, result } = run(model, async (ctx) => {
      ctx.workbook.worksheets.getItem('数据').getRange('E2').values = [[7]];
      expect(model.sheets[0].cells.E2).toBeUndefined();
    });
    await result;
    expect(model.sheets[0].cells.E2).toEqual({ value: 7 });
    expect(fake.stats.syncs).toBe(1);
  });

  it('coerces written text like Excel unless quoted, and rejects a mis-sized array', async () => {
    const model = small();
    const { result } = run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('数据');
      ws.getRange('A5:D5').values = [['95%', "'95%", '1,4', '#N/A']];
      await ctx.sync();
      ws.getRange('A6:B6').values = [[1]];
      await ctx.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(model.sheets[0].cells.A5.value).toBe(0.95);
    expect(model.sheets[0].cells.B5.value).toBe('95%');
    expect(model.sheets[0].cells.C5.value).toBe('1,4');
    expect(model.sheets[0].cells.D5.value).toEqual({ error: '#N/A' });
  });

  it('reads covered merge cells as "", reports merged areas from ExcelApi 1.13 and fails below it', async () => {
    const { result } = run(small(), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('数据');
      const row = ws.getRange('B3:D3').load('values');
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.areas.load('items/address');
      const none = ws.getRange('A10:B11').getMergedAreasOrNullObject();
      await ctx.sync();
      return { values: row.values, areas: merged.areas.items.map((r) => r.address), none: none.isNullObject };
    });
    await expect(result).resolves.toEqual({ values: [['合并', '', '']], areas: ['数据!B3:D3'], none: true });

    const old = run(small(), async (ctx) => {
      ctx.workbook.worksheets.getItem('数据').getRange().getMergedAreasOrNullObject();
      await ctx.sync();
    }, { excelApi: '1.12' });
    await expect(old.result).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('derives ranges like Office.js: getCell past its parent, offsets, resizes, entire rows, "3:52" addresses', async () => {
    const { result } = run(small(), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('数据');
      const origin = ws.getRange('B2:D2').getCell(0, 0);
      const far = ws.getRange('B2:D2').getCell(10, 5).load('address'); // outside B2:D2, inside the sheet
      const band = origin.getOffsetRange(50, 0).getResizedRange(49, 0).load('address');
      const rows = band.getEntireRow().load('address,rowIndex,columnIndex,rowCount,columnCount');
      const byAddress = ws.getRange('$3:$52').load('address');
      const columns = ws.getRange('B:C').load('address');
      const whole = ws.getRange().load('address');
      await ctx.sync();
      return [far.address, band.address, rows.address, rows.rowIndex, rows.columnIndex, rows.rowCount, rows.columnCount, byAddress.address, columns.address, whole.address];
    });
    await expect(result).resolves.toEqual(['数据!G12', '数据!B52:B101', '数据!52:101', 51, 0, 50, 16384, '数据!3:52', '数据!B:C', '数据!1:1048576']);
  });

  it.each([
    ['getCell above the sheet', (ws: Excel.Worksheet) => ws.getRange('B2').getCell(-2, 0)],
    ['getOffsetRange below the sheet', (ws: Excel.Worksheet) => ws.getRange('B1048570:B1048576').getOffsetRange(1, 0)],
    ['getResizedRange past the last column', (ws: Excel.Worksheet) => ws.getRange('XFD1').getResizedRange(0, 1)],
    ['getResizedRange to less than one row', (ws: Excel.Worksheet) => ws.getRange('B2:B3').getResizedRange(-2, 0)],
    ['getRange of row 0', (ws: Excel.Worksheet) => ws.getRange('0:3')],
  ])('fails the sync with InvalidArgument for %s', async (_what, derive) => {
    const { result } = run(small(), async (ctx) => {
      derive(ctx.workbook.worksheets.getItem('数据')).load('address');
      await ctx.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('lists merged areas of entire rows by their top-left cell, and refuses more than 512 in one call', async () => {
    const model = emptyWorkbook(['带']);
    // 1,000 one-row merges I1:J1 … I1000:J1000, and B40:B60 across the band boundary at row 50.
    for (let r = 1; r <= 1000; r++) model.sheets[0].merges.push(`I${r}:J${r}`);
    model.sheets[0].merges.push('B40:B60');
    const { result } = run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('带');
      const first = ws.getRange('1:50').getMergedAreasOrNullObject();
      const second = ws.getRange('A51').getResizedRange(49, 0).getEntireRow().getMergedAreasOrNullObject();
      const past = ws.getRange('1001:1050').getMergedAreasOrNullObject();
      first.load('areaCount');
      second.areas.load('items/address');
      await ctx.sync();
      return { first: first.areaCount, second: second.areas.items.map((a) => a.address), past: past.isNullObject };
    });
    const { first, second, past } = await result;
    expect(first).toBe(51); // I1:J1 … I50:J50 and B40:B60
    expect(second).toHaveLength(50);
    expect(second[0]).toBe('带!I51:J51');
    expect(second).not.toContain('带!B40:B60'); // its top-left cell lies in the first band
    expect(past).toBe(true);

    const tooMany = run(model, async (ctx) => {
      ctx.workbook.worksheets.getItem('带').getRange('1:513').getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
    });
    await expect(tooMany.result).rejects.toMatchObject({ code: 'GeneralException' });
    const atLimit = run(model, async (ctx) => {
      const m = ctx.workbook.worksheets.getItem('带').getRange('1:511').getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
      return m.areaCount;
    });
    await expect(atLimit.result).resolves.toBe(512); // 511 one-row merges and B40:B60
  });

  it('gives null objects for missing sheets and ItemNotFound for getItem', async () => {
    const { result } = run(small(), async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('无此表');
      const used = missing.getUsedRangeOrNullObject(true).load('values');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem('无此表').load('name');
      await ctx.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('keeps notes and comments apart and refuses notes below ExcelApi 1.18', async () => {
    const model = small();
    const { result } = run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('数据');
      ws.notes.add(ws.getRange('B2'), '单位备注');
      ctx.workbook.comments.add('数据!C2', '批注');
      const note = ws.notes.getItemOrNullObject('B2').load('content');
      const none = ws.notes.getItemOrNullObject('C2').load('content');
      await ctx.sync();
      return [note.content, none.isNullObject];
    });
    await expect(result).resolves.toEqual(['单位备注', true]);
    expect(model.sheets[0].cells.B2.note).toBe('单位备注');
    expect(model.sheets[0].cells.C2.comment).toBe('批注');

    const old = run(small(), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('数据');
      ws.notes.load('items/content');
      await ctx.sync();
    }, { excelApi: '1.17' });
    await expect(old.result).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('rejects a request over the 5 MB limit', async () => {
    const { result } = run(small(), async (ctx) => {
      ctx.workbook.worksheets.getItem('数据').getRange('A1').values = [['x'.repeat(6 * 1024 * 1024)]];
      await ctx.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('persists settings only on saveAsync, and a reopened model is independent of the old one', async () => {
    const model = small();
    const fake = createFakeOffice(model);
    const settings = fake.Office.context.document.settings;
    settings.set('profile', { name: 'hubei' });
    expect(deserializeWorkbook(serializeWorkbook(model)).settings).toEqual({});
    await new Promise((resolve) => settings.saveAsync(resolve));
    const reopened = deserializeWorkbook(serializeWorkbook(model));
    expect(createFakeOffice(reopened).Office.context.document.settings.get('profile')).toEqual({ name: 'hubei' });
    reopened.sheets[0].cells.B2.value = 1;
    expect(model.sheets[0].cells.B2.value).toBe(420);
  });

  it('loads an .xlsx: cached formula results, number formats, merges with covered cells left out', async () => {
    const model = await loadFakeWorkbook(fixturePath('multi-sheet-variants.xlsx'));
    const sheet = model.sheets.find((s) => s.name === '项目A')!;
    expect(sheet.cells.I9).toEqual({ value: 1, formula: '=G9/F9', numberFormat: '0.00%' });
    expect(sheet.cells.H9).toEqual({ value: 10 });
    expect(sheet.merges).toContain('B8:B12');
    expect(sheet.cells.B9).toBeUndefined(); // covered by B8:B12
    expect(model.sheets.map((s) => s.name)).toEqual(['填报说明', '项目A', '项目B']);
  });
});

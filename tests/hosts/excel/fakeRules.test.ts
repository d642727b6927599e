/**
 * The documented Office.js rules the add-in touches, each modelled by the fake and quoted from
 * @types/office-js (node_modules/@types/office-js/index.d.ts), so the next adapter bug of this kind fails here.
 */
import { activateSheet, createFakeOffice, emptyWorkbook, type FakeWorkbookModel } from '../../fakes/fakeExcel';

type Ctx = Excel.RequestContext;

function run<T>(model: FakeWorkbookModel, batch: (ctx: Ctx) => Promise<T>, options = {}) {
  const fake = createFakeOffice(model, options);
  return { fake, result: (fake.Excel as unknown as typeof Excel).run(batch) };
}

function withVeryHidden(): FakeWorkbookModel {
  const model = emptyWorkbook(['表', '_ziping_snapshot']);
  model.sheets[1].visibility = 'VeryHidden';
  return model;
}

describe('fake Excel: documented rules', () => {
  it('Worksheet.delete: "if the worksheet\'s visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception"', async () => {
    const model = withVeryHidden();
    await expect(run(model, async (ctx) => ctx.workbook.worksheets.getItem('_ziping_snapshot').delete()).result).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    expect(model.sheets).toHaveLength(2);
    // "You should first change its visibility to hidden or visible before deleting it."
    await run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('_ziping_snapshot');
      ws.visibility = 'Hidden';
      ws.delete();
    }).result;
    expect(model.sheets.map((s) => s.name)).toEqual(['表']);
  });

  it('CommentCollection.getItemByCell: "If it\'s a string, it must contain the full address, including the sheet name"', async () => {
    const model = emptyWorkbook(['表']);
    model.sheets[0].cells.I6 = { value: 1, comment: '单位批注' };
    const bare = run(model, async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('表').comments.getItemByCell('I6').load('content');
      await ctx.sync();
      return c.content;
    }, { excelApi: '1.17' });
    await expect(bare.result).rejects.toMatchObject({ code: 'InvalidArgument' });
    const full = run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      const a = ws.comments.getItemByCell('表!I6').load('content');
      const b = ws.comments.getItemByCell(ws.getRange('I6')).load('content');
      await ctx.sync();
      return [a.content, b.content];
    }, { excelApi: '1.17' });
    await expect(full.result).resolves.toEqual(['单位批注', '单位批注']);
  });

  it('Settings: each runtime works "against an in-memory copy"; saveAsync persists the whole bag; refreshAsync re-reads it', async () => {
    const model = emptyWorkbook();
    const pane = createFakeOffice(model).Office.context.document.settings;
    const ribbon = createFakeOffice(model).Office.context.document.settings; // another runtime, same document
    const save = (s: typeof pane) => new Promise((ok) => s.saveAsync(ok));
    ribbon.set('ziping.lastResult', { grade: '优' });
    await save(ribbon);
    pane.set('ziping.settings', { profileId: 'national' });
    await save(pane); // from a copy taken before the ribbon saved: the ribbon's key is gone
    expect(model.settings).toEqual({ 'ziping.settings': { profileId: 'national' } });
    ribbon.set('ziping.lastResult', { grade: '良' });
    await save(ribbon);
    await new Promise((ok) => pane.refreshAsync(ok));
    expect(pane.get('ziping.lastResult')).toEqual({ grade: '良' });
  });

  it('a response above 5 MB fails with ResponsePayloadSizeLimitExceeded (Excel on the web)', async () => {
    const model = emptyWorkbook(['表']);
    for (let r = 1; r <= 2000; r++) model.sheets[0].cells[`A${r}`] = { value: '很长的文字'.repeat(200) };
    const { result, fake } = run(model, async (ctx) => {
      ctx.workbook.worksheets.getItem('表').getRange('A1:A2000').load('values');
      await ctx.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fake.stats.responseBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('a batch stops at its first error: earlier commands stay applied, later ones are dropped', async () => {
    const model = emptyWorkbook(['表']);
    const { result } = run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2:A3').values = [[2]]; // wrong size: InvalidArgument
      ws.getRange('A4').values = [[4]];
      await ctx.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(Object.keys(model.sheets[0].cells)).toEqual(['A1']);
  });

  it('requirement sets per member: onActivated needs ExcelApi 1.7 ("[Api set: ExcelApi 1.7]"), and every runtime hears an activation', async () => {
    const model = emptyWorkbook(['一', '二']);
    const heard: string[] = [];
    await run(model, async (ctx) => {
      ctx.workbook.worksheets.onActivated.add(async (e) => void heard.push(e.type));
    }).result;
    activateSheet(model, '二');
    await new Promise((ok) => setTimeout(ok, 5));
    expect(heard).toEqual(['WorksheetActivated']);
    const old = run(emptyWorkbook(['一']), async (ctx) => {
      ctx.workbook.worksheets.onActivated.add(async () => undefined);
    }, { excelApi: '1.6' });
    await expect(old.result).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
  it('RangeFill.pattern is "[Api set: ExcelApi 1.9]"; RangeFill.color ("[Api set: ExcelApi 1.1]") reads #FFFFFF for no fill as for white', async () => {
    const model = emptyWorkbook(['表']);
    model.sheets[0].cells = { A1: { value: 1, fill: '#FFFFFF' }, A2: { value: 2 } };
    const read = (prop: 'color' | 'pattern', excelApi: string) =>
      run(model, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('表');
        const fills = ['A1', 'A2'].map((c) => ws.getRange(c).format.fill.load(prop));
        await ctx.sync();
        return fills.map((f) => f[prop]);
      }, { excelApi }).result;
    await expect(read('color', '1.8')).resolves.toEqual(['#FFFFFF', '#FFFFFF']);
    await expect(read('pattern', '1.8')).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(read('pattern', '1.9')).resolves.toEqual(['Solid', 'None']);
  });
  it('one annotation per cell: CommentCollection.add where a legacy note sits fails (InvalidArgument), and the note stays', async () => {
    const model = emptyWorkbook(['表']);
    model.sheets[0].cells.I6 = { value: 1, note: '单位的旧式批注' };
    const add = run(model, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      ws.comments.add(ws.getRange('I6'), '评分说明');
      await ctx.sync();
    }, { excelApi: '1.17' });
    await expect(add.result).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'CommentCollection.add' } });
    expect(model.sheets[0].cells.I6).toEqual({ value: 1, note: '单位的旧式批注' });
  });
});

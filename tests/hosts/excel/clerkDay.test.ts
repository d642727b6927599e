/**
 * The clerk's normal day over the fake Excel (issue 16): each test failed before the fix it names.
 * Pane and ribbon are two hosts over one document model, as two runtimes are in Excel.
 */
import { NOTE_MARKER, type CellChange, type WritePlan } from '../../../src/core/writePlan';
import { parseA1 } from '../../../src/core/grid';
import { SNAPSHOT_SHEET } from '../../../src/hosts/excel';
import { deserializeWorkbook, serializeWorkbook, type FakeWorkbookModel } from '../../fakes/fakeExcel';
import { loadFakeWorkbook } from '../../fakes/loadFakeWorkbook';
import { fixturePath, hostOver, sheetOf, sheetsState } from './helpers';

const SHEET = '项目A';

function change(cell: string, rest: Omit<CellChange, 'cell' | 'row' | 'col'>): CellChange {
  const p = parseA1(cell)!;
  return { cell, row: p.row, col: p.col, ...rest };
}

const PLAN: WritePlan = {
  sheet: SHEET,
  changes: [
    change('I16', { kinds: ['score', 'mark'], value: 9, fill: '#FFEB9C', note: '得分应为9分', severity: 'warning' }),
    change('J16', { kinds: ['commentary'], value: '实际完成1个，完成率100%。' }),
    change('J27', { kinds: ['grade'], value: '良' }),
  ],
};

async function workbook(): Promise<FakeWorkbookModel> {
  return loadFakeWorkbook(fixturePath('multi-sheet-variants.xlsx'));
}

jest.setTimeout(30_000); // fixture workbooks through the strict fake: slow on a shared machine

describe('issue 16: the clerk’s normal day', () => {
  it('1. 撤销评分 deletes the very hidden snapshot sheet (made Hidden first), also after save and reopen', async () => {
    const model = await workbook();
    const before = sheetsState(model);
    const pane = hostOver(model);
    await pane.host.applyPlan(PLAN);
    expect(sheetOf(model, SNAPSHOT_SHEET).visibility).toBe('VeryHidden');
    await expect(pane.host.restore(SHEET)).resolves.toEqual({ restored: 3 });
    expect(model.sheets.some((s) => s.name === SNAPSHOT_SHEET)).toBe(false);
    expect(await pane.host.hasSnapshot(SHEET)).toBe(false);
    expect(sheetsState(model)).toEqual(before);

    await pane.host.applyPlan(PLAN);
    const reopened = deserializeWorkbook(serializeWorkbook(model));
    const again = hostOver(reopened);
    await expect(again.host.restore(SHEET)).resolves.toEqual({ restored: 3 });
    expect(sheetsState(reopened)).toEqual(before);
  });

  it('2. a reason typed after scoring is not overwritten: the write-back refuses (SheetChanged) and writes nothing', async () => {
    const model = await workbook();
    const { host } = hostOver(model);
    const grid = await host.readSheet(SHEET);
    sheetOf(model, SHEET).cells.J16 = { value: '单位补填：因疫情延期' }; // the clerk types after scoring
    const typed = sheetsState(model);
    await expect(host.applyPlan(PLAN, grid)).rejects.toMatchObject({ code: 'SheetChanged', cells: ['J16'] });
    expect(sheetsState(model)).toEqual(typed);
    // Re-scored from the sheet as it is now, the write-back goes through and undo gives the clerk's text back.
    const fresh = await host.readSheet(SHEET);
    expect(fresh.get(15, 9)?.value).toBe('单位补填：因疫情延期');
    await host.applyPlan(PLAN, fresh);
    await host.restore(SHEET);
    expect(sheetOf(model, SHEET).cells.J16.value).toBe('单位补填：因疫情延期');
  });

  it('2b. a value the clerk typed over ours after the write-back is theirs: re-scoring reads it, undo keeps it', async () => {
    const model = await workbook();
    const before = sheetOf(JSON.parse(JSON.stringify(model)) as FakeWorkbookModel, SHEET);
    const { host } = hostOver(model);
    await host.applyPlan(PLAN, await host.readSheet(SHEET));
    sheetOf(model, SHEET).cells.J16 = { value: '单位改写的原因' };
    expect((await host.readSheet(SHEET)).get(15, 9)?.value).toBe('单位改写的原因');
    await host.restore(SHEET);
    const s = sheetOf(model, SHEET);
    expect(s.cells.J16.value).toBe('单位改写的原因');
    expect(s.cells.I16).toEqual(before.cells.I16);
    expect(s.cells.J27 ?? null).toEqual(before.cells.J27 ?? null);
  });

  it('3. pane and ribbon in two runtimes keep each other’s settings and undo entries', async () => {
    const model = await workbook();
    const before = sheetsState(model);
    const pane = hostOver(model);
    const ribbon = hostOver(model);
    await pane.host.loadSettings('ziping.settings'); // the pane's copy, taken before the ribbon ran
    await ribbon.host.saveSettings('ziping.lastResult', { grade: '优' });
    await pane.host.saveSettings('ziping.settings', { profileId: 'national' });
    expect(model.settings).toEqual({ 'ziping.lastResult': { grade: '优' }, 'ziping.settings': { profileId: 'national' } });
    await ribbon.host.saveSettings('ziping.lastResult', { grade: '良' });
    expect(await pane.host.loadSettings('ziping.settings')).toEqual({ profileId: 'national' });
    expect(await pane.host.loadSettings('ziping.lastResult')).toEqual({ grade: '良' });

    // The pane read the snapshot before the ribbon wrote sheet 项目B; its undo of 项目A must keep 项目B's entries.
    await pane.host.readSheet(SHEET);
    await pane.host.applyPlan(PLAN);
    await ribbon.host.applyPlan({ sheet: '项目B', changes: [change('B2', { kinds: ['mark'], fill: '#FFC7CE', note: '问题' })] });
    await pane.host.restore(SHEET);
    expect(await ribbon.host.hasSnapshot('项目B')).toBe(true);
    await ribbon.host.restore('项目B');
    expect(sheetsState(model)).toEqual(before);
  });

  it('4. ExcelApi 1.17 (comments): a second write-back, undo and repeated ribbon clicks address comments by Range', async () => {
    const model = await workbook();
    const before = sheetsState(model);
    const { host } = hostOver(model, { excelApi: '1.17' });
    await host.applyPlan(PLAN);
    await host.applyPlan(PLAN); // updates the comment it wrote: getItemByCell
    await host.applyPlan({ ...PLAN, changes: PLAN.changes.slice(1) }); // removes it again
    expect(sheetOf(model, SHEET).cells.I16.comment).toBeUndefined();
    await host.applyPlan(PLAN);
    expect(sheetOf(model, SHEET).cells.I16.comment).toBe(`${NOTE_MARKER}得分应为9分`);
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });

  it('9. undo of a score stored as text in a text-formatted cell brings back no apostrophe', async () => {
    const model = await workbook();
    sheetOf(model, SHEET).cells.I16 = { value: '10', numberFormat: '@' };
    const before = sheetsState(model);
    const { host } = hostOver(model);
    await host.applyPlan({ sheet: SHEET, changes: [change('I16', { kinds: ['score'], value: 9 }), change('J16', { kinds: ['commentary'], value: '说明' })] });
    await host.restore(SHEET);
    expect(sheetOf(model, SHEET).cells.I16).toEqual({ value: '10', numberFormat: '@' });
    expect(sheetsState(model)).toEqual(before);
  });
});

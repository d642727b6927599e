/** applyPlan / restore over the fake: one sync each, exact undo, idempotent re-scoring, fallbacks. */
import { NOTE_MARKER, type CellChange, type WritePlan } from '../../../src/core/writePlan';
import { parseA1 } from '../../../src/core/grid';
import { SNAPSHOT_SHEET } from '../../../src/hosts/excel';
import { deserializeWorkbook, emptyWorkbook, serializeWorkbook, type FakeWorkbookModel } from '../../fakes/fakeExcel';
import { loadFakeWorkbook } from '../../fakes/loadFakeWorkbook';
import { fixturePath, hostOver, sheetOf, sheetsState, syncsOf } from './helpers';

const SHEET = '项目A';

function change(cell: string, rest: Omit<CellChange, 'cell' | 'row' | 'col'>): CellChange {
  const p = parseA1(cell)!;
  return { cell, row: p.row, col: p.col, ...rest };
}

/** A plan like the planner's: scores, total over a formula, grade, commentary, marks with notes. */
const PLAN: WritePlan = {
  sheet: SHEET,
  changes: [
    change('I16', { kinds: ['score', 'mark'], value: 9, fill: '#FFEB9C', note: '得分应为9分', severity: 'warning' }),
    change('J16', { kinds: ['commentary'], value: '实际完成1个，完成率100%。' }),
    change('J17', { kinds: ['commentary'], value: '100%' }), // text Excel would turn into 1 if not quoted
    change('J18', { kinds: ['commentary'], value: '说明' }),
    change('I9', { kinds: ['mark'], fill: '#FFC7CE', note: '执行率公式有误', severity: 'error' }),
    change('I27', { kinds: ['total'], value: 89 }),
    change('J27', { kinds: ['grade'], value: '良' }),
    change('L27', { kinds: ['gradeLabel'], value: '评价等级' }), // outside the used range
    change('G26', { kinds: ['mark'], fill: '#DDEBF7', note: '满意度低于指标值', severity: 'info' }),
  ],
};

/** The fixture sheet plus what units put in real sheets: a fill, numeric-looking text, maybe a note. */
async function workbook(unitNote = false): Promise<FakeWorkbookModel> {
  const model = await loadFakeWorkbook(fixturePath('multi-sheet-variants.xlsx'));
  const s = sheetOf(model, SHEET);
  if (unitNote) s.cells.I16.note = '单位备注：已核实';
  s.cells.G26.fill = '#92D050';
  s.cells.J18 = { value: '0123' };
  return model;
}

describe('ExcelHost.applyPlan and restore', () => {
  it('writes values, fills and merged notes: the apply reads afresh (one sync) and writes (one sync)', async () => {
    const model = await workbook();
    const { host, fake } = hostOver(model);
    expect(await syncsOf(fake, () => host.readSheet(SHEET))).toBe(1);
    let result;
    expect(await syncsOf(fake, async () => (result = await host.applyPlan(PLAN)))).toBe(2);
    expect(result).toEqual({ cellsWritten: 9, syncs: 2 });
    const s = sheetOf(model, SHEET);
    expect(s.cells.I16).toMatchObject({ value: 9, fill: '#FFEB9C', note: `${NOTE_MARKER}得分应为9分` });
    expect(s.cells.J17.value).toBe('100%');
    expect(s.cells.I9).toMatchObject({ value: 1, formula: '=G9/F9', fill: '#FFC7CE', note: `${NOTE_MARKER}执行率公式有误` });
    expect(s.cells.I27).toEqual({ value: 89 });
    expect(s.cells.L27).toEqual({ value: '评价等级' });
    expect(s.cells.G26.fill).toBe('#DDEBF7');
    const snap = sheetOf(model, SNAPSHOT_SHEET);
    expect(snap.visibility).toBe('VeryHidden');
    expect(Object.keys(snap.cells)).toHaveLength(9);
    expect(await host.listSheets()).not.toContain(SNAPSHOT_SHEET);
  });

  it('restore puts back every value, formula, number format, fill and note exactly', async () => {
    const model = await workbook(true);
    const before = sheetsState(model);
    const { host, fake } = hostOver(model);
    await host.readSheet(SHEET);
    await host.applyPlan(PLAN);
    expect(sheetsState(model)).not.toEqual(before);
    expect(await host.hasSnapshot(SHEET)).toBe(true);
    let restored;
    expect(await syncsOf(fake, async () => (restored = await host.restore(SHEET)))).toBe(2); // read snapshot + write
    expect(restored).toEqual({ restored: 9 });
    expect(sheetsState(model)).toEqual(before); // snapshot sheet gone too
    expect(await host.hasSnapshot(SHEET)).toBe(false);
  });

  it('restores after save and reopen', async () => {
    const model = await workbook(true);
    const before = sheetsState(model);
    const first = hostOver(model);
    await first.host.readSheet(SHEET);
    await first.host.applyPlan(PLAN);
    const reopened = deserializeWorkbook(serializeWorkbook(model));
    const second = hostOver(reopened);
    expect(await second.host.hasSnapshot(SHEET)).toBe(true);
    expect(await second.host.restore(SHEET)).toEqual({ restored: 9 });
    expect(sheetsState(reopened)).toEqual(before);
  });

  it('re-scoring reads the unit’s own values, and the same plan twice leaves the same workbook', async () => {
    const model = await workbook(true);
    const { host, fake } = hostOver(model);
    const original = (await host.readSheet(SHEET)).toJSON();
    await host.applyPlan(PLAN);
    const once = sheetsState(model);
    const reread = (await host.readSheet(SHEET)).toJSON();
    expect(reread).toEqual(original); // I16 reads 10 again, I27 its formula, J16 empty
    // The unit note on I16 now carries our marker and its cell is in the snapshot: nothing to look up.
    expect(await syncsOf(fake, () => host.applyPlan(PLAN))).toBe(2);
    expect(sheetsState(model)).toEqual(once);
    expect(sheetOf(model, SHEET).cells.I16.note!.split(NOTE_MARKER)).toHaveLength(2);
  });

  it('a smaller second plan restores the cells the first touched and it does not', async () => {
    const model = await workbook(true);
    const pristine = sheetOf(JSON.parse(JSON.stringify(model)) as FakeWorkbookModel, SHEET);
    const { host } = hostOver(model);
    await host.readSheet(SHEET);
    await host.applyPlan(PLAN);
    await host.readSheet(SHEET);
    await host.applyPlan({ sheet: SHEET, changes: [change('I16', { kinds: ['score'], value: 8 })] });
    const s = sheetOf(model, SHEET);
    for (const cell of ['I9', 'I27', 'J16', 'J17', 'J18', 'G26', 'L27']) expect(s.cells[cell]).toEqual(pristine.cells[cell]);
    expect(s.cells.I16).toEqual({ ...pristine.cells.I16, value: 8 }); // our note and fill gone, unit note kept
    expect(await host.restore(SHEET)).toEqual({ restored: 1 });
    expect(s).toEqual(pristine);
  });

  it('without ExcelApi 1.18 writes notes as comments, and restores them', async () => {
    const model = await workbook(true);
    const before = sheetsState(model);
    const { host, fake } = hostOver(model, { excelApi: '1.17' });
    await host.readSheet(SHEET);
    let result;
    // The legacy note on I16 (invisible to this host) refuses a comment: read 1, the failed write 1, the
    // comment lookup 2, the sheet check 1, the write again 1.
    expect(await syncsOf(fake, async () => (result = await host.applyPlan(PLAN)))).toBe(6);
    expect(result).toMatchObject({ notesMoved: { cells: ['I16'], sheet: null } });
    const s = sheetOf(model, SHEET);
    expect(s.cells.I9.comment).toBe(`${NOTE_MARKER}执行率公式有误`);
    expect(s.cells.I16.note).toBe('单位备注：已核实'); // the legacy note is invisible to this host: untouched
    expect(s.cells.I16.comment).toBeUndefined(); // one annotation per cell: ours could not join it
    expect(s.cells.I16.value).toBe(9);
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });

  it('without ExcelApi 1.18 and no legacy note in the way: one read and one write sync', async () => {
    const model = await workbook();
    const { host, fake } = hostOver(model, { excelApi: '1.17' });
    await host.readSheet(SHEET);
    expect(await syncsOf(fake, () => host.applyPlan(PLAN))).toBe(2);
    expect(sheetOf(model, SHEET).cells.I16.comment).toBe(`${NOTE_MARKER}得分应为9分`);
  });

  it('below ExcelApi 1.10 writes no notes at all; below 1.13 it still works without merges', async () => {
    for (const excelApi of ['1.9', '1.12']) {
      const model = await workbook(true);
      const before = sheetsState(model);
      const { host } = hostOver(model, { excelApi });
      expect((await host.readSheet(SHEET)).merges).toHaveLength(0);
      await host.applyPlan(PLAN);
      const s = sheetOf(model, SHEET);
      expect(s.cells.I16).toMatchObject({ value: 9, fill: '#FFEB9C' });
      if (excelApi === '1.9') expect(s.cells.I9.comment).toBeUndefined();
      else expect(s.cells.I9.comment).toBe(`${NOTE_MARKER}执行率公式有误`);
      await host.restore(SHEET);
      expect(sheetsState(model)).toEqual(before);
    }
  });

  it('where the unit has notes of its own it looks them up first (one more sync), merges and restores exactly', async () => {
    const model = await workbook(true);
    sheetOf(model, SHEET).cells.G26.note = '满意度调查样本120份';
    const before = sheetsState(model);
    const { host, fake } = hostOver(model);
    await host.readSheet(SHEET);
    expect(await syncsOf(fake, () => host.applyPlan(PLAN))).toBe(3);
    expect(sheetOf(model, SHEET).cells.G26.note).toBe(`满意度调查样本120份\n${NOTE_MARKER}满意度低于指标值`);
    expect(sheetOf(model, SHEET).cells.I16.note).toBe(`单位备注：已核实\n${NOTE_MARKER}得分应为9分`);
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });

  it('without a prior read it reads first, and a note deleted behind its back does not break the undo', async () => {
    const model = await workbook();
    const before = sheetsState(model);
    const { host } = hostOver(model);
    expect(await host.applyPlan(PLAN)).toEqual({ cellsWritten: 9, syncs: 2 });
    delete sheetOf(model, SHEET).cells.I9.note; // the user removed our note by hand
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });

  it('scores two sheets independently in one snapshot sheet', async () => {
    const model = await workbook();
    const before = sheetsState(model);
    const { host } = hostOver(model);
    await host.readSheet(SHEET);
    await host.readSheet('项目B');
    await host.applyPlan(PLAN);
    await host.applyPlan({ sheet: '项目B', changes: [change('B2', { kinds: ['mark'], fill: '#FFC7CE', note: '问题' })] });
    expect(await host.hasSnapshot(SHEET)).toBe(true);
    await host.restore('项目B');
    expect(await host.hasSnapshot(SHEET)).toBe(true);
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });
});

describe('ExcelHost.applyPlan on a 1,000-row sheet', () => {
  function bigSheet(): FakeWorkbookModel {
    const model = emptyWorkbook(['大表']);
    const cells = model.sheets[0].cells;
    for (let r = 1; r <= 1000; r++) {
      cells[`B${r}`] = { value: `指标${r}` };
      cells[`C${r}`] = { value: 10 };
      cells[`D${r}`] = { value: r % 7, formula: `=MOD(${r},7)` };
    }
    return model;
  }

  function bigPlan(noteLength: number): WritePlan {
    const changes: CellChange[] = [];
    for (let r = 1; r <= 1000; r++) {
      changes.push(change(`E${r}`, { kinds: ['score'], value: 9.5 }));
      changes.push(change(`D${r}`, { kinds: ['mark'], fill: '#FFEB9C', note: `第${r}行：${'偏差'.repeat(noteLength)}` }));
    }
    return { sheet: '大表', changes };
  }

  it('reads in one sync and applies 2,000 changes in one read + one write sync, then restores exactly', async () => {
    const model = bigSheet();
    const before = sheetsState(model);
    const { host, fake } = hostOver(model);
    expect(await syncsOf(fake, () => host.readSheet('大表'))).toBe(1);
    expect(await syncsOf(fake, () => host.applyPlan(bigPlan(10)))).toBe(2);
    expect(sheetOf(model, '大表').cells.E1000.value).toBe(9.5);
    await host.restore('大表');
    expect(sheetsState(model)).toEqual(before);
  });

  it('splits a write that would pass the request limit, each request under 5 MB', async () => {
    const model = bigSheet();
    const before = sheetsState(model);
    const { host, fake } = hostOver(model);
    await host.readSheet('大表');
    const result = await host.applyPlan(bigPlan(1200)); // 2,400 CJK characters (7 KB) per note: > 5 MB in all
    expect(result.syncs).toBeGreaterThan(1);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(sheetOf(model, '大表').cells.D1000.note).toContain('第1000行');
    await host.restore('大表');
    expect(sheetsState(model)).toEqual(before);
  });
});

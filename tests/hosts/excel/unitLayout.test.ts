/**
 * The scored sheet stays readable on paper (issue 9 item 3): wrapped commentary in a merged reason cell
 * grows its row, the sheet is fitted to one page wide unless the unit set up its own page, and 撤销评分
 * puts rows and page back — all within the write-back's read + write syncs.
 */
import { wrappedRowHeights } from '../../../src/core/review/unitRowHeights';
import type { CellChange, WritePlan } from '../../../src/core/writePlan';
import { columnWidthPoints } from '../../../src/hosts/excel/plannedSheet';
import { toA1 } from '../../../src/core/grid';
import { deserializeWorkbook, emptyWorkbook, serializeWorkbook, type FakeWorkbookModel } from '../../fakes/fakeExcel';
import { hostOver, sheetOf, sheetsState, syncsOf } from './helpers';

const SHEET = '自评表';
const COMMENTARY = '【复核】实际完成培训120人次，较年度指标值150人次少30人次，完成率80%；偏差原因未说明，建议补充说明并提供佐证材料。';

const commentary: CellChange = { cell: 'E3', row: 2, col: 4, kinds: ['commentary'], value: COMMENTARY, fontColor: '#1F4E79', wrap: true };
const score: CellChange = { cell: 'D3', row: 2, col: 3, kinds: ['score'], value: 8 };
const PLAN: WritePlan = { sheet: SHEET, changes: [score, commentary], printFit: { fitToWidth: 1 } };

/** A reason cell E3:F3 merged across two narrow columns (12 + 10 characters), rows at the standard height. */
function workbook(): FakeWorkbookModel {
  const model = emptyWorkbook([SHEET]);
  const s = model.sheets[0];
  s.cells.A3 = { value: '培训人数' };
  s.cells.B3 = { value: '≥150人次' };
  s.cells.C3 = { value: '120人次' };
  s.merges.push('E3:F3');
  s.layout = { columnWidths: { 4: columnWidthPoints(12), 5: columnWidthPoints(10) }, rowHeights: {}, page: {} };
  return model;
}

/** What the core says row 3 needs, given E3:F3's 22 characters of width at the standard 15 pt. */
const expectedHeight = wrappedRowHeights(
  PLAN,
  {
    columnWidth: (c) => (c === 4 ? 12 : c === 5 ? 10 : 8.43),
    mergeAt: (r, c) => (r === 2 && c === 4 ? { top: 2, bottom: 2, left: 4, right: 5 } : undefined),
    rowHeight: () => 15,
  },
  11,
)[2];

describe('ExcelHost: the scored sheet prints readably', () => {
  it('grows the merged reason cell’s row to the height the core computes and fits the sheet to one page wide, in 1 + 1 syncs', async () => {
    expect(expectedHeight).toBeGreaterThanOrEqual(2 * 17 + 4); // the commentary takes several lines in 22 characters
    const model = workbook();
    const { host, fake } = hostOver(model);
    expect(await syncsOf(fake, () => host.applyPlan(PLAN))).toBe(2);
    const s = sheetOf(model, SHEET);
    expect(s.layout?.rowHeights).toEqual({ 2: expectedHeight });
    expect(s.layout?.page).toEqual({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(s.cells.E3).toMatchObject({ value: COMMENTARY, wrap: true });
  });

  it('撤销评分 puts the row and the page back exactly (in 1 + 1 syncs), also after save and reopen', async () => {
    const model = workbook();
    const pristine = sheetsState(model);
    const { host, fake } = hostOver(model);
    await host.applyPlan(PLAN);
    expect(await syncsOf(fake, () => host.restore(SHEET))).toBe(2);
    expect(sheetsState(model)).toEqual(pristine);

    await host.applyPlan(PLAN);
    const reopened = deserializeWorkbook(serializeWorkbook(model));
    await hostOver(reopened).host.restore(SHEET);
    expect(sheetsState(reopened)).toEqual(pristine);
  });

  it('a row height or page setup the clerk changed after scoring is theirs: undo and re-scoring keep it', async () => {
    const model = workbook();
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    const s = sheetOf(model, SHEET);
    s.layout!.rowHeights[2] = 60; // the clerk drags row 3 to 60 pt
    s.layout!.page = { zoom: { scale: 90 } }; // and sets a 90 % print scale
    await host.applyPlan(PLAN); // re-scoring starts from the clerk's 60 pt and keeps their scale
    expect(s.layout?.rowHeights).toEqual({ 2: expectedHeight });
    expect(s.layout?.page).toEqual({ zoom: { scale: 90 } });
    s.layout!.rowHeights[2] = 200;
    await host.restore(SHEET);
    expect(s.layout).toEqual({ columnWidths: { 4: columnWidthPoints(12), 5: columnWidthPoints(10) }, rowHeights: { 2: 200 }, page: { zoom: { scale: 90 } } });
    expect(s.cells.E3).toBeUndefined(); // the cells go back all the same
  });

  it('a height reading back up to a pixel off (Excel rounds to pixels) is still ours: undo gives the standard height back', async () => {
    const model = workbook();
    const pristine = sheetsState(model);
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    sheetOf(model, SHEET).layout!.rowHeights[2] = expectedHeight + 0.75;
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(pristine);
  });

  it('scoring twice gives the same height and page (from the unit’s originals, never ratcheting up)', async () => {
    const model = workbook();
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    const once = sheetsState(model);
    await host.applyPlan(PLAN);
    await host.applyPlan(PLAN);
    expect(sheetsState(model)).toEqual(once);
    expect(sheetOf(model, SHEET).layout?.rowHeights[2]).toBe(expectedHeight);
  });

  it('a re-scoring without the commentary gives the row back its standard height', async () => {
    const model = workbook();
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    await host.applyPlan({ ...PLAN, changes: [score] });
    expect(sheetOf(model, SHEET).layout?.rowHeights).toEqual({});
    expect(sheetOf(model, SHEET).layout?.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it('a row the unit made tall enough keeps its height; a custom row too short grows and undo gives back the custom height', async () => {
    const tall = workbook();
    sheetOf(tall, SHEET).layout!.rowHeights[2] = expectedHeight + 30;
    await hostOver(tall).host.applyPlan(PLAN);
    expect(sheetOf(tall, SHEET).layout?.rowHeights).toEqual({ 2: expectedHeight + 30 });

    const short = workbook();
    sheetOf(short, SHEET).layout!.rowHeights[2] = 20;
    const pristine = sheetsState(short);
    const { host } = hostOver(short);
    await host.applyPlan(PLAN);
    // The core adds what the 20-pt row lacks: the same total as from 15 pt.
    expect(sheetOf(short, SHEET).layout?.rowHeights[2]).toBe(expectedHeight);
    await host.restore(SHEET);
    expect(sheetsState(short)).toEqual(pristine);
    expect(sheetOf(short, SHEET).layout?.rowHeights).toEqual({ 2: 20 });
  });

  it.each([
    ['a print scale', { zoom: { scale: 85 } }],
    ['a fit to one page', { zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } }],
    ['a print area', { printArea: 'A1:F20' }],
  ])('a sheet with %s of the unit’s own keeps it, while its rows still grow', async (_what, page) => {
    const model = workbook();
    sheetOf(model, SHEET).layout!.page = { ...page };
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    expect(sheetOf(model, SHEET).layout?.page).toEqual(page);
    expect(sheetOf(model, SHEET).layout?.rowHeights).toEqual({ 2: expectedHeight });
  });

  it('sizes the row for the reason cell’s own font (14 pt needs more than 11 pt)', async () => {
    const model = workbook();
    sheetOf(model, SHEET).cells.E3 = { value: null, style: { size: 14 } };
    await hostOver(model).host.applyPlan(PLAN);
    const at14 = wrappedRowHeights(
      PLAN,
      { columnWidth: (c) => (c === 4 ? 12 : 10), mergeAt: () => ({ top: 2, bottom: 2, left: 4, right: 5 }), rowHeight: () => 15 },
      14,
    )[2];
    expect(at14).toBeGreaterThan(expectedHeight);
    expect(sheetOf(model, SHEET).layout?.rowHeights).toEqual({ 2: at14 });
  });

  it('a reason cell merged over two rows: what the two rows lack goes on the lower one, and undo takes it off', async () => {
    const model = workbook();
    const s = sheetOf(model, SHEET);
    s.merges = ['E3:F4'];
    const pristine = sheetsState(model);
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    // The two rows share the height the text needs: 15 pt stay on row 3, the rest goes on row 4.
    expect(s.layout?.rowHeights).toEqual({ 3: expectedHeight - 15 });
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(pristine);
  });

  it('on a sheet whose one-sync read passes 5 MB (read in bands) the layout is read again with the styles, no extra sync', async () => {
    const big = () => {
      const model = workbook();
      const cells = sheetOf(model, SHEET).cells;
      // Formatted blank cells: over 5 MB as one response, so the write read goes by bands.
      const format = `#,##0.00_);[Red](#,##0.00);"${'零'.repeat(15)}"`;
      for (let r = 10; r <= 700; r++) for (let c = 0; c < 60; c++) cells[toA1(r - 1, c)] = { value: null, numberFormat: format, fill: '#FFF2CC' };
      return model;
    };
    const plain = hostOver(big());
    const withoutLayout = await syncsOf(plain.fake, () => plain.host.applyPlan({ sheet: SHEET, changes: [score, { ...commentary, wrap: undefined }] }));
    const model = big();
    const { host, fake } = hostOver(model);
    expect(await syncsOf(fake, () => host.applyPlan(PLAN))).toBe(withoutLayout);
    expect(fake.stats.responseBytes.some((b) => b > 5 * 1024 * 1024)).toBe(true); // the refused one-sync attempt
    expect(sheetOf(model, SHEET).layout?.rowHeights).toEqual({ 2: expectedHeight });
    expect(sheetOf(model, SHEET).layout?.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it('below ExcelApi 1.9 rows still grow and the page setup is left alone', async () => {
    // Below 1.9 fills are looked up in one more sync, with or without the layout: the layout adds none.
    const plain = hostOver(workbook(), { excelApi: '1.8' });
    const withoutLayout = await syncsOf(plain.fake, () => plain.host.applyPlan({ sheet: SHEET, changes: [score, { ...commentary, wrap: undefined }] }));
    const model = workbook();
    const pristine = sheetsState(model);
    const { host, fake } = hostOver(model, { excelApi: '1.8' });
    expect(await syncsOf(fake, () => host.applyPlan(PLAN))).toBe(withoutLayout);
    const s = sheetOf(model, SHEET);
    expect(s.layout?.page).toEqual({});
    // Without ExcelApi 1.13 Excel lists no merged areas: the cell's own 12-character column is all the width known.
    const alone = wrappedRowHeights(PLAN, { columnWidth: (c) => (c === 4 ? 12 : 8.43), mergeAt: () => undefined, rowHeight: () => 15 }, 11)[2];
    expect(alone).toBeGreaterThan(expectedHeight);
    expect(s.layout?.rowHeights).toEqual({ 2: alone });
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(pristine);
  });
});

/**
 * The scored sheet stays readable on paper in WPS too (issue 9 item 3): the merged reason cell's row grows
 * to the core's height, the page is fitted one page wide unless the unit set its own, undo is exact.
 */
import { wrappedRowHeights } from '../../../src/core/review/unitRowHeights';
import type { CellChange, WritePlan } from '../../../src/core/writePlan';
import type { EtApplication } from '../../../src/hosts/wps/etTypes';
import { createWpsHost } from '../../../src/hosts/wps/wpsHost';
import { FakeEtBook, emptySheet, type EtPageSetup, type EtSheetModel } from '../../fakes/fakeEt';

const SHEET = '自评表';
const COMMENTARY = '【复核】实际完成培训120人次，较年度指标值150人次少30人次，完成率80%；偏差原因未说明，建议补充说明并提供佐证材料。';
const commentary: CellChange = { cell: 'E3', row: 2, col: 4, kinds: ['commentary'], value: COMMENTARY, fontColor: '#1F4E79', wrap: true };
const score: CellChange = { cell: 'D3', row: 2, col: 3, kinds: ['score'], value: 8 };
const PLAN: WritePlan = { sheet: SHEET, changes: [score, commentary], printFit: { fitToWidth: 1 } };

/** E3:F3 merged over 12 + 10 characters; ET's standard row is 13.5 pt. */
function book(page: Partial<EtPageSetup> = {}): FakeEtBook {
  const sheet = emptySheet(SHEET);
  sheet.cells.A3 = { value: '培训人数' };
  sheet.cells.C3 = { value: '120人次' };
  sheet.merges.push({ top: 2, bottom: 2, left: 4, right: 5 });
  sheet.columnWidths = { 4: 12, 5: 10 };
  Object.assign(sheet.page, page);
  return new FakeEtBook({ name: '工作簿1.xlsx', sheets: [sheet], active: 0 });
}

const hostOf = (b: FakeEtBook) => createWpsHost(b.application() as unknown as EtApplication);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** The sheet without the empty cell records ET leaves where a value was cleared (they hold nothing). */
const holding = (s: EtSheetModel) => ({ ...s, cells: Object.fromEntries(Object.entries(s.cells).filter(([, c]) => Object.values(c).some((v) => v !== null && v !== undefined))) });
const expectedHeight = wrappedRowHeights(
  PLAN,
  {
    columnWidth: (c) => (c === 4 ? 12 : c === 5 ? 10 : 8.38),
    mergeAt: (r, c) => (r === 2 && c === 4 ? { top: 2, bottom: 2, left: 4, right: 5 } : undefined),
    rowHeight: () => 13.5,
  },
  11,
)[2];

describe('WPS host: the scored sheet prints readably', () => {
  it('grows the row to the core’s height, fits one page wide, and undo puts both back exactly', async () => {
    expect(expectedHeight).toBeGreaterThanOrEqual(2 * 17 + 4);
    const b = book();
    const pristine = clone(b.model.sheets[0]);
    const host = hostOf(b);
    await host.applyPlan(PLAN);
    const s = b.model.sheets[0];
    expect(s.rowHeights).toEqual({ 2: expectedHeight });
    expect(s.page).toMatchObject({ Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, PrintArea: '' });
    await hostOf(b).restore(SHEET); // another page over the same document
    expect(holding(b.model.sheets[0])).toEqual(pristine);
  });

  it('sizes the row for the reason cell’s own font (14 pt needs more than 11 pt)', async () => {
    const b = book();
    b.model.sheets[0].cells.E3 = { value: null, fontSize: 14 };
    await hostOf(b).applyPlan(PLAN);
    const at14 = wrappedRowHeights(
      PLAN,
      { columnWidth: (c) => (c === 4 ? 12 : 10), mergeAt: () => ({ top: 2, bottom: 2, left: 4, right: 5 }), rowHeight: () => 13.5 },
      14,
    )[2];
    expect(at14).toBeGreaterThan(expectedHeight);
    expect(b.model.sheets[0].rowHeights).toEqual({ 2: at14 });
  });

  it('a row height or page setup the clerk changed after scoring is theirs: undo keeps it', async () => {
    const b = book();
    await hostOf(b).applyPlan(PLAN);
    const s = b.model.sheets[0];
    s.rowHeights[2] = 200;
    Object.assign(s.page, { Zoom: 90, FitToPagesWide: false });
    await hostOf(b).restore(SHEET);
    expect(s.rowHeights).toEqual({ 2: 200 });
    expect(s.page).toMatchObject({ Zoom: 90, FitToPagesWide: false, FitToPagesTall: false });
  });

  it('scoring twice gives the same height and page', async () => {
    const b = book();
    await hostOf(b).applyPlan(PLAN);
    const once = clone(b.model.sheets[0]);
    await hostOf(b).applyPlan(PLAN);
    expect(b.model.sheets[0]).toEqual(once);
  });

  it.each([
    ['a print scale', { Zoom: 85 }],
    ['a fit to one page', { Zoom: false as const, FitToPagesWide: 1, FitToPagesTall: 1 }],
    ['a print area', { PrintArea: '$A$1:$F$20' }],
  ])('a sheet with %s of the unit’s own keeps its page setup; undo leaves it as it was', async (_what, page) => {
    const b = book(page);
    const pristine = clone(b.model.sheets[0]);
    await hostOf(b).applyPlan(PLAN);
    expect(b.model.sheets[0].page).toEqual(pristine.page);
    expect(b.model.sheets[0].rowHeights).toEqual({ 2: expectedHeight });
    await hostOf(b).restore(SHEET);
    expect(holding(b.model.sheets[0])).toEqual(pristine);
  });
});

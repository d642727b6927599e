/** WritePlan.sheets (the 复核表) in the Excel host, with a hand-built PlannedSheet over the fake. */
import type { PlannedSheet, WritePlan } from '../../../src/core/writePlan';
import { SNAPSHOT_SHEET } from '../../../src/hosts/excel';
import { columnWidthPoints } from '../../../src/hosts/excel/plannedSheet';
import { deserializeWorkbook, emptyWorkbook, serializeWorkbook } from '../../fakes/fakeExcel';
import { hostOver, sheetOf, sheetsState } from './helpers';

const REVIEW: PlannedSheet = {
  name: '复核表',
  after: '自评表',
  cells: [
    { row: 0, col: 0, value: '项目支出绩效自评复核表', style: { bold: true, fontSize: 14, horizontal: 'center' } },
    { row: 1, col: 0, value: '指标', style: { bold: true, fill: '#D9E1F2', border: true } },
    { row: 1, col: 1, value: '复核得分', style: { bold: true, fill: '#D9E1F2', border: true } },
    { row: 2, col: 0, value: '培训人数', style: { wrap: true, vertical: 'top', border: true } },
    { row: 2, col: 1, value: 8.57, style: { numFmt: '0.00', fontColor: '#C00000', border: true } },
    { row: 3, col: 0, value: '2022年12月', style: { border: true } },
  ],
  merges: ['A1:B1'],
  columnWidths: [30, 10],
  rowHeights: { 0: 24 },
  page: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, titleRows: { first: 1, last: 1 } },
};

const PLAN: WritePlan = {
  sheet: '自评表',
  changes: [{ cell: 'B2', row: 1, col: 1, kinds: ['score'], value: 9 }],
  sheets: [REVIEW],
};

function workbook() {
  const model = emptyWorkbook(['封面', '自评表', '附表']);
  model.sheets[1].cells.B2 = { value: 10 };
  return model;
}

describe('ExcelHost: the sheets a plan adds', () => {
  it('adds the 复核表 after its sheet with values, styles, merges, widths, heights and print setup, in the write sync', async () => {
    const model = workbook();
    const { host, fake } = hostOver(model);
    const before = fake.stats.syncs;
    await host.applyPlan(PLAN);
    expect(fake.stats.syncs - before).toBe(2); // read + write, the sheet included
    expect(model.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['封面', '自评表', '复核表', '附表']);
    const s = sheetOf(model, '复核表');
    expect(s.cells.A1).toMatchObject({ value: '项目支出绩效自评复核表', style: { bold: true, size: 14, horizontal: 'Center' } });
    expect(s.cells.B3).toMatchObject({ value: 8.57, numberFormat: '0.00', fontColor: '#C00000' });
    expect(s.cells.A3).toMatchObject({ value: '培训人数', wrap: true, style: { vertical: 'Top', borderEdgeTop: 'Continuous', borderEdgeRight: 'Continuous' } });
    expect(s.cells.A4.value).toBe('2022年12月'); // text stays text
    expect(s.cells.A2.fill).toBe('#D9E1F2');
    expect(s.merges).toEqual(['A1:B1']);
    expect(s.layout?.columnWidths).toEqual({ 0: columnWidthPoints(30), 1: columnWidthPoints(10) });
    expect(s.layout?.rowHeights).toEqual({ 0: 24 });
    expect(s.layout?.page).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$2:$2',
    });
  });

  it('a second scoring replaces its own 复核表; 撤销评分 deletes it, also after save and reopen', async () => {
    const model = workbook();
    const pristine = sheetsState(model);
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    await host.applyPlan(PLAN);
    expect(model.sheets.map((s) => s.name).filter((n) => n.startsWith('复核表'))).toEqual(['复核表']);
    await host.restore('自评表');
    expect(sheetsState(model)).toEqual(pristine);

    await host.applyPlan(PLAN);
    const reopened = deserializeWorkbook(serializeWorkbook(model));
    await hostOver(reopened).host.restore('自评表');
    expect(sheetsState(reopened)).toEqual(pristine);
  });

  it('never touches a unit’s own sheet of that name: the 复核表 becomes 复核表（2）', async () => {
    const model = workbook();
    model.sheets.push({ name: '复核表', visibility: 'Visible', cells: { A1: { value: '单位自己的复核表' } }, merges: [] });
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    expect(sheetOf(model, '复核表').cells.A1.value).toBe('单位自己的复核表');
    expect(sheetOf(model, '复核表（2）').cells.A1.value).toBe('项目支出绩效自评复核表');
    await host.restore('自评表');
    expect(model.sheets.map((s) => s.name)).toEqual(['封面', '自评表', '附表', '复核表']);
  });

  it('a plan without the sheet (生成复核表 off) removes the one an earlier scoring added', async () => {
    const model = workbook();
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    await host.applyPlan({ ...PLAN, sheets: [] });
    expect(model.sheets.some((s) => s.name === '复核表')).toBe(false);
    expect(sheetOf(model, SNAPSHOT_SHEET)).toBeTruthy();
  });

  it('a 复核表 of 1,000 rows whose columns keep their look is styled by runs: one write sync, every cell framed', async () => {
    const style = { wrap: true, vertical: 'top', border: true, fill: '#FFEB9C', fontColor: '#C00000', numFmt: '0.00', horizontal: 'left' } as const;
    const cells = [];
    for (let r = 0; r < 1000; r++) for (let c = 0; c < 11; c++) cells.push({ row: r, col: c, value: c < 8 ? `第${r + 1}行指标` : 8.57, style });
    const model = workbook();
    const { host, fake } = hostOver(model);
    const result = await host.applyPlan({ ...PLAN, sheets: [{ ...REVIEW, cells, merges: [] }] });
    expect(result.syncs).toBe(2);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    const framed = { borderEdgeTop: 'Continuous', borderEdgeBottom: 'Continuous', borderEdgeLeft: 'Continuous', borderEdgeRight: 'Continuous' };
    for (const ref of ['A1', 'K1', 'C500', 'K1000']) {
      expect({ ref, ...sheetOf(model, '复核表').cells[ref] }).toMatchObject({ ref, fill: '#FFEB9C', wrap: true, style: framed });
    }
    expect(sheetOf(model, '复核表').cells.K1000).toMatchObject({ value: 8.57, numberFormat: '0.00' });
  });

  it('a 复核表 of 1,000 rows with a different look in every cell is sent in requests under 5 MB each (every style property counted)', async () => {
    const looks = [
      { wrap: true, vertical: 'top', border: true, fill: '#FFEB9C', fontColor: '#C00000', numFmt: '0.00', horizontal: 'left' },
      { wrap: true, vertical: 'top', border: true, fill: '#FFC7CE', fontColor: '#9C0006', numFmt: '0.0', horizontal: 'right' },
    ] as const;
    const cells = [];
    for (let r = 0; r < 1000; r++) for (let c = 0; c < 11; c++) cells.push({ row: r, col: c, value: c < 8 ? `第${r + 1}行指标` : 8.57, style: looks[(r + c) % 2] });
    const model = workbook();
    const { host, fake } = hostOver(model);
    const result = await host.applyPlan({ ...PLAN, sheets: [{ ...REVIEW, cells, merges: [] }] });
    expect(result.syncs).toBeGreaterThan(2); // split: one write would pass the limit
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    // K1000 is row 999, column 10: look 1; K999 look 0.
    expect(sheetOf(model, '复核表').cells.K1000).toMatchObject({ value: 8.57, fill: '#FFC7CE', numberFormat: '0.0', wrap: true, style: { borderEdgeBottom: 'Continuous', borderEdgeTop: 'Continuous' } });
    expect(sheetOf(model, '复核表').cells.K999).toMatchObject({ fill: '#FFEB9C', numberFormat: '0.00' });
  });

  it('below ExcelApi 1.9 the sheet is written without the print setup (pageLayout is 1.9)', async () => {
    const model = workbook();
    const { host } = hostOver(model, { excelApi: '1.8' });
    await host.applyPlan(PLAN);
    expect(sheetOf(model, '复核表').layout?.page).toEqual({});
    expect(sheetOf(model, '复核表').cells.B3.value).toBe(8.57);
  });
});

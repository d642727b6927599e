/** SPEC §1: several tables in one sheet, sheets with no table, and rows that are not indicators. */
import { recognizeTables } from '../../../src/core/recognize';
import { skippedSheet } from '../../../src/core/recognize/skipped';
import { describeTable, indicatorLines } from './describe';
import { gridOf } from '../../helpers/layouts/gridOf';
import { NATIONAL_LINES, nationalLayout, sheetOf } from './layouts';

const shiftLines = (rows: number) => NATIONAL_LINES.map((l) => l.replace(/^(\d+)/, (n) => String(Number(n) + rows)));

describe('two national tables stacked in one sheet', () => {
  it.each([
    ['two blank rows between them', 'A25', 24],
    ['no blank row between them', 'A23', 22],
  ])('reads both, in order, with %s', (_, at, offset) => {
    const grid = sheetOf([
      { layout: nationalLayout('merged', '项目甲'), at: 'A1' },
      { layout: nationalLayout('blank', '项目乙'), at },
    ]);
    const tables = recognizeTables(grid);
    expect(tables.map((t) => describeTable(t)).map((d) => [d.name, d.nameCell, d.range, d.headerRow, d.applicableCount])).toEqual([
      ['项目甲', 'D3', 'A1:J22', 12, 9],
      ['项目乙', `D${3 + offset}`, `A${1 + offset}:J${22 + offset}`, 12 + offset, 9],
    ]);
    expect(indicatorLines(tables[0])).toEqual(NATIONAL_LINES);
    expect(indicatorLines(tables[1])).toEqual(shiftLines(offset));
    const second = describeTable(tables[1]);
    expect(second.budget).toMatchObject({ row: 6 + offset, adjusted: `E${6 + offset}`, score: `I${6 + offset}` });
    expect(second.total).toEqual({ labelCell: `A${22 + offset}`, weight: `G${22 + offset}`, score: `H${22 + offset}`, gradeCell: `I${22 + offset}` });
  });

  it('stops the first table before the second one even when the first has no 总分 row', () => {
    const first = nationalLayout('merged', '项目甲');
    first.rows.pop();
    first.merges = first.merges.filter((m) => !/22$/.test(m));
    const tables = recognizeTables(sheetOf([{ layout: first, at: 'A1' }, { layout: nationalLayout('merged', '项目乙'), at: 'A22' }]));
    expect(tables.map((t) => describeTable(t)).map((d) => [d.name, d.range, d.lastIndicatorRow, d.applicableCount, d.total])).toEqual([
      ['项目甲', 'A1:J21', 21, 9, null],
      ['项目乙', 'A22:J43', 42, 9, { labelCell: 'A43', weight: 'G43', score: 'H43', gradeCell: 'I43' }],
    ]);
  });
});

describe('two national tables side by side', () => {
  it.each([
    ['a blank column between them', 'L1', 11],
    ['no gap', 'K1', 10],
  ])('reads both, left to right, with %s', (_, at, shift) => {
    const grid = sheetOf([
      { layout: nationalLayout('merged', '项目甲'), at: 'A1' },
      { layout: nationalLayout('repeated', '项目乙'), at },
    ]);
    const [left, right, ...rest] = recognizeTables(grid);
    expect(rest).toHaveLength(0);
    const col = (c: string) => String.fromCharCode(c.charCodeAt(0) + shift);
    const l = describeTable(left);
    const r = describeTable(right);
    expect([l.name, l.nameCell, l.range]).toEqual(['项目甲', 'D3', 'A1:J22']);
    expect([r.name, r.nameCell, r.range]).toEqual(['项目乙', `${col('D')}3`, `${col('A')}1:${col('J')}22`]);
    expect(l.columns).toEqual({ level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' });
    expect(r.columns).toEqual(Object.fromEntries(Object.entries(l.columns).map(([k, v]) => [k, col(v)])));
    expect(l.budget).toMatchObject({ labelCell: 'B6', adjusted: 'E6', score: 'I6', lines: ['7:其中:当年财政拨款', '8:上年结转资金', '9:其他资金'] });
    expect(r.budget).toMatchObject({ labelCell: `${col('B')}6`, adjusted: `${col('E')}6`, score: `${col('I')}6`, lines: l.budget!.lines });
    expect(l.total).toEqual({ labelCell: 'A22', weight: 'G22', score: 'H22', gradeCell: 'I22' });
    expect(r.total).toEqual({ labelCell: `${col('A')}22`, weight: `${col('G')}22`, score: `${col('H')}22`, gradeCell: `${col('I')}22` });
    expect(indicatorLines(left)).toEqual(NATIONAL_LINES);
    expect(indicatorLines(right)).toEqual(NATIONAL_LINES);
  });
});

describe('sheets with no table', () => {
  it('returns nothing for an instructions sheet', () => {
    const grid = gridOf([
      ['填报说明：'],
      ['1. 一级指标权重统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。'],
      ['2. 三级指标、年度指标值、实际完成值须逐项填写。'],
      ['3. 请于3月31日前报送。'],
    ]);
    expect(recognizeTables(grid)).toEqual([]);
  });

  it('notes an instructions sheet as skipped (info), a broken 自评表 as a warning', () => {
    const notes = gridOf([['填报说明：'], ['2. 三级指标、年度指标值、实际完成值须逐项填写，不得空缺。']], [], { sheet: '说明' });
    expect(skippedSheet(notes)).toMatchObject({ sheet: '说明', finding: { code: 'TABLE_NOT_FOUND', severity: 'info', cell: null } });
    const broken = gridOf([['项目支出绩效自评表'], ['项目名称', '某项目'], ['指标', '目标', '完成']], [], { sheet: '表1' });
    expect(recognizeTables(broken)).toEqual([]);
    expect(skippedSheet(broken)).toMatchObject({ sheet: '表1', finding: { code: 'TABLE_NOT_FOUND', severity: 'warning' } });
  });

  it('reads a table whose header lacks 实际完成值, with COLUMN_MISSING at the header', () => {
    const grid = gridOf(
      [[null], [null, '一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'], [null, '产出指标', '数量指标', '培训人数', '≥100人', 50, 50], [null, '总分', null, null, null, 50, 50]],
    );
    const [table] = recognizeTables(grid);
    expect(describeTable(table)).toMatchObject({ range: 'B2:G4', headerRow: 2, applicableCount: 1, findings: ['COLUMN_MISSING@B2'] });
    expect(table.findings[0].message).toMatch(/实际完成值/);
  });

  it('returns nothing for an empty sheet or a 汇总 list', () => {
    expect(recognizeTables(gridOf([]))).toEqual([]);
    const summary = gridOf([
      ['序号', '单位', '项目名称', '自评得分', '等级'],
      [1, '水利局', '水旱灾害防御经费', 100, '优'],
      [2, '残联', '托养服务补助', 96, '优'],
    ]);
    expect(recognizeTables(summary)).toEqual([]);
  });
});

describe('rows that are not indicators', () => {
  const layout = nationalLayout('blank');
  layout.rows[13] = [null, null, null, '指标2：……']; // row 14: template leftover under 数量指标
  layout.rows[18] = [null, null, '生态效益指标', '/', '/', '/', '/', '/']; // row 19: marked not applicable
  layout.rows[19] = [null, null, '可持续影响指标', '托养服务长效机制', '达成年度指标', '部分达成年度指标并具有一定效果', 10, 7];
  const [table] = recognizeTables(sheetOf([{ layout, at: 'A1' }]));

  it('keeps them as rows, not applicable, with the placeholder flag only on the leftover', () => {
    expect(table.indicators).toHaveLength(9);
    expect(table.indicators.filter((i) => i.applicable)).toHaveLength(7);
    expect(table.indicators[1]).toMatchObject({ row: 13, level1: '产出指标', level2: '数量指标', name: '指标2：……', applicable: false, placeholder: true });
    expect(table.indicators[1].notApplicableReason).toMatch(/模板/);
    expect(table.indicators[6]).toMatchObject({ row: 18, level1: '效益指标', level2: '生态效益指标', name: '/', applicable: false, placeholder: false });
    expect(table.indicators[6].notApplicableReason).toMatch(/不适用/);
    expect(table.indicators[7]).toMatchObject({ row: 19, level2: '可持续影响指标', applicable: true });
    expect(describeTable(table).total).toEqual({ labelCell: 'A22', weight: 'G22', score: 'H22', gradeCell: 'I22' });
  });

  it('treats 指标1： with dash values as a leftover, and skips a level-only row', () => {
    const l = nationalLayout('blank');
    l.rows[13] = [null, null, null, '指标1：', '—', '-', null, null];
    l.rows[18] = [null, null, '生态效益指标'];
    const [t] = recognizeTables(sheetOf([{ layout: l, at: 'A1' }]));
    expect(t.indicators.map((i) => i.row + 1)).toEqual([13, 14, 15, 16, 17, 18, 20, 21]);
    expect(t.indicators[1]).toMatchObject({ name: '指标1：', applicable: false, placeholder: true });
    expect(t.indicators[6]).toMatchObject({ row: 19, level2: '可持续影响指标' });
  });
});

describe('side by side tables whose headers are on different rows', () => {
  it('keeps each table to its own columns and rows', () => {
    const taller = nationalLayout('merged', '项目乙');
    taller.rows.splice(1, 0, ['（单位：万元）']); // one more line under the title: everything one row lower
    taller.merges = taller.merges.map((m) => m.replace(/\d+/g, (n) => (Number(n) >= 2 ? String(Number(n) + 1) : n)));
    const [left, right, ...rest] = recognizeTables(sheetOf([{ layout: nationalLayout('merged', '项目甲'), at: 'A1' }, { layout: taller, at: 'L1' }]));
    expect(rest).toHaveLength(0);
    expect([describeTable(left).name, describeTable(left).range, describeTable(left).headerRow, describeTable(left).lastIndicatorRow]).toEqual(['项目甲', 'A1:J22', 12, 21]);
    expect([describeTable(right).name, describeTable(right).range, describeTable(right).headerRow, describeTable(right).lastIndicatorRow]).toEqual(['项目乙', 'L1:U23', 13, 22]);
    expect(describeTable(right).budget).toMatchObject({ row: 7, adjusted: 'P7' });
    expect(indicatorLines(left)).toEqual(NATIONAL_LINES);
    expect(indicatorLines(right)).toEqual(shiftLines(1));
  });
});

/** The recognition report (SPEC §1.2 last paragraph, issue 8): what was found where, and what was not, in words a clerk can act on. */
import { NATIONAL, scoreGrid, inspectGrid, formatSheetReport } from '../../../src/core';
import { gridOf } from '../../helpers/layouts/gridOf';
import { nationalLayout, sheetOf } from './layouts';

describe('inspectGrid on a national table', () => {
  const report = inspectGrid(sheetOf([{ layout: nationalLayout('merged'), at: 'A1' }]));

  it('gives the range, kind, variant, every header cell with its role, the budget row, the rows and the 总分 row', () => {
    expect(report.closest).toBeNull();
    const [t] = report.tables;
    expect(t).toMatchObject({ range: 'A1:J22', kind: 'project', variant: 'national', headerRows: [12, 12], closing: { cell: 'A22', label: '总分' } });
    expect(t.header.map((h) => `${h.cell} ${h.role}`)).toEqual([
      'A12 null', 'B12 level1', 'C12 level2', 'D12 name', 'E12 target', 'F12 actual', 'G12 weight', 'H12 score', 'I12 reason',
    ]);
    expect(t.budget).toMatchObject({ row: 6, label: '年度资金总额' });
    expect(t.budget!.cells).toContainEqual({ role: '全年执行数', cell: 'F6' });
    expect(t.indicators.map((i) => i.row)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(t.indicators.every((i) => i.status === 'indicator')).toBe(true);
  });

  it('as text: one line per header cell, in Chinese', () => {
    const text = formatSheetReport(report).join('\n');
    expect(text).toMatch(/表 1：A1:J22，项目支出绩效自评表，全国通用格式/);
    expect(text).toMatch(/A12 +绩效指标 → 未使用（忽略）/);
    expect(text).toMatch(/E12 +年度指标值 → 年度指标值/);
    expect(text).toMatch(/结束行：A22“总分”/);
  });
});

describe('a sheet with no table', () => {
  const grid = gridOf([
    ['2023年度项目考核表'],
    ['一级指标', '二级指标', '考核要点', '计划数', '全年实际完成数', '分值'],
    ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 100],
  ], [], { sheet: '考核表' });

  it('the closest row, the role of each of its cells, and what it lacked', () => {
    const { closest } = inspectGrid(grid);
    expect(closest).toEqual({
      rows: [2, 2],
      header: [
        { cell: 'A2', col: 0, text: '一级指标', role: 'level1' },
        { cell: 'B2', col: 1, text: '二级指标', role: 'level2' },
        { cell: 'C2', col: 2, text: '考核要点', role: null },
        { cell: 'D2', col: 3, text: '计划数', role: null },
        { cell: 'E2', col: 4, text: '全年实际完成数', role: 'actual' },
        { cell: 'F2', col: 5, text: '分值', role: 'weight' },
      ],
      missing: ['name'],
    });
  });

  it('the task pane and the batch get the same explanation in the TABLE_NOT_FOUND reason', () => {
    const { skipped } = scoreGrid(grid, NATIONAL);
    expect(skipped!.finding).toMatchObject({ code: 'TABLE_NOT_FOUND', severity: 'warning' });
    expect(skipped!.reason).toContain('没有找到含“三级指标”和“年度指标值/实际完成值”的表头（最接近表头的是第2行：一级指标（一级指标）、二级指标（二级指标）、考核要点（未使用）');
    expect(skipped!.reason).toContain('缺少“三级指标”列（表头须含“三级指标”“指标名称”或“指标内容”');
    expect(formatSheetReport(inspectGrid(grid))[0]).toContain(skipped!.reason.match(/最接近表头的是[^）]*/)![0]);
  });

  it('a 汇总 sheet (自评得分 · 复核得分) has no closest header and stays a plain note', () => {
    const summary = gridOf([['序号', '单位', '自评得分', '复核得分', '等级'], [1, '某局', 95, 90, '优']], [], { sheet: '汇总' });
    expect(inspectGrid(summary).closest).toBeNull();
    expect(scoreGrid(summary, NATIONAL).skipped!.finding.severity).toBe('info');
  });
});

describe('COLUMN_MISSING says what was found and what would be accepted', () => {
  it('lists every header with its role and the words the missing column needs, in one sentence', () => {
    const grid = gridOf([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '完成情况说明', '分值', '得分', '备注'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '按期完成', 100, 100],
    ]);
    const [f] = scoreGrid(grid, NATIONAL).tables[0].evaluation.findings.filter((x) => x.code === 'COLUMN_MISSING');
    expect(f.cell).toBe('A1');
    expect(f.message).toBe(
      'A1：表头缺少“实际完成值”列：找到的表头为一级指标（一级指标）、二级指标（二级指标）、三级指标（三级指标）、年度指标值（年度指标值）、' +
        '完成情况说明（偏差原因）、分值（分值）、得分（得分）、备注（未使用），“实际完成值”列的表头须含“实际”或“完成”并含“值”“数”“情况”或“结果”，' +
        '或仅为“实际完成”，相关指标无法核对。',
    );
    expect(f.message.match(/。/g)).toHaveLength(1);
  });
});

describe('a sheet holding a 综合评分表 instead of a 自评表', () => {
  it('lists the evaluation table and looks for no closest header', async () => {
    const { readWorkbookBuffer } = await import('../../../src/hosts/xlsx');
    const { buildWorkbook } = await import('../../helpers/xlsx/buildWorkbook');
    const { scoringAsPrinted } = await import('../evaluationTable/seedTables');
    const { grids } = await readWorkbookBuffer(await buildWorkbook([scoringAsPrinted()]));
    const report = inspectGrid(grids[0]);
    expect(report.tables).toHaveLength(0);
    expect(report.closest).toBeNull();
    expect(report.evaluationTables).toHaveLength(scoreGrid(grids[0], NATIONAL).evaluationTables.length);
    expect(report.evaluationTables.length).toBeGreaterThan(0);
    expect(formatSheetReport(report)[0]).toMatch(/没有自评表，找到 \d+ 张综合评分表/);
  });
});

/**
 * SPEC §1.3 blocks: closing rows, filler rows, 不适用 indicators, a weight on the budget block only,
 * level-1 cells holding only "(50分)", ≧ ≦ ═ and units shown once — each as a table a real unit wrote.
 */
import { NATIONAL, scoreGrid } from '../../../src/core';
import type { TableEvaluation } from '../../../src/core/evaluation';
import { recognizeTables } from '../../../src/core/recognize';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';
import { indicatorLines } from './describe';

const HEADER: CellInput[] = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function scored(rows: CellInput[][], merges: string[] = []): TableEvaluation {
  const s = scoreGrid(gridOf([HEADER, ...rows], merges), NATIONAL);
  expect(s.tables).toHaveLength(1);
  return s.tables[0].evaluation;
}
const codes = (t: TableEvaluation) => t.findings.map((f) => `${f.code}@${f.cell}`);

describe('rows that close the block are never indicators', () => {
  const rows: CellInput[][] = [
    [null, '产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50],
    [null, '效益指标', '社会效益指标', '受益人数', '≥50人', '50人', 30, 30],
    [null, '满意度指标', '服务对象满意度指标', '培训对象满意度', '≥90%', '95%', 20, 20],
    ['其他需要说明事项', null, null, '无'],
    ['总分', null, null, null, null, null, 100, 100],
  ];
  const merges = ['A5:C5', 'D5:I5', 'A6:F6'];

  it('其他需要说明事项 before 总分: three indicators, the 总分 row still found, no VALUE_MISSING', () => {
    const t = scored(rows, merges);
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人数', '受益人数', '培训对象满意度']);
    expect([t.totalCell, t.reportedTotal, t.total, t.grade]).toEqual(['H6', 100, 100, '优']);
    expect(codes(t).filter((c) => c.startsWith('VALUE_MISSING'))).toEqual([]);
    // The level-1 check no longer skips itself on an indicator without weight: 满意度 20 differs from 10.
    expect(t.findings.find((f) => f.code === 'LEVEL1_SPLIT')?.message).toMatch(/满意度指标20分/);
  });

  it.each(['填报人：张三', '填表人', '审核人：李四', '联系电话：12345678', '单位负责人', '财务负责人', '填报日期：2023年3月1日', '其他说明', '备注：无'])(
    '%s closes it too',
    (label) => {
      const t = scored([rows[0], rows[1], rows[2], [label, null, null, '（签字）'], rows[4]], ['A5:C5', 'D5:I5']);
      expect(t.indicators).toHaveLength(3);
      expect(t.total).toBe(100);
    },
  );

  it('an indicator whose name starts like a label is still an indicator when it has values', () => {
    const t = scored([rows[0], [null, null, null, '说明书印发数量', '≥1000份', '1200份', 0, 0], rows[1], rows[2], rows[4]], ['B2:B3']);
    expect(t.indicators.map((i) => i.name)).toContain('说明书印发数量');
  });
});

describe('filler rows are not indicators', () => {
  it('a "-" row after each indicator, 指标二：……, 二级指标1：: PLACEHOLDER_ROW (info), never VALUE_MISSING', () => {
    const t = scored([
      [null, '产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50],
      [null, null, null, '-', '-', '-', '-', '-'],
      [null, null, '质量指标', '指标二：……', null, null, null, null],
      [null, null, null, '二级指标1：', '—', '——'],
      [null, '效益指标', '社会效益指标', '受益人数', '≥50人', '50人', 50, 50],
      [null, null, null, '—', '/', '……'],
      ['总分', null, null, null, null, null, 100, 100],
    ]);
    expect(codes(t).filter((c) => /VALUE_MISSING|PLACEHOLDER_ROW/.test(c))).toEqual(['PLACEHOLDER_ROW@D3', 'PLACEHOLDER_ROW@D4', 'PLACEHOLDER_ROW@D5', 'PLACEHOLDER_ROW@D7']);
    expect(t.findings.filter((f) => f.code === 'PLACEHOLDER_ROW').every((f) => f.severity === 'info')).toBe(true);
    expect([t.total, t.grade]).toEqual([100, '优']);
  });

  it('an indicator whose values are 不适用 / 不涉及 is not applicable, not 达成', () => {
    const t = scored([
      [null, '产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50],
      [null, null, '质量指标', '设备采购验收合格率', '不适用', '不适用'],
      [null, '效益指标', '生态效益指标', '污染物减排量', '不涉及', '不涉及'],
      [null, null, '社会效益指标', '受益人数', '≥50人', '50人', 50, 50],
      ['总分', null, null, null, null, null, 100, 100],
    ]);
    const na = t.indicators.filter((i) => i.type === 'not-applicable');
    expect(na.map((i) => [i.name, i.tier, i.score, i.basis])).toEqual([
      ['设备采购验收合格率', null, null, '指标值填写为“不适用”，不适用'],
      ['污染物减排量', null, null, '指标值填写为“不涉及”，不适用'],
    ]);
    expect(codes(t).filter((c) => /VALUE_MISSING|PLACEHOLDER_ROW|NEEDS_JUDGEMENT/.test(c))).toEqual([]);
    expect(t.total).toBe(100);
  });

  it('an indicator with a real target and 不涉及 as its actual stays applicable (the unit must explain)', () => {
    const t = scored([
      [null, '产出指标', '数量指标', '培训人数', '≥100人', '不涉及', 100, 100],
      ['总分', null, null, null, null, null, 100, 100],
    ]);
    expect(t.indicators[0].type).not.toBe('not-applicable');
  });
});

describe('a weight on the budget block only does not make the table scored', () => {
  const grid = gridOf(
    [
      ['项目支出绩效自评表'],
      ['项目名称', '社区养老服务补助'],
      ['预算执行情况（20分）', '预算数(A)', '执行数(B)', '执行率', '得分'],
      [null, 100, 95, '95%', 19],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '偏差原因分析'],
      ['产出指标', '数量指标', '服务老人人数', '≥500人', '520人'],
      ['效益指标', '社会效益指标', '老人生活质量', '明显提升', '明显提升'],
      ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%', '93%'],
      ['总分'],
    ],
    ['A1:F1', 'B2:F2', 'A3:A4', 'A9:E9'],
  );

  it('no total, no grade, no WEIGHT_SUM — the budget is still checked', () => {
    const t = scoreGrid(grid, NATIONAL).tables[0].evaluation;
    expect([t.weightTotal, t.total, t.grade]).toEqual([null, null, null]);
    expect(t.findings.map((f) => f.code)).not.toContain('WEIGHT_SUM');
    expect(t.budget).toMatchObject({ weight: 20, rate: 0.95 });
  });
});

describe('a level-1 cell that holds only "(50分)"', () => {
  const rows: CellInput[][] = [
    [null, '（50分）', '数量指标', '培训人数', '≥100人', '120人', 30, 30],
    [null, null, '质量指标', '培训合格率', '≥90%', '95%', 20, 20],
    [null, '（30分）', '社会效益指标', '受益人数', '≥50人', '50人', 30, 30],
    [null, '(10分)', '服务对象满意度指标', '培训对象满意度', '≥90%', '95%', 10, 10],
    ['总分', null, null, null, null, null, 90, 90],
  ];

  it('still starts a level-1 group, named from its 二级指标', () => {
    const [table] = recognizeTables(gridOf([HEADER, ...rows], ['B2:B3']));
    expect(indicatorLines(table)).toEqual([
      '2 产出指标/数量指标/培训人数',
      '3 产出指标/质量指标/培训合格率',
      '4 效益指标/社会效益指标/受益人数',
      '5 满意度指标/服务对象满意度指标/培训对象满意度',
    ]);
    const t = scored(rows, ['B2:B3']);
    expect(t.levels.map((l) => [l.level1, l.weight])).toEqual([['产出指标', 50], ['效益指标', 30], ['满意度指标', 10]]);
  });

  it('named from a label written just above it', () => {
    const [table] = recognizeTables(
      gridOf([HEADER, [null, '产出指标'], [null, '（50分）', '数量指标', '培训人数', '≥100人', '120人', 50, 50], [null, '效益指标'], [null, '（50分）', '经济指标', '增收金额', '≥10万元', '12万元', 50, 50]]),
    );
    expect(table.indicators.map((i) => i.level1)).toEqual(['产出指标', '效益指标']);
  });
});

describe('comparators written ≧ ≦ ═ and units shown once', () => {
  it('≧ is at least, ≦ at most, ═ equal', () => {
    const t = scored([
      [null, '产出指标', '数量指标', '培训人数', '≧100人', '90人', 40, 40],
      [null, null, '成本指标', '人均培训成本', '≦500元', '600元', 30, 30],
      [null, null, '质量指标', '培训合格率', '═100%', '90%', 30, 30],
      ['总分', null, null, null, null, null, 100, 100],
    ]);
    expect(t.indicators.map((i) => [i.direction, i.completion])).toEqual([
      ['atLeast', 0.9],
      ['atMost', 0.8333],
      ['equal', 0.9],
    ]);
  });

  it('the Yunnan split shows "100%", not "100%%", when the value cell already has its unit', () => {
    const grid = gridOf([
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分'],
      ['产出指标', '质量指标', '项目验收合格率', '＝', '100%', '%', '100%', 50, 50],
      [null, '数量指标', '检查次数', '≥', 12, '次', 12, 50, 50],
      ['总分', null, null, null, null, null, null, 100, 100],
    ]);
    const t = scoreGrid(grid, NATIONAL).tables[0].evaluation;
    expect(t.indicators.map((i) => [i.target, i.actual])).toEqual([
      ['＝100%', '100%'],
      ['≥12次', '12次'],
    ]);
    expect(JSON.stringify(t)).not.toMatch(/%%/);
  });
});

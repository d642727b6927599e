/** SPEC §1.2 project variants: Yunnan split, central-transfer 绩效目标自评表, Hubei form. */
import { recognizeTables } from '../../../src/core/recognize';
import { describeTable, indicatorLines } from './describe';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';

const TOP: CellInput[][] = [
  ['项目支出绩效自评表'],
  ['（2020年度）'],
  ['项目名称', null, null, '2020年省级自然资源卫片执法补助经费'],
  ['主管部门', null, null, '丽江市自然资源和规划局', null, null, '实施单位', '丽江市古城区自然资源局'],
  ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  [null, '年度资金总额', null, 7.29, 7.29, 7.29, 10, '100%', 10],
  [null, '其中：当年财政拨款', null, 7.29, 7.29, 7.29, '—', null, '—'],
  [null, '上年结转资金', null, null, null, null, '—', null, '—'],
  [null, '其他资金', null, null, null, null, '—', null, '—'],
  ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
  [null, '自然资源卫片执法', null, null, null, null, '完成卫片执法'],
];
const TOP_MERGES = ['A1:K1', 'A2:K2', 'A3:C3', 'D3:K3', 'A4:C4', 'D4:F4', 'H4:K4', 'A5:A9', 'B5:C5', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9', 'A10:A11', 'B10:F10', 'G10:K10', 'B11:F11', 'G11:K11'];

const YUNNAN_ROWS: CellInput[][] = [
  [null, '产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9],
  [null, null, '质量指标', '项目验收合格率', '﹦', 100, '%', 100, 20, 19],
  [null, null, '时效指标', '项目完成及时率', '﹦', 100, '%', 100, 20, 19],
  [null, '效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27],
  [null, '满意度指标', '服务对象满意度指标', '满意度', '≥', 95, '%', 95, 10, 9],
];
const YUNNAN_LINES = ['产出指标/数量指标/卫片执法补助经费', '产出指标/质量指标/项目验收合格率', '产出指标/时效指标/项目完成及时率', '效益指标/社会效益指标/违法行为责停率', '满意度指标/服务对象满意度指标/满意度'];

describe('Yunnan split: 指标性质 · 指标值 · 度量单位', () => {
  it('reads the three columns from one header row', () => {
    const grid = gridOf(
      [
        ...TOP,
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ...YUNNAN_ROWS,
        ['总分', null, null, null, null, null, null, null, 100, 93],
      ],
      [...TOP_MERGES, 'A12:A17', 'B13:B15', 'A18:H18'],
    );
    const [table, ...rest] = recognizeTables(grid);
    expect(rest).toHaveLength(0);
    const d = describeTable(table);
    expect(d).toMatchObject({ kind: 'project', variant: 'yunnan', range: 'A1:K18', headerRow: 12, firstIndicatorRow: 13, lastIndicatorRow: 17, applicableCount: 5 });
    expect(d.columns).toEqual({ level1: 'B', level2: 'C', name: 'D', nature: 'E', target: 'F', unit: 'G', actual: 'H', weight: 'I', score: 'J', reason: 'K' });
    expect(d.budget).toMatchObject({ row: 6, adjusted: 'E6', executed: 'F6', weight: 'G6', rate: 'H6', score: 'I6' });
    expect(d.total).toEqual({ labelCell: 'A18', weight: 'I18', score: 'J18', gradeCell: 'K18' });
    expect(indicatorLines(table).map((l) => l.replace(/^\d+ /, ''))).toEqual(YUNNAN_LINES);
  });

  it('reads 年度指标值 merged over the three sub-columns of the row below', () => {
    const grid = gridOf(
      [
        ...TOP,
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        [null, null, null, null, '指标性质', '指标值', '度量单位'],
        ...YUNNAN_ROWS,
        ['总分', null, null, null, null, null, null, null, 100, 93],
      ],
      [...TOP_MERGES, 'A12:A18', 'B12:B13', 'C12:C13', 'D12:D13', 'E12:G12', 'H12:H13', 'I12:I13', 'J12:J13', 'K12:K13', 'B14:B16', 'A19:H19'],
    );
    const [table, ...rest] = recognizeTables(grid);
    expect(rest).toHaveLength(0);
    const d = describeTable(table);
    expect(d).toMatchObject({ variant: 'yunnan', range: 'A1:K19', headerRow: 12, firstIndicatorRow: 14, lastIndicatorRow: 18, applicableCount: 5, findings: [] });
    expect(d.columns).toEqual({ level1: 'B', level2: 'C', name: 'D', nature: 'E', target: 'F', unit: 'G', actual: 'H', weight: 'I', score: 'J', reason: 'K' });
    expect(d.total).toEqual({ labelCell: 'A19', weight: 'I19', score: 'J19', gradeCell: 'K19' });
    expect(indicatorLines(table).map((l) => l.replace(/^\d+ /, ''))).toEqual(YUNNAN_LINES);
  });
});

describe('central-transfer 绩效目标自评表', () => {
  const grid = gridOf(
    [
      ['绩效目标自评表'],
      ['（2023年度）'],
      ['项目名称', null, null, '2023年农村劳动力转移就业技能培训'],
      ['主管部门', null, null, '某区人力资源局', null, null, '实施单位', '某区就业训练中心'],
      ['项目资金（万元）', null, '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'],
      [null, '年度资金总额', 50, 45, 10, '90.00%', 9],
      [null, '其中：本年财政拨款', 50, 45, '—', null, '—'],
      ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
      [null, '完成500人次就业技能培训。', null, null, null, null, '完成460人次培训。'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'],
      [null, '产出指标', '数量指标', '培训人次', 10, '≥500人次', '460人次', 9.2, '受疫情影响，部分培训延期。'],
      [null, null, '质量指标', '培训合格率', 20, '≥90%', '93%', 20],
      [null, null, '时效指标', '培训完成时间', 10, '2023年12月底前', '2023年11月', 10],
      [null, null, '成本指标', '人均培训成本', 10, '≤1000元', '978.26元', 10],
      [null, '效益指标', '社会效益指标', '参训人员就业率', 20, '≥60%', '48%', 16],
      [null, null, '可持续影响指标', '培训机制长效运行', 10, '长期', '基本达成', 7],
      [null, '满意度指标', '服务对象满意度指标', '参训人员满意度', 10, '≥90%', '95%', 10],
      ['总分', null, null, null, 100, null, null, 91.2],
    ],
    ['A1:J1', 'A2:J2', 'A3:C3', 'D3:J3', 'A4:C4', 'D4:F4', 'H4:J4', 'A5:A7', 'B8:F8', 'G8:J8', 'A8:A9', 'B9:F9', 'G9:J9', 'I10:J10', 'A10:A17', 'I11:J11', 'B11:B14', 'I12:J12', 'I13:J13', 'I14:J14', 'I15:J15', 'B15:B16', 'I16:J16', 'I17:J17', 'A18:D18', 'I18:J18'],
  );

  it('puts 分值 before the values and reads the short 资金 block', () => {
    const [table, ...rest] = recognizeTables(grid);
    expect(rest).toHaveLength(0);
    expect(describeTable(table)).toEqual({
      sheet: 'Sheet1',
      kind: 'project',
      variant: 'central',
      range: 'A1:J18',
      name: '2023年农村劳动力转移就业技能培训',
      nameCell: 'D3',
      headerRow: 10,
      columns: { level1: 'B', level2: 'C', name: 'D', weight: 'E', target: 'F', actual: 'G', score: 'H', reason: 'I' },
      budget: { row: 6, labelCell: 'B6', planned: null, adjusted: 'C6', executed: 'D6', weight: 'E6', rate: 'F6', score: 'G6', statedWeight: null, lines: ['7:其中:本年财政拨款'] },
      indicatorCount: 7,
      applicableCount: 7,
      firstIndicatorRow: 11,
      lastIndicatorRow: 17,
      total: { labelCell: 'A18', weight: 'E18', score: 'H18', gradeCell: 'I18' },
      reasonCell: null,
      findings: [],
    });
  });
});

describe('Hubei form', () => {
  const rows = (scoreHeader: string): CellInput[][] => [
    ['项目支出绩效自评表'],
    ['项目名称', '社区养老服务补助'],
    ['预算执行情况（20分）', '预算数(A)', '执行数(B)', '执行率', scoreHeader],
    [null, 100, 95, '95%', 19],
    ['年度绩效目标（80分）'],
    ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分', '偏差原因分析'],
    ['产出指标', '数量指标', '服务老人人数', '≥500人', '520人', 20],
    [null, '质量指标', '服务达标率', '≥95%', '96%', 20],
    ['效益指标', '社会效益指标', '老人生活质量', '明显提升', '明显提升', 20],
    ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%', '93%', 20],
    ['总分', null, null, null, null, 99],
  ];
  const merges = ['A1:G1', 'B2:G2', 'A3:A4', 'A5:G5', 'A7:A8', 'A11:E11'];

  it('finds the budget block, the stated 20 points and the indicators with no 分值 column', () => {
    const [table, ...rest] = recognizeTables(gridOf(rows('得分(20分×执行率)'), merges));
    expect(rest).toHaveLength(0);
    expect(describeTable(table)).toEqual({
      sheet: 'Sheet1',
      kind: 'project',
      variant: 'hubei',
      range: 'A1:G11',
      name: '社区养老服务补助',
      nameCell: 'B2',
      headerRow: 6,
      columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', score: 'F', reason: 'G' },
      budget: { row: 4, labelCell: 'A3', planned: null, adjusted: 'B4', executed: 'C4', rate: 'D4', weight: null, score: 'E4', statedWeight: 20, lines: [] },
      indicatorCount: 4,
      applicableCount: 4,
      firstIndicatorRow: 7,
      lastIndicatorRow: 10,
      total: { labelCell: 'A11', weight: null, score: 'F11', gradeCell: 'G11' },
      reasonCell: null,
      findings: [],
    });
    expect(indicatorLines(table)).toEqual([
      '7 产出指标/数量指标/服务老人人数',
      '8 产出指标/质量指标/服务达标率',
      '9 效益指标/社会效益指标/老人生活质量',
      '10 满意度指标/服务对象满意度指标/老人满意度',
    ]);
  });

  it('takes the 20 points from 预算执行情况（20分） when the 得分 header states none', () => {
    const [table] = recognizeTables(gridOf(rows('得分'), merges));
    expect(table.budget?.statedWeight).toBe(20);
    expect(table.variant).toBe('hubei');
  });
});

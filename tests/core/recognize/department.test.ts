/** SPEC §1.2 部门整体支出绩效自评表: Wuhan style (no 分值/得分) and Chongqing style (权重, 得分系数, 自评总分 above). */
import { recognizeTables } from '../../../src/core/recognize';
import { describeTable, indicatorLines } from './describe';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';

describe('部门整体 Wuhan style', () => {
  const grid = gridOf(
    [
      ['2023年度武汉市蔡甸区残疾人联合会部门整体绩效自评表'],
      ['单位名称', null, '武汉市蔡甸区残疾人联合会'],
      ['基本支出总额', null, '682.14', '项目支出总额', '2,112.55'],
      ['预算执行情况（万元）', null, null, '预算数（A）', '执行数（B）', '执行率（B/A）'],
      [null, null, '部门整体支出总额', '3,660.83', '2,794.69', '76.34%'],
      ['年度目标1：加强基层残疾人组织建设，提升服务残疾人的能力和水平。'],
      ['年度绩效目标完成情况', '一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值'],
      [null, '产出指标', '数量指标', '残疾人康复救助补贴人次', '1100人次', '1400人'],
      [null, null, null, '残疾儿童康复服务人数', '100人', '176人'],
      [null, null, null, '残疾人农村实用技术培训人数', '140人', '120人'],
      [null, null, '质量指标', '补贴到位率', '100%', '100%'],
      [null, null, '时效指标', '项目完成及时率', '100%', '100%'],
      [null, '效益指标', '社会效益指标', '残疾人精准康复服务率', '95.00%', '95.00%'],
      [null, null, null, '非法赴市、赴省、赴京上访事件', '0', '0'],
      [null, '满意度指标', '服务对象满意度指标', '补贴对象满意度', '90%', '90%'],
      ['偏差大或目标未完成原因分析', null, '年初预算编制有待提高。'],
      ['改进措施及结果应用方案', null, '提高预算编制准确性。'],
    ],
    ['A1:F1', 'A2:B2', 'C2:F2', 'A3:B3', 'E3:F3', 'A4:B5', 'A6:F6', 'A7:A15', 'B8:B12', 'C8:C10', 'B13:B14', 'C13:C14', 'A16:B16', 'C16:F16', 'A17:B17', 'C17:F17'],
  );

  it('is a department table with no weight or score column and a table-level reason cell', () => {
    const [table, ...rest] = recognizeTables(grid);
    expect(rest).toHaveLength(0);
    expect(describeTable(table)).toEqual({
      sheet: 'Sheet1',
      kind: 'department',
      variant: 'wuhan-dept',
      range: 'A1:F17',
      name: '武汉市蔡甸区残疾人联合会',
      nameCell: 'C2',
      headerRow: 7,
      columns: { level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F' },
      budget: { row: 5, labelCell: 'C5', planned: null, adjusted: 'D5', executed: 'E5', rate: 'F5', weight: null, score: null, statedWeight: null, lines: [] },
      indicatorCount: 8,
      applicableCount: 8,
      firstIndicatorRow: 8,
      lastIndicatorRow: 15,
      total: null,
      reasonCell: 'C16',
      findings: [],
    });
    expect(indicatorLines(table).slice(0, 3)).toEqual([
      '8 产出指标/数量指标/残疾人康复救助补贴人次',
      '9 产出指标/数量指标/残疾儿童康复服务人数',
      '10 产出指标/数量指标/残疾人农村实用技术培训人数',
    ]);
    expect(indicatorLines(table)[6]).toBe('14 效益指标/社会效益指标/非法赴市、赴省、赴京上访事件');
  });
});

describe('部门整体 Chongqing style', () => {
  const rows = (statedTotal: CellInput): CellInput[][] => [
    ['2023年度部门整体绩效自评表'],
    ['部门名称', '重庆市某区教育委员会', null, null, null, '自评总分', statedTotal],
    ['预算执行情况（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率', '执行率权重', '执行率得分'],
    [null, 1000, 1200, 1150, '95.83%', 10, 9.58],
    ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重', '指标得分', '是否核心指标'],
    ['新建学校数', '所', '定量', 5, 5, 5, 100, 30, 30, '是'],
    ['教师培训人次', '人次', '定量', 1000, 1200, 1100, 91.67, 30, 27.5, '否'],
    ['教学质量', null, '定性', '明显提升', null, '明显提升', 100, 20, 20, '是'],
    ['群众满意度', '%', '定量', 90, null, 92, 100, 10, 10, '否'],
  ];
  const merges = ['A1:J1', 'B2:E2', 'A3:A4'];

  it('reads every column, the 执行率 line and the 自评总分 stated above the table', () => {
    const [table, ...rest] = recognizeTables(gridOf(rows(97.08), merges));
    expect(rest).toHaveLength(0);
    expect(describeTable(table)).toEqual({
      sheet: 'Sheet1',
      kind: 'department',
      variant: 'chongqing-dept',
      range: 'A1:J9',
      name: '重庆市某区教育委员会',
      nameCell: 'B2',
      headerRow: 5,
      columns: { name: 'A', unit: 'B', nature: 'C', target: 'D', targetAdjusted: 'E', actual: 'F', coefficient: 'G', weight: 'H', score: 'I', core: 'J' },
      budget: { row: 4, labelCell: 'A3', planned: 'B4', adjusted: 'C4', executed: 'D4', rate: 'E4', weight: 'F4', score: 'G4', statedWeight: null, lines: [] },
      indicatorCount: 4,
      applicableCount: 4,
      firstIndicatorRow: 6,
      lastIndicatorRow: 9,
      total: { labelCell: 'F2', weight: null, score: 'G2', gradeCell: 'H2' },
      reasonCell: null,
      findings: [],
    });
    expect(indicatorLines(table)).toEqual(['6 //新建学校数', '7 //教师培训人次', '8 //教学质量', '9 //群众满意度']);
  });

  it('accepts a 自评总分 written as text, or left empty for the tool to fill', () => {
    const [asText] = recognizeTables(gridOf(rows('97.08分'), merges));
    expect(describeTable(asText).total).toEqual({ labelCell: 'F2', weight: null, score: 'G2', gradeCell: 'H2' });
    const [empty] = recognizeTables(gridOf(rows(null), merges));
    expect(describeTable(empty).total).toEqual({ labelCell: 'F2', weight: null, score: 'G2', gradeCell: 'H2' });
  });

  it('reads a budget line that has only 执行率 · 执行率权重 · 执行率得分', () => {
    const g = rows(97.08);
    g[2] = ['预算执行', '执行率', '执行率权重', '执行率得分'];
    g[3] = [null, '95.83%', 10, 9.58];
    const [table] = recognizeTables(gridOf(g, merges));
    expect(describeTable(table).budget).toMatchObject({ row: 4, labelCell: 'A3', planned: null, adjusted: null, executed: null, rate: 'B4', weight: 'C4', score: 'D4' });
  });

  it('uses a 总分 row under the indicators rather than the header when both exist', () => {
    const g = [...rows(97.08), ['合计', null, null, null, null, null, null, 90, 87.5]];
    const [table] = recognizeTables(gridOf(g, merges));
    expect(describeTable(table).total).toEqual({ labelCell: 'A10', weight: 'H10', score: 'I10', gradeCell: 'J10' });
    expect(describeTable(table).range).toBe('A1:J10');
  });
});

/**
 * A national-layout 项目支出绩效自评表 built in code (the same numbers as tests/fixtures/national-problems.xlsx):
 * 执行率 2794.69 / 3660.83 = 76.34 % → 7.63 of 10; 培训人数 120 of 140 → 8.57 of 10; everything else full.
 * Recomputed total 96.2 (优) against a reported 100.
 */
import { Grid, parseRangeA1 } from '../../src/core/grid';
import type { CellRange, CellScalar, GridCell } from '../../src/core/grid';

const ROWS: CellScalar[][] = [
  ['项目支出绩效自评表'],
  ['（2023年度）'],
  ['项目名称', null, null, '2023年度残疾人事业综合经费'],
  ['主管部门', null, null, '武汉市蔡甸区残疾人联合会', null, null, '实施单位', '武汉市蔡甸区残疾人联合会'],
  ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  [null, '年度资金总额', null, 1485.73, 3660.83, 2794.69, 10, '76.34%', 10],
  [null, '其中：当年财政拨款', null, 1485.73, 3660.83, 2794.69, '—', null, '—'],
  [null, '上年结转资金', null, null, null, null, '—', null, '—'],
  [null, '其他资金', null, null, null, null, '—', null, '—'],
  ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
  [null, '加强基层残疾人组织建设，开展各项残疾人活动，提升服务残疾人的能力和水平。', null, null, null, null, '基本完成年度目标。'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  [null, '产出指标', '数量指标', '残疾人康复救助补贴人次', '1100人次', '1400人次', 10, 10],
  [null, null, null, '残疾儿童康复服务人数', '100人', '176人', 10, 10],
  [null, null, null, '残疾人农村实用技术培训人数', '140人', '120人', 10, 10, '本年度参加技术培训人数减少。'],
  [null, null, null, '残疾人乘车持卡人数', '5000人', '6681人', 5, 5],
  [null, null, '质量指标', '补贴到位率', '100%', '100%', 5, 5],
  [null, null, '时效指标', '项目完成及时率', '100%', '100%', 10, 10],
  [null, '效益指标', '社会效益指标', '残疾人精准康复服务率', '95%', '95%', 15, 15],
  [null, null, null, '非法赴市、赴省、赴京上访事件', '0', '0', 15, 16],
  [null, '满意度指标', '服务对象满意度指标', '补贴对象满意度', '≥90%', '90%', 10, 10],
  ['总分', null, null, null, null, null, 100, 100],
];

const MERGES = [
  'A1:J1', 'A2:J2', 'A3:C3', 'D3:J3', 'A4:C4', 'D4:F4', 'H4:J4', 'B5:C5', 'A5:A9', 'B6:C6', 'B7:C7', 'B8:C8',
  'B9:C9', 'B10:F10', 'G10:J10', 'A10:A11', 'B11:F11', 'G11:J11', 'I12:J12', 'A12:A21', 'I13:J13', 'B13:B18',
  'C13:C16', 'I14:J14', 'I15:J15', 'I16:J16', 'I17:J17', 'I18:J18', 'I19:J19', 'B19:B20', 'C19:C20', 'I20:J20',
  'I21:J21', 'A22:F22', 'I22:J22',
];

export function nationalGrid(sheet = '2023自评'): Grid {
  const cells: Array<[number, number, GridCell]> = [];
  ROWS.forEach((row, r) => row.forEach((value, c) => value !== null && cells.push([r, c, { value }])));
  const merges = MERGES.map((m) => parseRangeA1(m) as CellRange);
  return new Grid(sheet, cells, merges);
}

/** A sheet that is not a table (说明). */
export function notesGrid(sheet = '填报说明'): Grid {
  return new Grid(sheet, [
    [0, 0, { value: '填报说明' }],
    [1, 0, { value: '请各单位于3月31日前报送自评表。' }],
  ]);
}

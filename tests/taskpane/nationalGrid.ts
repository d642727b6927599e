/**
 * A national-layout 项目支出绩效自评表 built in code (the same numbers as tests/fixtures/national-problems.xlsx):
 * 执行率 2794.69 / 3660.83 = 76.34 % → 7.63 of 10; 培训人数 120 of 140 → 8.57 of 10; everything else full.
 * Recomputed total 96.2 (优) against a reported 100.
 */
import { Grid, type CellScalar } from '../../src/core/grid';
import { BUDGET_HEADS, budgetLine, nationalRows, type NationalIndicator } from '../helpers/layouts/national';
import { toGrid } from '../helpers/layouts/place';

const ind = (level1: string, level2: string, name: string, target: string, actual: string, weight: number, score: number, reason?: string): NationalIndicator<CellScalar> =>
  ({ level1, level2, name, target, actual, weight, score, reason });

export function nationalGrid(sheet = '2023自评'): Grid {
  const table = nationalRows<CellScalar>({
    title: '项目支出绩效自评表',
    year: '（2023年度）',
    nameLabel: '项目名称',
    name: '2023年度残疾人事业综合经费',
    department: '武汉市蔡甸区残疾人联合会',
    unit: '武汉市蔡甸区残疾人联合会',
    budget: {
      heads: BUDGET_HEADS,
      total: [1485.73, 3660.83, 2794.69, 10, '76.34%', 10],
      lines: [budgetLine('其中：当年财政拨款', 1485.73, 3660.83, 2794.69), budgetLine('上年结转资金', null, null, null), budgetLine('其他资金', null, null, null)],
    },
    goals: ['加强基层残疾人组织建设，开展各项残疾人活动，提升服务残疾人的能力和水平。', '基本完成年度目标。'],
    indicators: [
      ind('产出指标', '数量指标', '残疾人康复救助补贴人次', '1100人次', '1400人次', 10, 10),
      ind('产出指标', '数量指标', '残疾儿童康复服务人数', '100人', '176人', 10, 10),
      ind('产出指标', '数量指标', '残疾人农村实用技术培训人数', '140人', '120人', 10, 10, '本年度参加技术培训人数减少。'),
      ind('产出指标', '数量指标', '残疾人乘车持卡人数', '5000人', '6681人', 5, 5),
      ind('产出指标', '质量指标', '补贴到位率', '100%', '100%', 5, 5),
      ind('产出指标', '时效指标', '项目完成及时率', '100%', '100%', 10, 10),
      ind('效益指标', '社会效益指标', '残疾人精准康复服务率', '95%', '95%', 15, 15),
      ind('效益指标', '社会效益指标', '非法赴市、赴省、赴京上访事件', '0', '0', 15, 16),
      ind('满意度指标', '服务对象满意度指标', '补贴对象满意度', '≥90%', '90%', 10, 10),
    ],
    levels: 'merged',
    total: { weight: 100, score: 100 },
    formMerges: true,
    reasonMerges: true,
    totalReasonMerge: true,
  });
  return toGrid(table, sheet);
}

/** A sheet that is not a table (说明). */
export function notesGrid(sheet = '填报说明'): Grid {
  return new Grid(sheet, [
    [0, 0, { value: '填报说明' }],
    [1, 0, { value: '请各单位于3月31日前报送自评表。' }],
  ]);
}

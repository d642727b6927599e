/**
 * A national-layout 项目支出绩效自评表 (as tests/fixtures/national-kunming-2022.xlsx) with any number of
 * indicator rows, built directly as a Grid: the same header, 资金 block, 年度总体目标, merges (一级指标
 * column per group, reason columns I:J per row) and 总分 row, indicators cycling through quantitative
 * (≥, ≤, %, =) and qualitative rows with a mix of met, missed and mis-scored values.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Grid } = require('../build/core/grid.js');

const SAMPLES = [
  // level2, name, target, actual, completion-ish score share (1 = full marks reported)
  ['数量指标', '托养服务人数', '≥2800人', '2979人', 1],
  ['质量指标', '托养机构服务规范率', '≥95%', '91%', 1],
  ['时效指标', '补助资金拨付及时率', '100%', '100%', 1],
  ['成本指标', '人均市级补助', '≤1500元/人/年', '1409.87元/人/年', 1],
  ['数量指标', '培训人次', '≥500人次', '430人次', 0.8],
  ['社会效益指标', '减轻残疾人家庭照护负担', '效果明显', '效果明显', 1],
  ['可持续影响指标', '托养服务长效机制', '达成年度指标', '部分达成年度指标并具有一定效果', 0.8],
  ['服务对象满意度指标', '服务对象满意度', '≥85%', '98.06%', 1],
  ['数量指标', '新建校舍面积', '=1200平方米', '1200平方米', 1],
  ['质量指标', '工程验收合格率', '100%', '96%', 1],
];

const LEVEL1 = (i, n) => (i < n * 0.5 ? '产出指标' : i < n * 0.8 ? '效益指标' : '满意度指标');

/** `indicators` rows; weights share 90 points (10 go to 预算执行率), as the national form has it. */
export function nationalGrid(indicators) {
  const cells = [];
  const merges = [];
  const put = (r, c, value) => cells.push([r, c, { value }]);
  const merge = (top, left, bottom, right) => merges.push({ top, left, bottom, right });

  put(0, 0, '项目支出绩效自评表'), merge(0, 0, 0, 9);
  put(1, 0, '（2022年度）'), merge(1, 0, 1, 9);
  put(2, 0, '项目名称'), merge(2, 0, 2, 2), put(2, 3, `基准测试项目（${indicators}项指标）`), merge(2, 3, 2, 9);
  put(3, 0, '主管部门'), merge(3, 0, 3, 2), put(3, 3, '昆明市残疾人联合会'), merge(3, 3, 3, 5);
  put(3, 6, '实施单位'), put(3, 7, '昆明市残疾人联合会'), merge(3, 7, 3, 9);
  put(4, 0, '项目资金（万元）'), merge(4, 0, 8, 0), merge(4, 1, 4, 2);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => put(4, 3 + i, h));
  put(5, 1, '年度资金总额'), merge(5, 1, 5, 2);
  [420, 420, 401.5, 10, '95.60%', 10].forEach((v, i) => put(5, 3 + i, v));
  [['其中：当年财政拨款', 420, 420, 401.5], ['上年结转资金', 0, 0, 0], ['其他资金', 0, 0, 0]].forEach(([label, ...v], k) => {
    put(6 + k, 1, label), merge(6 + k, 1, 6 + k, 2);
    v.forEach((x, i) => put(6 + k, 3 + i, x));
    put(6 + k, 6, '—'), put(6 + k, 8, '—');
  });
  put(9, 0, '年度总体目标'), merge(9, 0, 10, 0), put(9, 1, '预期目标'), merge(9, 1, 9, 5), put(9, 6, '实际完成情况'), merge(9, 6, 9, 9);
  put(10, 1, '为2800名残疾人提供托养服务。'), merge(10, 1, 10, 5), put(10, 6, '完成2979人的托养服务任务。'), merge(10, 6, 10, 9);

  const header = 11;
  put(header, 0, '绩效指标');
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => put(header, 1 + i, h));
  merge(header, 8, header, 9);
  const weight = Math.round((90 / indicators) * 10000) / 10000;
  let reportedTotal = 10;
  let groupStart = header + 1;
  for (let i = 0; i < indicators; i++) {
    const r = header + 1 + i;
    const [level2, name, target, actual, share] = SAMPLES[i % SAMPLES.length];
    const level1 = LEVEL1(i, indicators);
    if (i === 0 || level1 !== LEVEL1(i - 1, indicators)) {
      if (i > 0 && r - 1 > groupStart) merge(groupStart, 1, r - 1, 1);
      groupStart = r;
      put(r, 1, level1);
    }
    const score = Math.round(weight * share * 10000) / 10000;
    reportedTotal += score;
    put(r, 2, level2), put(r, 3, `${name}${i + 1}`), put(r, 4, target), put(r, 5, actual), put(r, 6, weight), put(r, 7, score);
    merge(r, 8, r, 9);
  }
  const totalRow = header + 1 + indicators;
  if (totalRow - 1 > groupStart) merge(groupStart, 1, totalRow - 1, 1);
  merge(header, 0, totalRow - 1, 0);
  put(totalRow, 0, '总分'), merge(totalRow, 0, totalRow, 5), put(totalRow, 6, 100), put(totalRow, 7, Math.round(reportedTotal * 100) / 100);
  merge(totalRow, 8, totalRow, 9);
  return new Grid('自评表', cells, merges);
}

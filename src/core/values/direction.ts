/** Which way a target points when the value cell states no comparator: from the indicator's name. */
import { normalizeText } from './normalize';

/** Names about things that should stay low (SPEC §2, plus 损失率, 事故率, 超标). Specific words first. */
const LOW_IS_GOOD = [
  '损失率', '事故率', '发生率', '差错率', '变动率', '结余率', '调整率', '控制率', '超支', '超标', '成本', '费用',
  '单价', '结转', '投诉', '上访', '事故', '事件',
];

/**
 * Words that make a low-is-good name a high-is-good one: "投诉办结率", "突发事件处置率", "费用报销及时率",
 * "成本节约率" measure how well the bad thing is handled or reduced.
 */
const HIGH_IS_GOOD = [
  '处理率', '处置率', '办结率', '解决率', '回复率', '答复率', '化解率', '查处率', '结案率', '整改率', '及时率',
  '完成率', '合格率', '达标率', '满意度', '满意率', '知晓率', '覆盖率', '执行率', '节约', '节省', '降低', '下降',
  '减少', '压减', '压缩',
];

/**
 * The direction an indicator without a comparator is judged in, and why (zh-CN, for the JSON/basis).
 * @example directionFromName('人均培训成本') // { direction: 'atMost', reason: '指标名称含“成本”，按越低越好（不高于）判断' }
 */
export function directionFromName(name: string): { direction: 'atLeast' | 'atMost'; reason: string } {
  const t = typeof name === 'string' ? normalizeText(name) : '';
  const low = LOW_IS_GOOD.find((w) => t.includes(w));
  if (!low) return { direction: 'atLeast', reason: '指标名称未表明越低越好，按不低于判断' };
  const high = HIGH_IS_GOOD.find((w) => t.includes(w));
  if (high) {
    return { direction: 'atLeast', reason: `指标名称含“${low}”，但“${high}”越高越好，按不低于判断` };
  }
  return { direction: 'atMost', reason: `指标名称含“${low}”，按越低越好（不高于）判断` };
}

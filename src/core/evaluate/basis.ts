/**
 * The zh-CN sentences that show how a score was reached (basis) and the deviation commentary
 * (SPEC §5). A clerk must be able to defend every re-score to the unit with them.
 */
import type { Direction } from '../evaluation';
import type { QualitativeOutcome } from '../rules/qualitative';
import { formatQuantity } from '../values';
import { fmtNum, fmtPercent, fmtShare, quote } from '../format';

export interface QuantityFacts {
  target: number;
  actual: number;
  unit: string | null;
  direction: Direction;
  weight: number | null;
  score: number | null;
  completion: number | null;
  met: boolean;
  upper?: number;
  /** Points lost to a large over-achievement (profile `overAchievement: deduct`), 0 when none. */
  deduction?: number;
  /** The profile's over-achievement threshold, named in the basis of a deduction. */
  overThreshold?: number;
}

const q = (v: number, unit: string | null) => formatQuantity(v, unit);
/** The relation shown between actual and target: the rule's sign when met, otherwise the side it missed on. */
function relation(f: QuantityFacts): string {
  if (f.upper !== undefined) return f.met ? (f.actual > f.upper ? '高于' : '在') : '低于';
  if (f.direction === 'atLeast') return f.met ? '≥' : '<';
  if (f.direction === 'atMost') return f.met ? '≤' : '>';
  // equal: at the target, above it (over-achievement, met) or below it.
  if (Math.abs(f.actual - f.target) <= 1e-9 * Math.max(1, Math.abs(f.target))) return '=';
  return f.actual > f.target ? '>' : '<';
}

export function quantity(f: QuantityFacts): string {
  const targetText = f.upper !== undefined ? `${q(f.target, f.unit)}～${q(f.upper, f.unit)}` : q(f.target, f.unit);
  const head = `实际${q(f.actual, f.unit)} ${relation(f)} 指标值${targetText}`;
  const rate = f.completion !== null ? `，完成率${fmtPercent(f.completion)}` : '';
  if (f.weight === null) return `${head}${rate}（无分值，不计分）`;
  if (f.met && f.deduction) {
    return `${head}${rate}，超额完成（完成率达${fmtShare(f.overThreshold ?? 1)}）按规则扣${fmtNum(f.deduction)}分，得分 = ${fmtNum(f.weight)} − ${fmtNum(f.deduction)} = ${fmtNum(f.score ?? 0)}分`;
  }
  if (f.met) return `${head}${rate}，得满分${fmtNum(f.weight)}分`;
  if (f.completion === null || f.score === 0) return `${head}，未达成，得0分`;
  // The exact fraction, not the rounded rate, so the arithmetic in the sentence gives the score shown.
  const ratio = f.direction === 'atMost' ? `${fmtNum(f.target, 6)} / ${fmtNum(f.actual, 6)}` : `${fmtNum(f.actual, 6)} / ${fmtNum(f.target, 6)}`;
  return `${head}${rate}，得分 = ${fmtNum(f.weight)} × ${ratio} = ${fmtNum(f.score ?? 0)}分`;
}

/** Why the target was missed, for TARGET_MISSED. */
export function missDetail(f: QuantityFacts): string {
  const rate = f.completion !== null ? `，完成率${fmtPercent(f.completion)}` : '';
  if (f.direction === 'atMost') return `实际${q(f.actual, f.unit)}超过指标值${q(f.target, f.unit)}${rate}`;
  return `实际${q(f.actual, f.unit)}低于指标值${q(f.target, f.unit)}${rate}`;
}

/** A difference between two values; between percentages it is in 个百分点 (95% − 90% is not "5%" of anything). */
const gap = (v: number, unit: string | null) => (unit === '%' ? `${fmtNum(v)}个百分点` : q(v, unit));

/** 偏差说明 for a quantitative indicator that needs one. */
export function quantityCommentary(f: QuantityFacts, name: string): string {
  const diff = Math.abs(f.actual - f.target);
  const rel = f.target !== 0 ? ` ${fmtPercent(diff / Math.abs(f.target))}` : '';
  if (f.direction === 'atMost') {
    const what = /成本|费用|单价|支出|资金/.test(name) ? '实际成本' : '实际值';
    if (!f.met) return `${what}${q(f.actual, f.unit)}，超出指标值${q(f.target, f.unit)}${rel.trim()}。`;
    return `${what}${q(f.actual, f.unit)}，低于指标值${q(f.target, f.unit)}${rel.trim()}，偏差较大，请分析年初指标值设定是否偏高。`;
  }
  if (!f.met) {
    const rate = f.completion !== null ? `，完成率${fmtPercent(f.completion)}` : '';
    return `实际完成${q(f.actual, f.unit)}，较年度指标值${q(f.target, f.unit)}少${gap(diff, f.unit)}${rate}，未达成年度指标。`;
  }
  const base = f.upper ?? f.target;
  const over = f.actual - base;
  const pct = base !== 0 ? `（${fmtPercent(over / Math.abs(base))}）` : '';
  return `实际完成${q(f.actual, f.unit)}，较年度指标值${q(base, f.unit)}超出${gap(over, f.unit)}${pct}，偏差较大，请分析年初指标值设定是否偏低。`;
}

export function qualitative(tierName: string, o: QualitativeOutcome, reported: number | null, defaultShare: number): string {
  const range = `${fmtNum(o.low)}–${fmtNum(o.high)}分`;
  if (o.accepted) return `定性指标，属“${quote(tierName)}”档（${range}），自评${fmtNum(reported ?? 0)}分在档内，予以认可`;
  if (reported === null) return `定性指标，属“${quote(tierName)}”档（${range}），未填自评得分，按${fmtShare(defaultShare)}计${fmtNum(o.score)}分`;
  return `定性指标，属“${quote(tierName)}”档（${range}），自评${fmtNum(reported)}分不在档内，按${fmtShare(defaultShare)}计${fmtNum(o.score)}分`;
}

/** 执行率 commentary (SPEC §5): 「预算执行率76.34%，低于90%，请说明原因。」 */
export function rateCommentary(rate: number, threshold: number): string {
  return `预算执行率${fmtPercent(rate)}，低于${fmtShare(threshold)}，请说明原因。`;
}

export const wordsForNumber = (actual: string, target: string) => `指标值“${quote(target)}”是数值，实际完成值却填写“${quote(actual)}”，按文字归档`;
export const missing = (what: string) => `${what}为空，无法认定完成情况，按0分计`;
export const cellError = () => '所用单元格为错误值，无法核对，按0分计';
export const unreadable = (what: string) => `${what}无法识别，暂按自评得分计，请人工核实`;
export const unitMismatch = () => '计量单位不一致且无法换算，暂按自评得分计，请人工核实';
export const needsJudgement = (text: string) => `“${quote(text)}”无法自动归档，暂按自评得分计，请人工判断`;
export const dateMet = (actual: string, target: string, score: number | null) =>
  `实际完成时间“${quote(actual)}”不晚于要求的“${quote(target)}”${score === null ? '' : `，得满分${fmtNum(score)}分`}`;
export const dateMissed = (actual: string, target: string) => `实际完成时间“${quote(actual)}”晚于要求的“${quote(target)}”，按未达成档计`;

/**
 * The indicator design checks of SPEC §3.4, one small rule per code, registered in `DESIGN_CHECKS`.
 * They report; they never change a score.
 */
import type { DesignCheck, DesignInput, DesignRow } from './types';
import type { Finding } from '../findings';
import { levelKey } from '../evaluate/weights';
import { normalizeText } from '../values/normalize';
import * as msg from '../messages';
import {
  COST_RISE_IS_GOOD,
  DEFINITE_STATE_WORDS,
  NO_SURVEY_PHRASES,
  NO_SURVEY_WORDS,
  SAME_PERCENT_MIN_ROWS,
  SPENDING_EXCEPTIONS,
  SPENDING_WORDS,
} from './words';

const level = (r: DesignRow) => levelKey(r.ev.level1);
const has = (text: string, words: readonly string[]) => words.find((w) => text.includes(w)) ?? null;

/** A 产出 indicator whose name or target is money flow. */
function quantityIsSpending({ rows }: DesignInput): Finding[] {
  return rows.flatMap((r) => {
    if (level(r) !== '产出指标') return [];
    const text = normalizeText(`${r.ev.name}${r.ev.target}`);
    const word = has(text, SPENDING_WORDS);
    return word && !has(text, SPENDING_EXCEPTIONS) ? [msg.quantityIsSpending(r.ev.cell, r.ev.name, word)] : [];
  });
}

/** A 成本 indicator whose target says "at least". */
function costDirection({ rows }: DesignInput): Finding[] {
  return rows.flatMap((r) => {
    const cost = r.ev.level2.includes('成本') || (r.ev.level2 === '' && r.ev.name.includes('成本'));
    if (!cost || r.target.kind !== 'quantity' || has(normalizeText(r.ev.name), COST_RISE_IS_GOOD)) return [];
    const atLeast = r.target.comparator === 'atLeast' || r.target.comparator === 'greater';
    return atLeast ? [msg.costDirection(r.targetCell, r.ev.name, r.ev.target)] : [];
  });
}

/** The name without numbering ("1.", "（2）", "指标3：") and punctuation. */
function nameKey(name: string): string {
  return normalizeText(name)
    .replace(/^(?:\(?\d+[).、]|指标\d+[:：])/, '')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** The same 三级指标 twice in one table. */
function duplicateIndicator({ rows }: DesignInput): Finding[] {
  const first = new Map<string, DesignRow>();
  const out: Finding[] = [];
  for (const r of rows) {
    const key = nameKey(r.ev.name);
    if (key === '') continue;
    const earlier = first.get(key);
    if (earlier) out.push(msg.duplicateIndicator(r.ev.cell, r.ev.name, earlier.ev.cell, place(earlier), place(r)));
    else first.set(key, r);
  }
  return out;
}

const place = (r: DesignRow) => [levelKey(r.ev.level1), r.ev.level2].filter((s) => s !== '' && s !== '指标').join('/');

/** A 满意度 indicator "achieved" by the absence of complaints or of a survey. */
function satisfactionWithoutSurvey({ rows }: DesignInput): Finding[] {
  return rows.flatMap((r) => {
    const satisfaction = level(r) === '满意度指标' || r.ev.level2.includes('满意') || r.ev.name.includes('满意');
    if (!satisfaction) return [];
    const actual = normalizeText(r.actual.text).replace(/[。.!！]+$/, '');
    const says = NO_SURVEY_WORDS.includes(actual) ? actual : has(actual, NO_SURVEY_PHRASES);
    return says ? [msg.satisfactionWithoutSurvey(r.actualCell, r.ev.name, r.actual.text)] : [];
  });
}

/** 效益/满意度 targets that cannot be checked: no number and no tier word; or every 效益 target the same %. */
function vagueTarget({ rows }: DesignInput): Finding[] {
  const outcome = rows.filter((r) => level(r) === '效益指标' || level(r) === '满意度指标');
  const out = outcome.flatMap((r) => {
    const t = r.target;
    if (t.kind !== 'qualitative' || t.tier !== null) return [];
    const text = normalizeText(t.text);
    return /\d/.test(text) || has(text, DEFINITE_STATE_WORDS) ? [] : [msg.vagueTarget(r.targetCell, r.ev.name, t.text)];
  });
  const benefit = rows.filter((r) => level(r) === '效益指标');
  const percents = benefit.map((r) => (r.target.kind === 'quantity' && r.target.unit === '%' ? normalizeText(r.target.text) : null));
  if (benefit.length >= SAME_PERCENT_MIN_ROWS && percents[0] !== null && percents.every((p) => p === percents[0])) {
    out.push(msg.sameBenefitTarget(benefit[0].targetCell, benefit.length, benefit[0].target.text));
  }
  return out;
}

/** Every indicator self-scored full while a target was missed or 执行率 < 100 %. */
function allFullMarks({ rows, budget, totalCell }: DesignInput): Finding[] {
  const weighted = rows.filter((r) => r.ev.weight !== null && r.ev.weight > 0);
  if (weighted.length < 2) return [];
  const full = weighted.every((r) => r.ev.reportedScore !== null && r.ev.reportedScore >= r.ev.weight! - 0.005);
  if (!full) return [];
  const missed = weighted.filter((r) => r.missed).map((r) => r.ev.name);
  // Below 99.995 %, so the rate the message prints is below 100.00 %.
  const lowRate = budget?.rate != null && budget.rate < 0.99995 ? budget.rate : null;
  if (missed.length === 0 && lowRate === null) return [];
  return [msg.allFullMarks(totalCell, weighted.length, missed, lowRate)];
}

export const DESIGN_CHECKS: readonly DesignCheck[] = [
  { code: 'QUANTITY_IS_SPENDING', severity: 'warning', what: '产出指标实为资金支付、拨付或执行进度', check: quantityIsSpending },
  { code: 'COST_DIRECTION', severity: 'warning', what: '成本指标使用“≥/不低于”', check: costDirection },
  { code: 'DUPLICATE_INDICATOR', severity: 'warning', what: '同一三级指标在表中重复出现', check: duplicateIndicator },
  { code: 'SATISFACTION_WITHOUT_SURVEY', severity: 'warning', what: '满意度以“无投诉”等代替调查结果', check: satisfactionWithoutSurvey },
  { code: 'VAGUE_TARGET', severity: 'info', what: '效益、满意度指标值无法衡量，或全部效益指标值相同', check: vagueTarget },
  { code: 'ALL_FULL_MARKS', severity: 'warning', what: '指标未全部完成或执行率不足100%，却全部自评满分', check: allFullMarks },
];

/** Every design finding of a table, in the order of `DESIGN_CHECKS`. */
export function designFindings(input: DesignInput): Finding[] {
  return DESIGN_CHECKS.flatMap((c) => c.check(input));
}

/**
 * Checks a profile that comes from outside the code (a custom profile saved in a workbook's settings, a
 * JSON file): every number finite and in range, tiers and grade bands in order, options that do not
 * contradict each other. Options left out take their documented defaults (`DEFAULT_OPTIONS`); unknown
 * fields are refused (a typo must not silently fall back to a default). Returns every problem at once, in
 * zh-CN, so the user can fix them in one go; never throws. Only a profile that passed is used to score.
 */
import type { Grade } from '../evaluation';
import type { GradeBand, Profile, Tier } from './profile';
import { DEFAULT_OPTIONS } from './profile';
import { checkCoherence, checkExecutionCaps, checkOverAchievement, checkThresholds } from './checkOptions';

export type ProfileValidation = { ok: true; profile: Profile } | { ok: false; errors: string[] };

const TIERS: Tier[] = [1, 2, 3];
const TIER_LABEL: Record<Tier, string> = { 1: '第1档（达成）', 2: '第2档（部分达成）', 3: '第3档（未达成）' };
const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isShare = (v: unknown): v is number => isNum(v) && v >= 0 && v <= 1;

export function validateProfile(input: unknown): ProfileValidation {
  if (!isObj(input)) return { ok: false, errors: ['规则应为一个对象（JSON 对象）。'] };
  const errors: string[] = [];
  const p: Obj = { ...input };
  for (const [key, value] of Object.entries(DEFAULT_OPTIONS)) if (p[key] === undefined) p[key] = value;
  checkKnownFields(p, errors);

  for (const [key, label] of [['id', '规则编号（id）'], ['name', '规则名称（name）'], ['source', '规则依据（source）']] as const) {
    if (typeof p[key] !== 'string' || (key !== 'source' && (p[key] as string).trim() === '')) errors.push(`${label}应为非空文字。`);
  }

  const total = p.totalPoints;
  const totalOk = isNum(total) && total > 0;
  if (!totalOk) errors.push('总分（totalPoints）应为大于0的数。');
  const points = (v: unknown) => isNum(v) && v >= 0 && (!totalOk || v <= (total as number));

  if (!points(p.budgetWeight)) errors.push('预算执行率推荐分值（budgetWeight）应为0到总分之间的数。');
  checkLevelWeights(p.level1Weights, '一级指标推荐分值（level1Weights）', totalOk ? (total as number) : null, errors);
  if (!isObj(p.level1Fallback) || Object.values(p.level1Fallback).some((v) => typeof v !== 'string')) {
    errors.push('缺项分值转入规则（level1Fallback）应为“一级指标 → 一级指标”的对应表。');
  }

  checkTiers(p.tierRanges, p.tierDefaults, errors);

  checkThresholds(p, errors);
  checkOverAchievement(p.overAchievement, totalOk ? (total as number) : null, errors);
  checkExecutionCaps(p.executionCaps, totalOk ? (total as number) : null, errors);
  checkCoherence(p.coherence, errors);
  if (!isShare(p.executionRateThreshold)) errors.push('执行率阈值（executionRateThreshold）应为0到1之间的小数（如0.9表示90%）。');
  if (typeof p.executionRateNeedsReason !== 'boolean') errors.push('执行率偏低是否须说明原因（executionRateNeedsReason）应为 true 或 false。');

  checkGrades(p.grades, totalOk ? (total as number) : null, errors);

  if (p.defaultWeights !== null) {
    const d = p.defaultWeights;
    if (!isObj(d)) errors.push('推定权重（defaultWeights）应为 null 或包含 budget 与 level1 的对象。');
    else {
      if (!points(d.budget)) errors.push('推定权重中的预算执行率分值（defaultWeights.budget）应为0到总分之间的数。');
      checkLevelWeights(d.level1, '推定权重中的一级指标分值（defaultWeights.level1）', totalOk ? (total as number) : null, errors);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: copy(p as unknown as Profile) };
}

const KNOWN_FIELDS = new Set(['id', 'name', 'source', ...Object.keys(DEFAULT_OPTIONS)]);

function checkKnownFields(p: Obj, errors: string[]): void {
  for (const key of Object.keys(p)) {
    if (KNOWN_FIELDS.has(key)) continue;
    if (key === 'deviationThreshold') {
      errors.push('偏差阈值（deviationThreshold）已拆分为 underThreshold（未完成须说明的完成率）、largeMissThreshold（偏差较大的完成率下限）和 overThreshold（超额须关注的完成率），请改用这几项。');
    } else errors.push(`未知的规则字段“${key}”（请检查拼写）。`);
  }
}

function checkLevelWeights(v: unknown, label: string, total: number | null, errors: string[]): void {
  if (v === null) return;
  if (!isObj(v) || Object.values(v).some((w) => !isNum(w) || w < 0)) {
    errors.push(`${label}应为 null 或“一级指标 → 不小于0的分值”的对应表。`);
    return;
  }
  const sum = Object.values(v as Record<string, number>).reduce((a, b) => a + b, 0);
  if (total !== null && sum > total + 1e-9) errors.push(`${label}合计${sum}分，超过总分${total}分。`);
}

/** Each tier a [low, high] share of the weight; tiers do not overlap and go down from 1 to 3; defaults inside. */
function checkTiers(ranges: unknown, defaults: unknown, errors: string[]): void {
  const r = isObj(ranges) ? ranges : null;
  const d = isObj(defaults) ? defaults : null;
  if (!r) errors.push('定性指标档次区间（tierRanges）缺失或格式不对。');
  if (!d) errors.push('定性指标默认得分比例（tierDefaults）缺失或格式不对。');
  const valid = new Map<Tier, [number, number]>();
  for (const t of TIERS) {
    const range = r?.[t];
    if (r) {
      if (!Array.isArray(range) || range.length !== 2 || !isShare(range[0]) || !isShare(range[1]) || range[0] > range[1]) {
        errors.push(`定性指标${TIER_LABEL[t]}的得分区间应为0到1之间的两个数 [下限, 上限]，且下限不大于上限。`);
      } else valid.set(t, [range[0], range[1]]);
    }
    if (d) {
      const share = d[t];
      if (!isShare(share)) errors.push(`定性指标${TIER_LABEL[t]}的默认得分比例应为0到1之间的小数。`);
      else {
        const own = valid.get(t);
        if (own && (share < own[0] - 1e-9 || share > own[1] + 1e-9)) {
          errors.push(`定性指标${TIER_LABEL[t]}的默认得分比例${share}不在该档区间 ${own[0]}–${own[1]} 之内。`);
        }
      }
    }
  }
  for (const t of [1, 2] as const) {
    const upper = valid.get(t);
    const lower = valid.get((t + 1) as Tier);
    if (upper && lower && lower[1] > upper[0] + 1e-9) {
      errors.push(`定性指标${TIER_LABEL[(t + 1) as Tier]}的上限${lower[1]}高于${TIER_LABEL[t]}的下限${upper[0]}，档次应从高到低排列且不重叠。`);
    }
  }
}

/** Grade bands: known grades, each once, lowest totals strictly descending, the last starting at 0. */
function checkGrades(v: unknown, total: number | null, errors: string[]): void {
  if (!Array.isArray(v) || v.length === 0) {
    errors.push('等级划分（grades）应为非空列表，如 [{grade: "优", min: 90}, …]。');
    return;
  }
  const seen = new Set<string>();
  let previous: number | null = null;
  v.forEach((band: unknown, i) => {
    const b = isObj(band) ? (band as Partial<GradeBand>) : {};
    if (typeof b.grade !== 'string' || !GRADES.includes(b.grade as Grade)) errors.push(`等级划分第${i + 1}项的等级应为优、良、中或差。`);
    else if (seen.has(b.grade)) errors.push(`等级“${b.grade}”重复出现。`);
    else seen.add(b.grade);
    if (!isNum(b.min) || b.min < 0 || (total !== null && b.min > total)) {
      errors.push(`等级划分第${i + 1}项的最低分应为0到总分之间的数。`);
      return;
    }
    if (previous !== null && b.min >= previous) errors.push(`等级划分应从高到低排列：第${i + 1}项的最低分${b.min}不低于上一项的${previous}。`);
    previous = b.min;
  });
  const last = v[v.length - 1];
  if (isObj(last) && isNum(last.min) && last.min !== 0) errors.push(`最低一档的最低分应为0（现为${last.min}），否则低于它的总分没有等级。`);
}

/** A deep copy, so later edits to the settings object cannot change a profile in use. */
function copy(p: Profile): Profile {
  return {
    ...p,
    level1Weights: p.level1Weights ? { ...p.level1Weights } : null,
    level1Fallback: { ...p.level1Fallback },
    tierRanges: { 1: [...p.tierRanges[1]], 2: [...p.tierRanges[2]], 3: [...p.tierRanges[3]] },
    tierDefaults: { ...p.tierDefaults },
    overAchievement: { ...p.overAchievement },
    executionCaps: p.executionCaps.map((c) => ({ below: c.below, maxTotal: c.maxTotal })).sort((a, b) => b.below - a.below),
    grades: p.grades.map((g) => ({ grade: g.grade, min: g.min })),
    defaultWeights: p.defaultWeights ? { budget: p.defaultWeights.budget, level1: p.defaultWeights.level1 ? { ...p.defaultWeights.level1 } : null } : null,
  };
}

/**
 * Checks of the jurisdiction options of SPEC §3.3 (thresholds, over-achievement, 执行率 caps, coherence),
 * in zh-CN. Each pushes its reasons onto `errors`; contradictions between fields are reasons too.
 */
import type { ExecutionCap } from './profile';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pct = (x: number) => `${Math.round(x * 10000) / 100}%`;

/** underThreshold in (0, 1], largeMissThreshold in [0, 1) and not above it, overThreshold in (1, 10]. */
export function checkThresholds(p: Obj, errors: string[]): void {
  const under = p.underThreshold;
  const large = p.largeMissThreshold;
  const over = p.overThreshold;
  const underOk = isNum(under) && under > 0 && under <= 1;
  const largeOk = isNum(large) && large >= 0 && large < 1;
  if (!underOk) errors.push('未完成须说明的完成率（underThreshold）应为大于0、不大于1的小数（1表示凡未完成都须说明，0.9表示完成率低于90%须说明）。');
  if (!largeOk) errors.push('偏差较大的完成率下限（largeMissThreshold）应为0到1之间、小于1的小数（如0.8表示完成率不高于80%为偏差较大）。');
  if (underOk && largeOk && large > under) {
    errors.push(`偏差较大的完成率下限${pct(large)}高于须说明原因的完成率${pct(under)}：偏差较大的指标必须说明原因，请调低前者或调高后者。`);
  }
  if (!isNum(over) || over <= 1 || over > 10) errors.push('超额须关注的完成率（overThreshold）应为大于1的小数（如1.2表示完成率达到120%），不超过10。');
}

/** { action: 'explain' } | { action: 'deduct', points } with 0 < points ≤ total | { action: 'none' }. */
export function checkOverAchievement(v: unknown, total: number | null, errors: string[]): void {
  const action = isObj(v) ? v.action : undefined;
  if (action === 'explain' || action === 'none') return;
  if (action === 'deduct') {
    const points = (v as Obj).points;
    if (!isNum(points) || points <= 0 || (total !== null && points > total)) errors.push('超额完成扣分（overAchievement.points）应为大于0、不超过总分的数。');
    return;
  }
  errors.push('超额完成的处理（overAchievement）应为 {"action":"explain"}（要求说明，不扣分）、{"action":"deduct","points":2}（扣分）或 {"action":"none"}（不处理）。');
}

/**
 * Caps: each 执行率 bound in (0, 1] once, each cap between 0 and the total; ordered by bound, the caps must
 * fall as the bound falls (a lower 执行率 can never allow a higher total).
 */
export function checkExecutionCaps(v: unknown, total: number | null, errors: string[]): void {
  if (!Array.isArray(v)) {
    errors.push('执行率封顶规则（executionCaps）应为列表，如 [{"below":0.8,"maxTotal":89}]，不封顶时为 []。');
    return;
  }
  const valid: ExecutionCap[] = [];
  v.forEach((band: unknown, i) => {
    const b = isObj(band) ? band : {};
    const belowOk = isNum(b.below) && b.below > 0 && b.below <= 1;
    const capOk = isNum(b.maxTotal) && b.maxTotal >= 0 && (total === null || b.maxTotal <= total);
    if (!belowOk) errors.push(`执行率封顶规则第${i + 1}项的执行率上界（below）应为大于0、不大于1的小数（如0.8表示执行率低于80%）。`);
    if (!capOk) errors.push(`执行率封顶规则第${i + 1}项的总分上限（maxTotal）应为0到总分之间的数。`);
    if (belowOk && capOk) valid.push({ below: b.below as number, maxTotal: b.maxTotal as number });
  });
  const sorted = [...valid].sort((a, b) => b.below - a.below);
  for (let i = 1; i < sorted.length; i++) {
    const higher = sorted[i - 1];
    const lower = sorted[i];
    if (lower.below === higher.below) errors.push(`执行率封顶规则中执行率上界${pct(lower.below)}重复出现。`);
    else if (lower.maxTotal >= higher.maxTotal) {
      errors.push(
        `执行率封顶规则自相矛盾：执行率低于${pct(lower.below)}时总分上限${lower.maxTotal}分，不低于执行率低于${pct(higher.below)}时的${higher.maxTotal}分；执行率越低，上限应越低。`,
      );
    }
  }
}

/** null (off) or a share in (0, 1]. */
export function checkCoherence(v: unknown, errors: string[]): void {
  if (v === null) return;
  if (!isNum(v) || v <= 0 || v > 1) errors.push('得分率与执行率一致性阈值（coherence）应为 null（不检查）或大于0、不大于1的小数（如0.05表示高出5%）。');
}

/**
 * When a quantitative result needs an explanation, and what a large over-achievement costs (SPEC §3.1,
 * §3.3): the profile's `underThreshold`, `largeMissThreshold`, `overThreshold` and `overAchievement`.
 */
import type { ProfileOptions } from './profile';

export interface DeviationVerdict {
  /** DEVIATION_LARGE: a large miss or a large over-achievement the profile wants looked at; else null. */
  large: 'miss' | 'over' | null;
  /** The share of 100 % the deviation was measured against (0.2 for "≥ 20 %"), for the message. */
  threshold: number;
  /** The unit must explain (REASON_MISSING when the reason cell is empty, commentary). */
  needsReason: boolean;
  /** Points an over-achievement loses under `{ action: 'deduct' }`, else 0. */
  deduction: number;
}

const EPS = 1e-9;

/**
 * @param completion actual/target (target/actual for at-most), null when undefined (a zero base)
 * @param met whether the rule counts the target as reached
 * @example judgeDeviation(1.35, true, GUANGXI) // { large: 'over', threshold: 0.3, needsReason: true, deduction: 0 }
 */
export function judgeDeviation(completion: number | null, met: boolean, o: ProfileOptions): DeviationVerdict {
  if (!met) {
    const large = completion !== null && completion <= o.largeMissThreshold + EPS;
    const needsReason = completion === null || large || completion < o.underThreshold - EPS;
    return { large: large ? 'miss' : null, threshold: 1 - o.largeMissThreshold, needsReason, deduction: 0 };
  }
  const over = completion !== null && completion >= o.overThreshold - EPS;
  const threshold = o.overThreshold - 1;
  if (!over || o.overAchievement.action === 'none') return { large: null, threshold, needsReason: false, deduction: 0 };
  const deduction = o.overAchievement.action === 'deduct' ? o.overAchievement.points : 0;
  return { large: 'over', threshold, needsReason: true, deduction };
}

/**
 * Quantitative scoring rules of 财预〔2020〕10号 (SPEC §3.1), one small pure function per direction.
 * They return the fraction of the weight earned; the caller multiplies and rounds.
 */
import type { Direction } from '../evaluation';

export interface RuleOutcome {
  /** Share of the weight earned, 0..1. */
  fraction: number;
  /** actual/target (target/actual for at-most), null when undefined (a zero base). */
  completion: number | null;
  met: boolean;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Actual ≥ target earns full marks; otherwise weight × actual / target. */
export function atLeast(target: number, actual: number): RuleOutcome {
  if (target <= 0) return { fraction: actual >= target ? 1 : 0, completion: null, met: actual >= target };
  const completion = actual / target;
  const met = actual >= target || near(actual, target);
  return { fraction: met ? 1 : clamp01(completion), completion, met };
}

/** Actual ≤ target earns full marks; otherwise weight × target / actual. Target 0: only 0 earns marks. */
export function atMost(target: number, actual: number): RuleOutcome {
  if (target <= 0) {
    const met = actual <= target || near(actual, target);
    return { fraction: met ? 1 : 0, completion: met ? 1 : 0, met };
  }
  if (actual <= target || near(actual, target)) return { fraction: 1, completion: actual > 0 ? target / actual : null, met: true };
  const completion = target / actual;
  return { fraction: clamp01(completion), completion, met: false };
}

/** Equal to target (within rounding) or above earns full marks; below is proportional. */
export function equal(target: number, actual: number): RuleOutcome {
  if (target <= 0) {
    const met = near(actual, target);
    return { fraction: met ? 1 : 0, completion: met ? 1 : 0, met };
  }
  const completion = actual / target;
  const met = near(actual, target) || actual > target;
  return { fraction: met ? 1 : clamp01(completion), completion, met };
}

/** Within [low, high] earns full marks; below is proportional to the lower bound; above counts as met. */
export function within(low: number, high: number, actual: number): RuleOutcome {
  if (actual < low && !near(actual, low)) return atLeast(low, actual);
  if (actual > high && !near(actual, high)) return { fraction: 1, completion: high > 0 ? actual / high : null, met: true };
  return { fraction: 1, completion: 1, met: true };
}

export const QUANTITATIVE_RULES: Record<Direction, (target: number, actual: number) => RuleOutcome> = {
  atLeast,
  atMost,
  equal,
};

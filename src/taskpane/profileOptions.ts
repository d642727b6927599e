/**
 * The custom profile's jurisdiction options (SPEC §3.3) as the pane stores them: read back from whatever a
 * workbook holds (an older version stored one `deviationThreshold`), every broken part replaced by its
 * default. Contradictions between fields are left for `validateProfile` to explain in zh-CN.
 */
import { DEFAULT_OPTIONS } from '../core';
import type { ExecutionCap, JurisdictionOptions, OverAchievement } from '../core';

export const DEFAULT_JURISDICTION: JurisdictionOptions = {
  underThreshold: DEFAULT_OPTIONS.underThreshold,
  largeMissThreshold: DEFAULT_OPTIONS.largeMissThreshold,
  overThreshold: DEFAULT_OPTIONS.overThreshold,
  overAchievement: { ...DEFAULT_OPTIONS.overAchievement },
  executionCaps: [],
  coherence: DEFAULT_OPTIONS.coherence,
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overAchievementFrom(v: unknown): OverAchievement {
  if (!isObj(v)) return { ...DEFAULT_JURISDICTION.overAchievement };
  if (v.action === 'explain' || v.action === 'none') return { action: v.action };
  if (v.action === 'deduct' && isNum(v.points)) return { action: 'deduct', points: v.points };
  return { ...DEFAULT_JURISDICTION.overAchievement };
}

function capsFrom(v: unknown): ExecutionCap[] {
  if (!Array.isArray(v)) return [];
  return v.filter((c): c is { below: number; maxTotal: number } => isObj(c) && isNum(c.below) && isNum(c.maxTotal)).map((c) => ({ below: c.below, maxTotal: c.maxTotal }));
}

/** The stored custom settings → complete jurisdiction options. */
export function jurisdictionFrom(c: Obj): JurisdictionOptions {
  const legacyOver = isNum(c.deviationThreshold) ? 1 + c.deviationThreshold : DEFAULT_JURISDICTION.overThreshold;
  return {
    underThreshold: isNum(c.underThreshold) ? c.underThreshold : DEFAULT_JURISDICTION.underThreshold,
    largeMissThreshold: isNum(c.largeMissThreshold) ? c.largeMissThreshold : DEFAULT_JURISDICTION.largeMissThreshold,
    overThreshold: isNum(c.overThreshold) ? c.overThreshold : legacyOver,
    overAchievement: overAchievementFrom(c.overAchievement),
    executionCaps: capsFrom(c.executionCaps),
    coherence: c.coherence === null ? null : isNum(c.coherence) ? c.coherence : DEFAULT_JURISDICTION.coherence,
  };
}

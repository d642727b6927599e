/** Qualitative scoring: tiers with score ranges from the profile (SPEC §3.1). */
import type { Profile, Tier } from './profile';
import { round2 } from '../format';

export const TIER_NAMES: Record<Tier, string> = { 1: '达成', 2: '部分达成', 3: '未达成' };

export interface QualitativeOutcome {
  score: number;
  /** The reported score was inside the tier's range and is kept as the unit's judgement. */
  accepted: boolean;
  /** A reported score exists but lies outside the tier's range. */
  outOfTier: boolean;
  low: number;
  high: number;
}

export function scoreQualitative(tier: Tier, weight: number, reported: number | null, profile: Profile): QualitativeOutcome {
  const [lo, hi] = profile.tierRanges[tier];
  const low = round2(weight * lo);
  const high = round2(weight * hi);
  if (reported !== null && reported >= low - 0.005 && reported <= high + 0.005) {
    return { score: round2(reported), accepted: true, outOfTier: false, low, high };
  }
  return { score: round2(weight * profile.tierDefaults[tier]), accepted: false, outOfTier: reported !== null, low, high };
}

/**
 * The recomputed total of a table and the profile options that act on it (SPEC §3.3): the sum of the
 * rounded parts, capped by 执行率 bands (EXECUTION_CAP), and the coherence of the indicators' score rate
 * with the 执行率 (SCORE_EXECUTION_INCOHERENT). The basis sentence shows every step.
 */
import type { BudgetEvaluation, IndicatorEvaluation } from '../evaluation';
import type { Finding } from '../findings';
import type { ExecutionCap, ProfileOptions } from '../rules/profile';
import * as msg from '../messages';
import { fmtNum, round2 } from '../format';

export interface TotalInput {
  /** Scored parts: applicable indicators (their scores already rounded) and the 执行率. */
  indicators: IndicatorEvaluation[];
  budget: BudgetEvaluation | null;
  /** Points the indicators lost to over-achievement deductions, for the basis. */
  deducted: number;
  profile: ProfileOptions;
  totalCell: string | null;
}

export interface TotalResult {
  total: number;
  basis: string;
  findings: Finding[];
}

/** The band of `caps` a 执行率 falls in (the tightest one: lowest `below` above the rate), or null. */
export function capFor(rate: number, caps: readonly ExecutionCap[]): { low: number; below: number; maxTotal: number } | null {
  const sorted = [...caps].sort((a, b) => a.below - b.below);
  const i = sorted.findIndex((c) => rate < c.below - 1e-12);
  if (i < 0) return null;
  return { low: i > 0 ? sorted[i - 1].below : 0, below: sorted[i].below, maxTotal: sorted[i].maxTotal };
}

/** Sum of the parts, then the 执行率 cap when the profile has one and the sum exceeds it. */
export function settleTotal(input: TotalInput): TotalResult {
  const partsSum = round2(input.indicators.reduce((s, i) => s + (i.score ?? 0), 0));
  const budgetScore = input.budget?.score ?? null;
  const sum = round2(partsSum + (budgetScore ?? 0));
  const deducted = input.deducted > 0 ? `（含超额完成扣${fmtNum(input.deducted)}分）` : '';
  let basis =
    budgetScore !== null
      ? `预算执行率得分${fmtNum(budgetScore)}分 + 各项指标得分${fmtNum(partsSum)}分${deducted} = ${fmtNum(sum)}分`
      : `各项指标得分合计${fmtNum(sum)}分${deducted}`;
  const rate = input.budget?.rate ?? null;
  const band = rate === null ? null : capFor(rate, input.profile.executionCaps);
  if (rate === null || band === null || sum <= band.maxTotal + 1e-9) return { total: sum, basis, findings: [] };
  basis += `；${msg.capBand(rate, band.low, band.below)}，按规则总分不超过${fmtNum(band.maxTotal)}分，复核总分按${fmtNum(band.maxTotal)}分计`;
  return { total: band.maxTotal, basis, findings: [msg.executionCap(input.totalCell, rate, band.low, band.below, band.maxTotal, sum)] };
}

/**
 * SCORE_EXECUTION_INCOHERENT: the indicators' score rate (the unit's own scores when every indicator has
 * one, else the recomputed ones) at or above 执行率 × (1 + coherence).
 */
export function coherenceFinding(indicators: IndicatorEvaluation[], rate: number | null, profile: ProfileOptions, cell: string | null): Finding | null {
  if (profile.coherence === null || rate === null) return null;
  const weighted = indicators.filter((i) => i.type !== 'not-applicable' && i.weight !== null && i.weight > 0);
  if (weighted.length === 0) return null;
  const own = weighted.every((i) => i.reportedScore !== null);
  const points = weighted.reduce((s, i) => s + ((own ? i.reportedScore : i.score) ?? 0), 0);
  const weight = weighted.reduce((s, i) => s + i.weight!, 0);
  const scoreRate = points / weight;
  if (scoreRate < rate * (1 + profile.coherence) - 1e-9) return null;
  return msg.scoreExecutionIncoherent(cell, { own, points: round2(points), weight: round2(weight), scoreRate, rate, coherence: profile.coherence });
}

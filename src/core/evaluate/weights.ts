/** Weight checks and assumed weights (推定权重) for tables without a 分值 column. */
import type { Grid } from '../grid';
import type { Table } from '../table';
import type { IndicatorEvaluation, LevelScore } from '../evaluation';
import type { Finding } from '../findings';
import type { Profile } from '../rules/profile';
import * as msg from '../messages';
import { fmtNum, round2 } from '../format';

/** 产出 / 产出指标 / 产出指标（50分） all name the same level. */
export function levelKey(level1: string): string {
  const s = level1.replace(/\s+/g, '').replace(/[（(].*$/, '');
  return s.endsWith('指标') ? s : `${s}指标`;
}

/** Weight per applicable indicator when the table has no 分值 column, or null (not scored). */
export function assumedWeights(table: Table, profile: Profile): { budget: number | null; perRow: Map<number, number> } | null {
  if (table.columns.weight !== undefined || !profile.defaultWeights) return null;
  const dw = profile.defaultWeights;
  const rows = table.indicators.filter((i) => i.applicable);
  const perRow = new Map<number, number>();
  const byLevel = new Map<string, number[]>();
  for (const r of rows) byLevel.set(levelKey(r.level1), [...(byLevel.get(levelKey(r.level1)) ?? []), r.row]);
  const levels = dw.level1;
  const covered = levels && [...byLevel.keys()].every((k) => levels[k] !== undefined);
  if (levels && covered) {
    for (const [k, list] of byLevel) list.forEach((row) => perRow.set(row, levels[k] / list.length));
  } else {
    rows.forEach((r) => perRow.set(r.row, (profile.totalPoints - dw.budget) / Math.max(rows.length, 1)));
  }
  for (const [k, v] of perRow) perRow.set(k, round2(v));
  return { budget: table.budget ? dw.budget : null, perRow };
}

export interface WeightCheckInput {
  table: Table;
  grid: Grid;
  indicators: IndicatorEvaluation[];
  budgetWeight: number | null;
  statedTotal: number | null;
  profile: Profile;
}

export function checkWeights(input: WeightCheckInput, totalCell: string | null): { weightTotal: number | null; findings: Finding[] } {
  const applicable = input.indicators.filter((i) => i.type !== 'not-applicable');
  // Scored only when the indicators carry weights: 预算执行情况（20分） alone does not make a table scored (SPEC §1.3).
  if (applicable.every((i) => i.weight === null)) return { weightTotal: null, findings: [] };
  const weightTotal = round2(applicable.reduce((s, i) => s + (i.weight ?? 0), 0) + (input.budgetWeight ?? 0));
  const findings: Finding[] = [];
  // The weights must add to the profile's total (100); a 总分 row stating another 分值 is a second problem.
  const total = input.profile.totalPoints;
  if (Math.abs(weightTotal - total) > 0.01) findings.push(msg.weightSum(totalCell, weightTotal, total, input.budgetWeight));
  else if (input.statedTotal !== null && Math.abs(input.statedTotal - weightTotal) > 0.01) {
    findings.push(msg.statedWeightTotal(totalCell, input.statedTotal, weightTotal));
  }
  const split = level1Split(applicable, input.profile);
  if (split) findings.push(msg.level1Split(firstCellOf(applicable), split.actual, split.recommended));
  return { weightTotal, findings };
}

/** Compares the level-1 weights with the profile's recommendation (满意度 folded into 效益 when absent). */
function level1Split(indicators: IndicatorEvaluation[], profile: Profile): { actual: string; recommended: string } | null {
  if (!profile.level1Weights || indicators.some((i) => i.weight === null || i.weightAssumed)) return null;
  const actual = new Map<string, number>();
  for (const i of indicators) actual.set(levelKey(i.level1), (actual.get(levelKey(i.level1)) ?? 0) + (i.weight ?? 0));
  const recommended = new Map(Object.entries(profile.level1Weights));
  for (const [from, to] of Object.entries(profile.level1Fallback)) {
    if (!actual.has(from) && recommended.has(from)) {
      recommended.set(to, (recommended.get(to) ?? 0) + recommended.get(from)!);
      recommended.delete(from);
    }
  }
  const keys = new Set([...actual.keys(), ...recommended.keys()]);
  const same = [...keys].every((k) => Math.abs((actual.get(k) ?? 0) - (recommended.get(k) ?? 0)) < 0.01);
  if (same) return null;
  const show = (m: Map<string, number>) => [...m].map(([k, v]) => `${k}${fmtNum(v)}分`).join('、');
  return { actual: show(actual), recommended: show(recommended) };
}

function firstCellOf(indicators: IndicatorEvaluation[]): string | null {
  return indicators[0]?.cell ?? null;
}

/** Scores by 一级指标 for the pane's chart; 预算执行 first when it has a weight. */
export function levelScores(indicators: IndicatorEvaluation[], budget: { weight: number | null; score: number | null; reportedScore: number | null } | null): LevelScore[] {
  const out: LevelScore[] = [];
  if (budget && budget.weight !== null) out.push({ level1: '预算执行', weight: budget.weight, score: budget.score ?? 0, reportedScore: budget.reportedScore });
  const byKey = new Map<string, LevelScore>();
  for (const i of indicators) {
    if (i.type === 'not-applicable' || i.weight === null) continue;
    const k = levelKey(i.level1 || '其他');
    const e = byKey.get(k) ?? { level1: k, weight: 0, score: 0, reportedScore: null };
    e.weight = round2(e.weight + i.weight);
    e.score = round2(e.score + (i.score ?? 0));
    if (i.reportedScore !== null) e.reportedScore = round2((e.reportedScore ?? 0) + i.reportedScore);
    byKey.set(k, e);
  }
  return [...out, ...byKey.values()];
}

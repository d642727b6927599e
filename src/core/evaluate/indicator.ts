/** One indicator row: parse target and actual, pick the rule, score, and collect findings. */
import type { Grid } from '../grid';
import { toA1 } from '../grid';
import type { ColumnMap, IndicatorRow } from '../table';
import type { Direction, IndicatorEvaluation } from '../evaluation';
import type { Finding } from '../findings';
import type { Profile, Tier } from '../rules/profile';
import type { ParsedValue } from '../values/types';
import type { DesignRow } from '../design/types';
import { parseValue, convertUnit, directionFromName, withUnit } from '../values';
import { QUANTITATIVE_RULES, within, type RuleOutcome } from '../rules/quantitative';
import { scoreQualitative, TIER_NAMES } from '../rules/qualitative';
import { judgeDeviation } from '../rules/deviation';
import { numberFindings, readNumber } from './readNumbers';
import { cellProblems } from './cellProblems';
import { displayText } from '../display';
import { unitOwnText } from '../reviewText';
import * as msg from '../messages';
import * as say from './basis';
import { fmtNum, quote, round2 } from '../format';

export interface IndicatorInput {
  grid: Grid;
  row: IndicatorRow;
  columns: ColumnMap;
  profile: Profile;
  /** The weight to use when the table has no 分值 column (推定权重), or null. */
  assumedWeight: number | null;
  /** A table-level reason cell (部门整体 forms) and whether it holds text. */
  tableReason: { cell: string; filled: boolean } | null;
}

export interface IndicatorResult {
  evaluation: IndicatorEvaluation;
  findings: Finding[];
  /** Points lost to an over-achievement deduction (profile `overAchievement: deduct`), else 0. */
  deducted: number;
  /** The row as the design checks see it (SPEC §3.4); null for a not-applicable row. */
  design: DesignRow | null;
}

type Quantity = Extract<ParsedValue, { kind: 'quantity' }>;
type DateValue = Extract<ParsedValue, { kind: 'date' }>;

/** Every column of the row the table uses: an error or an uncalculated formula in any of them is a finding. */
const CHECKED_ROLES = ['level1', 'level2', 'name', 'nature', 'target', 'targetAdjusted', 'unit', 'actual', 'weight', 'score', 'reason', 'measures'] as const;

export function evaluateIndicator(input: IndicatorInput): IndicatorResult {
  const { grid, row, columns } = input;
  const r = row.row;
  const ref = (role: keyof ColumnMap) => (columns[role] !== undefined ? { row: r, col: columns[role]! } : null);
  const a1 = (role: keyof ColumnMap) => (columns[role] !== undefined ? toA1(r, columns[role]!) : null);
  const text = (role: keyof ColumnMap) => (columns[role] !== undefined ? displayText(grid.get(r, columns[role]!)) : '');
  const nameCell = a1('name') ?? toA1(r, 0);
  const findings: Finding[] = [];

  const adjustedTarget = text('targetAdjusted');
  const targetRole: keyof ColumnMap = adjustedTarget ? 'targetAdjusted' : 'target';
  const targetText = text('nature') + withUnit(text(targetRole), text('unit'));
  const base: IndicatorEvaluation = {
    cell: nameCell,
    row: r,
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    target: columns.nature !== undefined || columns.unit !== undefined ? targetText : text(targetRole),
    actual: withUnit(text('actual'), text('unit')),
    type: 'not-applicable',
    weight: null,
    weightAssumed: false,
    reportedScore: null,
    score: null,
    completion: null,
    direction: null,
    directionReason: null,
    tier: null,
    basis: row.notApplicableReason ?? '',
    commentary: null,
    scoreCell: a1('score'),
    reasonCell: a1('reason') ?? input.tableReason?.cell ?? null,
  };
  if (!row.applicable) {
    if (row.placeholder) findings.push(msg.placeholderRow(nameCell, row.name));
    return { evaluation: base, findings, deducted: 0, design: null };
  }

  for (const role of CHECKED_ROLES) {
    const c = ref(role);
    if (c) findings.push(...cellProblems(grid, c));
  }

  const weightRead = readNumber(grid, ref('weight'));
  const weight = weightRead.value ?? (columns.weight === undefined ? input.assumedWeight : null);
  const scoreRead = readNumber(grid, ref('score'));
  const reportedScore = scoreRead.value;
  findings.push(...numberFindings(weightRead, ref('weight'), '分值'), ...numberFindings(scoreRead, ref('score'), '得分'));
  const ev: IndicatorEvaluation = { ...base, weight, weightAssumed: weightRead.value === null && weight !== null, reportedScore };

  const unitText = text('unit') || undefined;
  const targetCell = ref(targetRole)!;
  const target = targetCell
    ? parseValue(grid.value(targetCell.row, targetCell.col), { nature: text('nature') || undefined, unit: unitText, format: grid.get(targetCell.row, targetCell.col)?.format })
    : ({ kind: 'empty', text: '' } as ParsedValue);
  const actualCell = ref('actual');
  const actual = actualCell
    ? parseValue(grid.value(actualCell.row, actualCell.col), { unit: unitText, format: grid.get(actualCell.row, actualCell.col)?.format })
    : ({ kind: 'empty', text: '' } as ParsedValue);
  const targetA1 = a1(targetRole) ?? nameCell;
  const actualA1 = a1('actual') ?? nameCell;

  const outcome = judge(target, actual, row.name, ev, input.profile, { targetA1, actualA1, nameCell }, findings);
  Object.assign(ev, outcome.fields);
  // Every score computed on a weight the sheet does not state says so (SPEC §1.2).
  if (ev.weightAssumed && ev.weight !== null) ev.basis = `${ev.basis}（推定权重${fmtNum(ev.weight)}分）`;

  // Reported score checks (qualitative out-of-tier is reported by judge instead of a mismatch).
  if (ev.score !== null && reportedScore !== null && ev.scoreCell) {
    if (weight !== null && reportedScore > weight + 0.005) findings.push(msg.scoreExceedsWeight(ev.scoreCell, reportedScore, weight));
    if (!outcome.outOfTier && Math.abs(reportedScore - ev.score) > 0.01 + 1e-9) findings.push(msg.scoreMismatch(ev.scoreCell, reportedScore, ev.score, ev.basis));
  }

  if (outcome.needsReason) {
    // ziping's own 【复核】 commentary from an earlier scoring is not the unit's reason (SPEC §6.2).
    const reason = unitOwnText([text('reason'), text('measures')].join('\n'));
    const tableReasonFilled = columns.reason === undefined && input.tableReason?.filled;
    ev.commentary = outcome.commentary;
    if (!reason && !tableReasonFilled) findings.push(msg.reasonMissing(ev.reasonCell, row.name));
  }
  const design: DesignRow = { ev, target, actual, targetCell: targetA1, actualCell: actualA1, missed: findings.some((f) => f.code === 'TARGET_MISSED') };
  return { evaluation: ev, findings, deducted: outcome.deducted ?? 0, design };
}

interface Cells {
  targetA1: string;
  actualA1: string;
  nameCell: string;
}

interface Judgement {
  fields: Partial<IndicatorEvaluation>;
  needsReason: boolean;
  commentary: string | null;
  outOfTier: boolean;
  deducted?: number;
}

/** Decides the indicator's type and score from its parsed target and actual. */
function judge(target: ParsedValue, actual: ParsedValue, name: string, ev: IndicatorEvaluation, profile: Profile, cells: Cells, findings: Finding[]): Judgement {
  const none: Judgement = { fields: {}, needsReason: false, commentary: null, outOfTier: false };
  const weight = ev.weight;
  const missing = (what: string, cell: string, basisWhat = what): Judgement => {
    findings.push(msg.valueMissing(cell, what, name));
    return { ...none, fields: { type: 'quantitative', score: weight === null ? null : 0, basis: say.missing(basisWhat) } };
  };
  if (target.kind === 'error' || actual.kind === 'error') {
    return { ...none, fields: { type: 'quantitative', score: weight === null ? null : 0, basis: say.cellError() } };
  }
  const targetMissing = target.kind === 'empty' || target.kind === 'placeholder';
  const actualMissing = actual.kind === 'empty' || actual.kind === 'placeholder';
  if (targetMissing && actualMissing) {
    // Both cells point at the problem (e.g. "年度资金支付完成率100%" with the target only in its name).
    findings.push(msg.valueMissing(cells.targetA1, '年度指标值', name));
    return missing('实际完成值', cells.actualA1, '年度指标值和实际完成值');
  }
  if (targetMissing) return missing('年度指标值', cells.targetA1);
  if (actualMissing) return missing('实际完成值', cells.actualA1);
  if (target.kind === 'unparseable') {
    findings.push(msg.valueUnparseable(cells.targetA1, '年度指标值', target.text, target.reason));
    return qualitativeOr(actual, target, name, ev, profile, cells, findings);
  }
  if (actual.kind === 'unparseable') {
    findings.push(msg.valueUnparseable(cells.actualA1, '实际完成值', actual.text, actual.reason));
    return { ...none, fields: { type: 'quantitative', score: acceptReported(ev), basis: say.unreadable('实际完成值') } };
  }
  if (target.kind === 'quantity' && actual.kind === 'quantity') return judgeQuantity(target, actual, name, ev, profile, cells, findings);
  if (target.kind === 'date' && actual.kind === 'date') return judgeDate(target, actual, name, ev, profile, cells, findings);
  if (target.kind === 'quantity' && actual.kind === 'qualitative') {
    findings.push(msg.valueUnparseable(cells.actualA1, '实际完成值', actual.text, `指标值“${quote(target.text)}”是数值，实际完成值应填写实际数值`));
    // The words still say how far the target was reached; the basis says the number is missing.
    return qualitativeOr(actual, target, name, ev, profile, cells, findings, say.wordsForNumber(actual.text, target.text));
  }
  return qualitativeOr(actual, target, name, ev, profile, cells, findings);
}

function judgeQuantity(target: Quantity, actual: Quantity, name: string, ev: IndicatorEvaluation, profile: Profile, cells: Cells, findings: Finding[]): Judgement {
  if (actual.comparator !== null && actual.comparatorSource === 'text') findings.push(msg.actualHasComparator(cells.actualA1, actual.text));
  const a = convertUnit(actual.value, actual.unit, target.unit);
  const unit = target.unit ?? actual.unit;
  if (a === null) {
    findings.push(msg.unitMismatch(cells.actualA1, target.text, actual.text));
    return { fields: { type: 'quantitative', score: acceptReported(ev), basis: say.unitMismatch() }, needsReason: false, commentary: null, outOfTier: false };
  }
  const { direction, reason } = directionOf(target, name);
  const outcome: RuleOutcome =
    target.comparator === 'range' && target.upper !== undefined ? within(target.value, target.upper, a) : QUANTITATIVE_RULES[direction](target.value, a);
  const weight = ev.weight;
  const verdict = judgeDeviation(outcome.completion, outcome.met, profile);
  const deduction = weight === null ? 0 : Math.min(verdict.deduction, weight * outcome.fraction);
  const score = weight === null ? null : round2(weight * outcome.fraction - deduction);
  const q = { target: target.value, actual: a, unit, direction, weight, score, completion: outcome.completion, met: outcome.met, upper: target.upper, deduction, overThreshold: profile.overThreshold };
  if (!outcome.met) findings.push(msg.targetMissed(cells.actualA1, name, say.missDetail(q)));
  if (verdict.large) findings.push(msg.deviationLarge(cells.actualA1, name, outcome.completion!, verdict.threshold, deduction));
  const needsReason = verdict.needsReason;
  return {
    fields: {
      type: 'quantitative',
      direction,
      directionReason: reason,
      completion: outcome.completion === null ? null : Math.round(outcome.completion * 10000) / 10000,
      score,
      basis: say.quantity(q),
    },
    needsReason,
    commentary: needsReason ? say.quantityCommentary(q, name) : null,
    outOfTier: false,
    deducted: deduction,
  };
}

function directionOf(target: Quantity, name: string): { direction: Direction; reason: string } {
  switch (target.comparator) {
    case 'atLeast':
    case 'greater':
    case 'range':
      return { direction: 'atLeast', reason: target.comparatorSource === 'nature' ? '指标性质列为“≥/正向”' : '指标值带“≥/不低于”' };
    case 'atMost':
    case 'less':
      return { direction: 'atMost', reason: target.comparatorSource === 'nature' ? '指标性质列为“≤/反向”' : '指标值带“≤/不高于”' };
    case 'equal':
      return { direction: 'equal', reason: target.comparatorSource === 'nature' ? '指标性质列为“＝”' : '指标值带“＝”' };
    default:
      return directionFromName(name);
  }
}

function judgeDate(target: DateValue, actual: DateValue, name: string, ev: IndicatorEvaluation, profile: Profile, cells: Cells, findings: Finding[]): Judgement {
  const key = (d: DateValue, year: number | null) => ((year ?? 0) * 12 + d.month) * 31 + d.day;
  const bothYears = target.year !== null && actual.year !== null;
  const t = key(target, bothYears ? target.year : null);
  const a = key(actual, bothYears ? actual.year : null);
  const met = target.comparator === 'atLeast' || target.comparator === 'greater' ? a >= t : a <= t;
  if (met) {
    const score = ev.weight === null ? null : round2(ev.weight);
    return { fields: { type: 'quantitative', score, basis: say.dateMet(actual.text, target.text, score) }, needsReason: false, commentary: null, outOfTier: false };
  }
  findings.push(msg.targetMissed(cells.actualA1, name, `实际完成时间“${quote(actual.text)}”晚于要求的“${quote(target.text)}”`));
  const j = tierJudgement(3, ev, profile, cells, findings, say.dateMissed(actual.text, target.text));
  return { ...j, needsReason: true, commentary: `实际完成时间${quote(actual.text)}，晚于指标要求${quote(target.text)}，未按期完成。` };
}

/** Scores by the actual's qualitative tier (the actual equal to the target's text is tier 1). */
function qualitativeOr(
  actual: ParsedValue,
  target: ParsedValue,
  name: string,
  ev: IndicatorEvaluation,
  profile: Profile,
  cells: Cells,
  findings: Finding[],
  prefix: string | null = null,
): Judgement {
  const same = normalizeWords(actual.text) !== '' && normalizeWords(actual.text) === normalizeWords(target.text);
  const tier: Tier | null = same ? 1 : actual.kind === 'qualitative' ? actual.tier : null;
  if (tier === null) {
    findings.push(msg.needsJudgement(cells.actualA1, actual.text));
    return { fields: { type: 'qualitative', score: acceptReported(ev), basis: say.needsJudgement(actual.text) }, needsReason: false, commentary: null, outOfTier: false };
  }
  const j = tierJudgement(tier, ev, profile, cells, findings, prefix);
  if (tier === 1) return j;
  findings.push(msg.targetMissed(cells.actualA1, name, `实际完成情况“${quote(actual.text)}”属${TIER_NAMES[tier]}`));
  return { ...j, needsReason: true, commentary: `实际完成情况为“${quote(actual.text)}”（${TIER_NAMES[tier]}），未完全达成年度指标“${quote(target.text)}”，请说明原因。` };
}

function tierJudgement(tier: Tier, ev: IndicatorEvaluation, profile: Profile, cells: Cells, findings: Finding[], prefix: string | null): Judgement {
  const fields: Partial<IndicatorEvaluation> = { type: 'qualitative', tier };
  const lead = prefix ? `${prefix}；` : '';
  if (ev.weight === null) return { fields: { ...fields, basis: `${lead}定性指标，属“${TIER_NAMES[tier]}”档（无分值，不计分）` }, needsReason: false, commentary: null, outOfTier: false };
  const q = scoreQualitative(tier, ev.weight, ev.reportedScore, profile);
  if (q.outOfTier && ev.scoreCell) findings.push(msg.qualitativeOutOfTier(ev.scoreCell, ev.reportedScore!, TIER_NAMES[tier], q.low, q.high));
  const basis = lead + say.qualitative(TIER_NAMES[tier], q, ev.reportedScore, profile.tierDefaults[tier]);
  return { fields: { ...fields, score: q.score, basis }, needsReason: false, commentary: null, outOfTier: q.outOfTier };
}

/** Keeps the unit's score (within 0..weight) where the tool cannot decide, so nothing is silently changed. */
function acceptReported(ev: IndicatorEvaluation): number | null {
  if (ev.weight === null) return null;
  if (ev.reportedScore === null) return 0;
  return round2(Math.min(Math.max(ev.reportedScore, 0), ev.weight));
}

function normalizeWords(s: string): string {
  return s.replace(/\s+/g, '');
}


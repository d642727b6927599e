/** 预算执行率: rate, score and the budget block's findings (SPEC §3.1). */
import type { Grid, CellRef } from '../grid';
import { toA1 } from '../grid';
import type { BudgetBlock } from '../table';
import type { BudgetEvaluation } from '../evaluation';
import type { Finding } from '../findings';
import type { Profile } from '../rules/profile';
import { numberFindings, readNumber, readRate, type NumberRead } from './readNumbers';
import { cellProblems } from './cellProblems';
import * as msg from '../messages';
import * as say from './basis';
import { fmtNum, fmtPercent, round2 } from '../format';

export interface BudgetResult {
  evaluation: BudgetEvaluation;
  findings: Finding[];
  /** 执行率 commentary when the profile wants an explanation or the rate is low. */
  commentary: string | null;
}

const addr = (ref: CellRef | null) => (ref ? toA1(ref.row, ref.col) : null);

export function evaluateBudget(grid: Grid, block: BudgetBlock, profile: Profile, assumedWeight: number | null): BudgetResult {
  const findings: Finding[] = [];
  const read = (ref: CellRef | null, what: string): NumberRead => {
    const r = readNumber(grid, ref);
    if (ref) findings.push(...cellProblems(grid, ref), ...numberFindings(r, ref, what));
    return r;
  };
  const planned = read(block.planned, '年初预算数').value;
  const adjusted = amountWithLines(grid, block, 'adjusted', findings) ?? (block.adjusted ? null : planned);
  const executed = amountWithLines(grid, block, 'executed', findings);
  const reportedRateRead = readRate(grid, block.rate);
  if (block.rate) findings.push(...cellProblems(grid, block.rate));
  const reportedRate = reportedRateRead.value;

  let rate: number | null = null;
  if (adjusted !== null && executed !== null && adjusted > 0) rate = executed / adjusted;
  else if (adjusted === null && executed === null) rate = reportedRate; // a rate-only block (Chongqing)

  if (rate !== null && reportedRate !== null && adjusted !== null && executed !== null && Math.abs(reportedRate - rate) > 0.0001 + 1e-12) {
    findings.push(msg.executionRateMismatch(addr(block.rate)!, reportedRate, rate, executed, adjusted));
  }
  if (adjusted !== null && executed !== null && executed > adjusted + 1e-9) {
    findings.push(msg.executionOverBudget(addr(block.executed)!, executed, adjusted));
  }
  let commentary: string | null = null;
  if (rate !== null && rate < profile.executionRateThreshold - 1e-12) {
    findings.push(msg.executionRateLow(addr(block.rate ?? block.executed), rate, profile.executionRateThreshold, profile.executionRateNeedsReason));
    commentary = say.rateCommentary(rate, profile.executionRateThreshold);
  }

  const weightRead = read(block.weight, '分值');
  const weight = weightRead.value ?? block.statedWeight ?? assumedWeight;
  const weightAssumed = weightRead.value === null && block.statedWeight === null && assumedWeight !== null;
  const reported = read(block.score, '得分');
  const reportedScore = reported.value;
  let score: number | null = null;
  let basis: string;
  if (rate === null) {
    basis = '缺少全年预算数或全年执行数，无法计算预算执行率';
  } else if (weight === null) {
    basis = `预算执行率 = ${fmtNum(executed ?? 0)} / ${fmtNum(adjusted ?? 0)} = ${fmtPercent(rate)}（无分值，不计分）`;
  } else {
    score = round2(weight * Math.min(rate, 1));
    const how = adjusted !== null && executed !== null ? `预算执行率 = ${fmtNum(executed)} / ${fmtNum(adjusted)} = ${fmtPercent(rate)}，` : `预算执行率${fmtPercent(rate)}，`;
    basis = `${how}得分 = ${fmtNum(weight)} × ${rate >= 1 ? '100%' : fmtPercent(rate)} = ${fmtNum(score)}分`;
    if (weightAssumed) basis += `（推定权重${fmtNum(weight)}分）`;
  }
  const scoreCell = addr(block.score);
  if (score !== null && weight !== null && reportedScore !== null && scoreCell) {
    if (reportedScore > weight + 0.005) findings.push(msg.scoreExceedsWeight(scoreCell, reportedScore, weight));
    if (Math.abs(reportedScore - score) > 0.01 + 1e-9) findings.push(msg.scoreMismatch(scoreCell, reportedScore, score, basis));
  }
  return {
    evaluation: {
      planned,
      adjusted,
      executed,
      rate,
      reportedRate,
      weight,
      reportedScore,
      score,
      cell: scoreCell ?? addr(block.rate),
      basis,
    },
    findings,
    commentary,
  };
}

/**
 * The total row's amount; where it is empty or zero but the 其中 lines are not, their sum (with a finding).
 * A total that differs from its lines is reported but kept.
 */
function amountWithLines(grid: Grid, block: BudgetBlock, role: 'adjusted' | 'executed', findings: Finding[]): number | null {
  const ref = block[role];
  if (!ref) return null;
  const total = readNumber(grid, ref);
  findings.push(...cellProblems(grid, ref));
  const lineValues = block.lines.map((l) => readNumber(grid, { row: l.row, col: ref.col }).value).filter((v): v is number => v !== null);
  const column = role === 'adjusted' ? '全年预算数' : '全年执行数';
  if (lineValues.length === 0) return total.value;
  const sum = lineValues.reduce((a, b) => a + b, 0);
  if (total.value === null || total.value === 0) {
    if (sum !== 0) {
      findings.push(msg.budgetLinesInconsistent(toA1(ref.row, ref.col), total.value, sum, column));
      return sum;
    }
    return total.value;
  }
  if (Math.abs(total.value - sum) > 0.005) findings.push(msg.budgetLinesInconsistent(toA1(ref.row, ref.col), total.value, sum, column));
  return total.value;
}

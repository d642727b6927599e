/** Table + profile → Evaluation: scores, totals, grade and findings (SPEC §3, §4). */
import type { Grid } from '../grid';
import { toA1 } from '../grid';
import type { Table } from '../table';
import type { BudgetEvaluation, TableEvaluation } from '../evaluation';
import type { Finding } from '../findings';
import { SEVERITY_ORDER } from '../findings';
import type { Profile } from '../rules/profile';
import { gradeTotal } from './grade';
import { rangeToA1 } from '../grid';
import { evaluateBudget } from './budget';
import { evaluateIndicator } from './indicator';
import { assumedWeights, checkWeights, levelScores } from './weights';
import { numberFindings, readNumber } from './readNumbers';
import { cellProblems } from './cellProblems';
import { coherenceFinding, settleTotal } from './totals';
import { designFindings } from '../design/checks';
import type { DesignRow } from '../design/types';
import * as msg from '../messages';
import { round2 } from '../format';
import { unitOwnText } from '../reviewText';

export function evaluateTable(grid: Grid, table: Table, profile: Profile): TableEvaluation {
  const findings: Finding[] = [...table.findings];
  const assumed = assumedWeights(table, profile);
  const budgetResult = table.budget ? evaluateBudget(grid, table.budget, profile, assumed?.budget ?? null) : null;
  const budget: BudgetEvaluation | null = budgetResult?.evaluation ?? null;
  if (budgetResult) findings.push(...budgetResult.findings);

  const tableReason = table.reasonCell
    ? { cell: toA1(table.reasonCell.row, table.reasonCell.col), filled: unitOwnText(grid.text(table.reasonCell.row, table.reasonCell.col)) !== '' }
    : null;
  let deducted = 0;
  const designRows: DesignRow[] = [];
  const indicators = table.indicators.map((row) => {
    const r = evaluateIndicator({ grid, row, columns: table.columns, profile, assumedWeight: assumed?.perRow.get(row.row) ?? null, tableReason });
    findings.push(...r.findings);
    deducted += r.deducted;
    if (r.design) designRows.push(r.design);
    return r.evaluation;
  });

  const total = table.total;
  const totalCell = total?.score ? toA1(total.score.row, total.score.col) : null;
  const statedRead = total?.weight ? readNumber(grid, total.weight) : null;
  if (statedRead) findings.push(...numberFindings(statedRead, total!.weight, '分值合计'));
  const statedTotal = statedRead?.value ?? null;
  const weights = checkWeights({ table, grid, indicators, budgetWeight: budget?.weight ?? null, statedTotal, profile }, total?.weight ? toA1(total.weight.row, total.weight.col) : totalCell);
  findings.push(...weights.findings);

  // Without its 年度指标值 or 实际完成值 column a table cannot be graded: COLUMN_MISSING says why.
  const complete = !table.findings.some((f) => f.code === 'COLUMN_MISSING');
  const scored = weights.weightTotal !== null;
  const parts = indicators.filter((i) => i.type !== 'not-applicable');
  const settled = scored && complete ? settleTotal({ indicators: parts, budget, deducted, profile, totalCell }) : null;
  if (settled) findings.push(...settled.findings);
  const recomputed = settled?.total ?? null;
  // At the total, like the other findings about the scores as a whole; the 执行率 cell when there is none.
  const rateCell = table.budget?.rate ?? table.budget?.executed ?? null;
  const coherenceCell = totalCell ?? (rateCell ? toA1(rateCell.row, rateCell.col) : null);
  const incoherent = scored && complete ? coherenceFinding(parts, budget?.rate ?? null, profile, coherenceCell) : null;
  if (incoherent) findings.push(incoherent);
  const reportedRead = total?.score ? readNumber(grid, total.score) : null;
  if (total?.score) findings.push(...cellProblems(grid, total.score), ...numberFindings(reportedRead!, total.score, '总分'));
  const reportedTotal = reportedRead?.value ?? null;

  if (reportedTotal !== null) {
    const reportedParts = [...parts.map((i) => i.reportedScore), budget?.reportedScore ?? null].filter((v): v is number => v !== null);
    if (reportedParts.length > 0) {
      const sum = round2(reportedParts.reduce((a, b) => a + b, 0));
      if (Math.abs(sum - reportedTotal) > 0.01 + 1e-9) findings.push(msg.totalMismatch(totalCell, reportedTotal, sum));
    }
    if (recomputed !== null && Math.abs(reportedTotal - recomputed) > 0.01 + 1e-9) findings.push(msg.totalDiffers(totalCell, reportedTotal, recomputed));
  }

  findings.push(...designFindings({ rows: designRows, budget, totalCell }));

  const gradeCell = total?.gradeCell ? toA1(total.gradeCell.row, total.gradeCell.col) : null;
  const graded = gradeTotal({
    total: recomputed,
    weightTotal: weights.weightTotal,
    notScoredReason: complete ? '表中没有分值，当前规则也未提供推定权重：未计算总分和等级。' : '表头缺少必要的列：无法核对指标，未计算总分和等级。',
    profile,
  });
  return {
    sheet: table.sheet,
    kind: table.kind,
    variant: table.variant,
    range: rangeToA1(table.range),
    name: table.name,
    department: table.department,
    unit: table.unit,
    project: table.project,
    budget,
    indicators,
    weightTotal: weights.weightTotal,
    reportedTotal,
    total: recomputed,
    totalBasis: settled?.basis ?? null,
    grade: graded.grade,
    totalOf100: graded.totalOf100,
    gradeBasis: graded.gradeBasis,
    levels: levelScores(indicators, budget),
    weightsAssumed: assumed !== null && scored,
    findings: sortFindings(findings),
    totalCell,
    gradeCell,
    budgetCommentary: budgetResult?.commentary ?? null,
  };
}

/** Errors first, then warnings, then infos; within a severity, sheet order (row, then column). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Every finding message in one place (zh-CN, one sentence a clerk understands, naming the cell and
 * the numbers). Codes are stable API (SPEC §4); wording may improve freely.
 */
import type { Finding, FindingCode, Severity } from './findings';
import type { SkippedSheet } from './evaluation';
import { fmtNum, fmtPercent, fmtShare, quote } from './format';

function finding(code: FindingCode, severity: Severity, cell: string | null, message: string): Finding {
  return { code, severity, cell, message };
}

const at = (cell: string | null) => (cell ? `${cell}：` : '');

/** `closest`: the row that came nearest to a header and what it lacked (recognize/report.ts), when there is one. */
export const tableNotFound = (sheet: string, looksLikeTable: boolean, closest: string | null = null): Finding =>
  looksLikeTable
    ? finding(
        'TABLE_NOT_FOUND',
        'warning',
        null,
        `工作表“${quote(sheet)}”像是自评表，但没有找到含“三级指标”和“年度指标值/实际完成值”的表头${closest ? `（${closest}）` : ''}，未评分。`,
      )
    : finding('TABLE_NOT_FOUND', 'info', null, `工作表“${quote(sheet)}”不是自评表（如填报说明、汇总），已跳过。`);

/** A 复核表 ziping wrote earlier: skipped, never scored (its TABLE_NOT_FOUND is informational). */
export const reviewSheetSkipped = (sheet: string): SkippedSheet => {
  const f = finding('TABLE_NOT_FOUND', 'info', null, `工作表“${quote(sheet)}”是自评表评分助手生成的复核表，不评分（重新评分时会被替换）。`);
  return { sheet, reason: f.message, finding: f };
};

/** `found`: the header cells and the role each got; `accepted`: what the missing column's header must say. */
export const columnMissing = (cell: string, column: string, detail?: { found: string; accepted: string }): Finding =>
  finding(
    'COLUMN_MISSING',
    'error',
    cell,
    detail
      ? `${at(cell)}表头缺少“${quote(column)}”列：找到的表头为${detail.found}，“${quote(column)}”列的表头须${detail.accepted}，相关指标无法核对。`
      : `${at(cell)}表头缺少“${quote(column)}”列，相关指标无法核对。`,
  );

export const weightSum = (cell: string | null, sum: number, stated: number, budget: number | null): Finding =>
  finding(
    'WEIGHT_SUM',
    'error',
    cell,
    `${at(cell)}各指标分值合计${fmtNum(sum - (budget ?? 0))}分${budget !== null ? `加预算执行率分值${fmtNum(budget)}分` : ''}共${fmtNum(sum)}分，不等于总分${fmtNum(stated)}分。`,
  );

export const statedWeightTotal = (cell: string | null, stated: number, sum: number): Finding =>
  finding('WEIGHT_SUM', 'error', cell, `${at(cell)}总分行填写的分值${fmtNum(stated)}分，与各项分值合计${fmtNum(sum)}分不一致。`);

export const level1Split = (cell: string | null, actual: string, recommended: string): Finding =>
  finding('LEVEL1_SPLIT', 'info', cell, `${at(cell)}一级指标分值为${actual}，与推荐的${recommended}不同（允许调整，请确认依据）。`);

export const scoreExceedsWeight = (cell: string, reported: number, weight: number): Finding =>
  finding('SCORE_EXCEEDS_WEIGHT', 'error', cell, `${at(cell)}自评得分${fmtNum(reported)}分超过该指标分值${fmtNum(weight)}分。`);

export const scoreMismatch = (cell: string, reported: number, score: number, basis: string): Finding =>
  finding('SCORE_MISMATCH', 'warning', cell, `${at(cell)}自评得分${fmtNum(reported)}分，复核得分${fmtNum(score)}分（${basis}）。`);

export const totalMismatch = (cell: string | null, reported: number, partsSum: number): Finding =>
  finding('TOTAL_MISMATCH', 'error', cell, `${at(cell)}填报总分${fmtNum(reported)}分，但各项自评得分（含预算执行率得分）合计为${fmtNum(partsSum)}分。`);

export const totalDiffers = (cell: string | null, reported: number, total: number): Finding =>
  finding('TOTAL_DIFFERS', 'warning', cell, `${at(cell)}自评总分${fmtNum(reported)}分，复核总分${fmtNum(total)}分，自评${reported > total ? '高出' : '低于'}复核${fmtNum(Math.abs(reported - total))}分。`);

export const executionRateMismatch = (cell: string, reported: number, rate: number, executed: number, budget: number): Finding =>
  finding(
    'EXECUTION_RATE_MISMATCH',
    'warning',
    cell,
    `${at(cell)}填报执行率${fmtPercent(reported)}，按执行数${fmtNum(budget === 0 ? 0 : executed)}÷预算数${fmtNum(budget)}计算应为${fmtPercent(rate)}。`,
  );

export const budgetLinesInconsistent = (cell: string, total: number | null, linesSum: number, column: string): Finding =>
  finding(
    'BUDGET_LINES_INCONSISTENT',
    'warning',
    cell,
    total === null || total === 0
      ? `${at(cell)}年度资金总额的${column}为空或为0，但其中各项合计${fmtNum(linesSum)}万元，已按各项合计计算。`
      : `${at(cell)}年度资金总额的${column}${fmtNum(total)}万元，不等于其中各项合计${fmtNum(linesSum)}万元。`,
  );

export const executionOverBudget = (cell: string, executed: number, budget: number): Finding =>
  finding('EXECUTION_OVER_BUDGET', 'warning', cell, `${at(cell)}全年执行数${fmtNum(executed)}万元超过全年预算数${fmtNum(budget)}万元。`);

export const executionRateLow = (cell: string | null, rate: number, threshold: number, needsReason: boolean): Finding =>
  finding(
    'EXECUTION_RATE_LOW',
    needsReason ? 'warning' : 'info',
    cell,
    `${at(cell)}预算执行率${fmtPercent(rate)}，低于${fmtShare(threshold)}${needsReason ? '，须说明原因' : ''}。`,
  );

export const valueMissing = (cell: string, what: string, name: string): Finding =>
  finding('VALUE_MISSING', 'error', cell, `${at(cell)}指标“${quote(name)}”的${what}为空，无法核对完成情况。`);

export const valueUnparseable = (cell: string, what: string, text: string, why: string): Finding =>
  finding('VALUE_UNPARSEABLE', 'warning', cell, `${at(cell)}${what}“${quote(text)}”无法识别：${why}。`);

export const unitMismatch = (cell: string, targetText: string, actualText: string): Finding =>
  finding('UNIT_MISMATCH', 'warning', cell, `${at(cell)}实际完成值“${quote(actualText)}”与年度指标值“${quote(targetText)}”的计量单位不同，无法换算比较，请核实。`);

export const actualHasComparator = (cell: string, text: string): Finding =>
  finding('ACTUAL_HAS_COMPARATOR', 'warning', cell, `${at(cell)}实际完成值“${quote(text)}”带有“≥/≤”等符号，应填写实际达到的数值；已按其中的数值核对。`);

export const targetMissed = (cell: string, name: string, detail: string): Finding =>
  finding('TARGET_MISSED', 'warning', cell, `${at(cell)}指标“${quote(name)}”未达成年度指标：${detail}。`);

export const deviationLarge = (cell: string, name: string, completion: number, threshold: number, deduction = 0): Finding =>
  finding(
    'DEVIATION_LARGE',
    'warning',
    cell,
    `${at(cell)}指标“${quote(name)}”完成率${fmtPercent(completion)}，偏离100%达${fmtPercent(Math.abs(completion - 1))}（不低于${fmtShare(threshold)}），须分析偏差原因${
      deduction > 0 ? `；按规则超额完成扣${fmtNum(deduction)}分` : ''
    }。`,
  );

export const reasonMissing = (cell: string | null, name: string): Finding =>
  finding('REASON_MISSING', 'warning', cell, `${at(cell)}指标“${quote(name)}”未完成或偏差较大，但未填写偏差原因分析及改进措施。`);

export const qualitativeOutOfTier = (cell: string, reported: number, tierName: string, low: number, high: number): Finding =>
  finding(
    'QUALITATIVE_OUT_OF_TIER',
    'warning',
    cell,
    `${at(cell)}自评得分${fmtNum(reported)}分不在“${quote(tierName)}”档应得的${fmtNum(low)}–${fmtNum(high)}分之间。`,
  );

export const needsJudgement = (cell: string, text: string): Finding =>
  finding('NEEDS_JUDGEMENT', 'info', cell, `${at(cell)}“${quote(text)}”无法自动判断属于达成、部分达成还是未达成，请人工判断。`);

export const cellError = (cell: string, error: string): Finding =>
  finding('CELL_ERROR', 'error', cell, `${at(cell)}单元格为错误值${error}，请修正公式或数据。`);

export const formulaWithoutResult = (cell: string, formula: string): Finding =>
  finding(
    'CELL_ERROR',
    'warning',
    cell,
    `${at(cell)}公式“${quote(formula)}”没有保存计算结果（文件不是由 Excel 保存的），按空白处理；请在 Excel 中打开、保存后再评分。`,
  );

export const placeholderRow = (cell: string, name: string): Finding =>
  finding('PLACEHOLDER_ROW', 'info', cell, `${at(cell)}“${quote(name || '（空）')}”是未填写的模板示例行，已视为不适用。`);

// Evaluation scoring tables (SPEC §9): only the arithmetic is checked; the judgements are the evaluators'.

export const labelWeightMismatch = (cell: string, label: string, stated: number, sum: number, ownRow: boolean): Finding =>
  finding(
    'SUBTOTAL_MISMATCH',
    'error',
    cell,
    `${at(cell)}“${quote(label)}”标注${fmtNum(stated)}分，但${ownRow ? '该行分值为' : '其下各项分值合计'}${fmtNum(sum)}分。`,
  );

export const subtotalLineMismatch = (cell: string, label: string, what: '分值' | '得分', stated: number, sum: number): Finding =>
  finding('SUBTOTAL_MISMATCH', 'error', cell, `${at(cell)}“${quote(label)}”行的${what}${fmtNum(stated)}分，不等于上方各项${what}合计${fmtNum(sum)}分。`);

export const evaluationTotalMismatch = (cell: string, label: string, what: '分值' | '得分', stated: number, sum: number): Finding =>
  finding('TOTAL_MISMATCH', 'error', cell, `${at(cell)}“${quote(label)}”的${what}填写为${fmtNum(stated)}分，但各项${what}合计为${fmtNum(sum)}分。`);

export const evaluationWeightSum = (cell: string | null, sum: number, expected: number, stated: boolean): Finding =>
  finding('WEIGHT_SUM', 'error', cell, `${at(cell)}${stated ? '合计行填写的分值' : '各项分值合计'}为${fmtNum(sum)}分，不等于总分${fmtNum(expected)}分。`);

export const evaluationScoreExceedsWeight = (cell: string, name: string, score: number, weight: number): Finding =>
  finding('SCORE_EXCEEDS_WEIGHT', 'error', cell, `${at(cell)}“${quote(name)}”的得分${fmtNum(score)}分超过其分值${fmtNum(weight)}分。`);

export const rateMismatch = (cell: string, name: string, stated: number, score: number, weight: number): Finding =>
  finding(
    'RATE_MISMATCH',
    'warning',
    cell,
    `${at(cell)}“${quote(name)}”填写的得分率${fmtPercent(stated)}，按得分${fmtNum(score)}÷分值${fmtNum(weight)}计算应为${fmtPercent(score / weight)}。`,
  );

export const gradeMismatch = (cell: string, stated: string, total: number, expected: string, profileName: string): Finding =>
  finding('GRADE_MISMATCH', 'warning', cell, `${at(cell)}评价等级填写为“${quote(stated)}”，但综合得分${fmtNum(total)}分按${profileName}的等级划分应为“${expected}”。`);
/** "预算执行率65.00%，在60%–70%区间" (the band of an 执行率 cap). */
export const capBand = (rate: number, low: number, below: number): string =>
  `预算执行率${fmtPercent(rate)}，在${low > 0 ? `${fmtShare(low)}–${fmtShare(below)}` : `低于${fmtShare(below)}的`}区间`;

export const executionCap = (cell: string | null, rate: number, low: number, below: number, maxTotal: number, sum: number): Finding =>
  finding(
    'EXECUTION_CAP',
    'warning',
    cell,
    `${at(cell)}${capBand(rate, low, below)}，按规则总分不超过${fmtNum(maxTotal)}分；各项得分合计${fmtNum(sum)}分，复核总分按${fmtNum(maxTotal)}分计。`,
  );

export interface IncoherenceFacts {
  /** True when the unit's own scores were compared, false for the recomputed ones. */
  own: boolean;
  points: number;
  weight: number;
  scoreRate: number;
  rate: number;
  coherence: number;
}

export const scoreExecutionIncoherent = (cell: string | null, f: IncoherenceFacts): Finding =>
  finding(
    'SCORE_EXECUTION_INCOHERENT',
    'warning',
    cell,
    `${at(cell)}各项指标${f.own ? '自评' : '复核'}得分率${fmtPercent(f.scoreRate)}（${fmtNum(f.points)}分 ÷ ${fmtNum(f.weight)}分），${
      f.rate > 0 ? `高出预算执行率${fmtPercent(f.rate)}达${fmtPercent(f.scoreRate / f.rate - 1)}` : `而预算执行率为${fmtPercent(f.rate)}`
    }（不低于${fmtShare(f.coherence)}），产出效益与资金使用不匹配，请核实得分或说明原因。`,
  );

// Indicator design checks (SPEC §3.4): they report, they never change a score.

export const quantityIsSpending = (cell: string, name: string, word: string): Finding =>
  finding(
    'QUANTITY_IS_SPENDING',
    'warning',
    cell,
    `${at(cell)}产出指标“${quote(name)}”反映的是资金使用进度（“${word}”），不是项目产出；资金使用已由预算执行率考核，请改用实际产出的数量、质量等指标。`,
  );

export const costDirection = (cell: string, name: string, target: string): Finding =>
  finding('COST_DIRECTION', 'warning', cell, `${at(cell)}成本指标“${quote(name)}”的指标值“${quote(target)}”为“不低于”方向，成本指标应设上限（≤、不高于），请核实。`);

export const duplicateIndicator = (cell: string, name: string, firstCell: string, firstPlace: string, place: string): Finding =>
  finding(
    'DUPLICATE_INDICATOR',
    'warning',
    cell,
    `${at(cell)}指标“${quote(name)}”与${firstCell}的指标重复${firstPlace && place ? `（分别在${firstPlace}和${place}下）` : ''}，同一指标不应重复设置、重复计分。`,
  );

export const satisfactionWithoutSurvey = (cell: string, name: string, actual: string): Finding =>
  finding(
    'SATISFACTION_WITHOUT_SURVEY',
    'warning',
    cell,
    `${at(cell)}满意度指标“${quote(name)}”的实际完成值为“${quote(actual)}”，不是满意度调查结果；满意度应以问卷等调查的满意率为依据。`,
  );

export const vagueTarget = (cell: string, name: string, target: string): Finding =>
  finding('VAGUE_TARGET', 'info', cell, `${at(cell)}指标“${quote(name)}”的指标值“${quote(target)}”既无数值也无达成程度的表述，年底难以考核，建议细化、量化。`);

export const sameBenefitTarget = (cell: string, count: number, target: string): Finding =>
  finding('VAGUE_TARGET', 'info', cell, `${at(cell)}全部${count}项效益指标的指标值都是“${quote(target)}”，未按各指标分别设定，请结合实际设定可衡量的目标。`);

export const allFullMarks = (cell: string | null, count: number, missed: string[], rate: number | null): Finding => {
  const why = [
    missed.length > 0 ? `${missed.length}项指标未达成年度指标值（${missed.slice(0, 3).map((n) => `“${quote(n, 20)}”`).join('、')}${missed.length > 3 ? '等' : ''}）` : '',
    rate !== null ? `预算执行率仅${fmtPercent(rate)}` : '',
  ].filter((s) => s !== '');
  return finding('ALL_FULL_MARKS', 'warning', cell, `${at(cell)}全部${count}项指标均自评满分，但${why.join('，且')}，自评偏高，请核实。`);
};

/** Evaluation: the scored table, plain data in the shape of the CLI JSON (SPEC §7). */
import type { Finding } from './findings';
import type { TableKind } from './table';

export type Direction = 'atLeast' | 'atMost' | 'equal';
export type IndicatorType = 'quantitative' | 'qualitative' | 'not-applicable';
export type Grade = '优' | '良' | '中' | '差';

export interface BudgetEvaluation {
  planned: number | null;
  adjusted: number | null;
  executed: number | null;
  /** 执行数 / 预算数, null when it cannot be computed. */
  rate: number | null;
  reportedRate: number | null;
  weight: number | null;
  reportedScore: number | null;
  score: number | null;
  /** The 得分 cell (or the 执行率 cell when there is no score column). */
  cell: string | null;
  basis: string;
}

export interface IndicatorEvaluation {
  /** The 三级指标 cell. */
  cell: string;
  row: number;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  type: IndicatorType;
  weight: number | null;
  /** True when the weight came from the profile's defaults (推定权重). */
  weightAssumed: boolean;
  reportedScore: number | null;
  score: number | null;
  completion: number | null;
  direction: Direction | null;
  directionReason: string | null;
  /** Qualitative tier (1 达成, 2 部分达成, 3 未达成) when the indicator is qualitative. */
  tier: 1 | 2 | 3 | null;
  basis: string;
  /** Deviation commentary when an explanation is required, else null. */
  commentary: string | null;
  scoreCell: string | null;
  reasonCell: string | null;
}

export interface LevelScore {
  level1: string;
  weight: number;
  score: number;
  reportedScore: number | null;
}

export interface TableEvaluation {
  sheet: string;
  /** 'evaluation' for an evaluation scoring table (SPEC §9), whose extra fields are in EvaluationTableResult. */
  kind: TableKind | 'evaluation';
  variant: string;
  range: string;
  name: string | null;
  /** 主管部门, 实施单位 (单位名称) and 项目名称 as the header block states them (null when absent). */
  department: string | null;
  unit: string | null;
  project: string | null;
  budget: BudgetEvaluation | null;
  indicators: IndicatorEvaluation[];
  /** Sum of indicator weights + 执行率 weight; null without weights. */
  weightTotal: number | null;
  reportedTotal: number | null;
  total: number | null;
  /** How the total was reached: the sum of the parts, deductions and any 执行率 cap (zh-CN); null without a total. */
  totalBasis: string | null;
  /** Null when not scored, and when the weights do not add up to the profile's total (SPEC §3.1). */
  grade: Grade | null;
  /** The total scaled to 100 when the weights add up to another number (WEIGHT_SUM): information only, not graded. */
  totalOf100: number | null;
  /** One zh-CN sentence: why the total got its grade, or why it got none (SPEC §3.1). */
  gradeBasis: string;
  /** Score by 一级指标 (预算执行 included as its own entry), for the pane's chart. */
  levels: LevelScore[];
  weightsAssumed: boolean;
  findings: Finding[];
  /** Cells used: the reported total, where the grade goes. */
  totalCell: string | null;
  gradeCell: string | null;
  /** 执行率 commentary (e.g. 预算执行率76.34%，低于90%，请说明原因。) or null. */
  budgetCommentary: string | null;
}

/** A sheet without a recognisable table: skipped with a note, not an error. */
export interface SkippedSheet {
  sheet: string;
  reason: string;
  finding: Finding;
}

/** An evaluation scoring table checked: plain data in the shape of the CLI JSON (kind `evaluation`, SPEC §9). */
import type { Grade, TableEvaluation } from '../evaluation';

export interface EvaluationItem {
  /** The item's name cell. */
  cell: string;
  row: number;
  level1: string;
  level2: string;
  name: string;
  weight: number | null;
  score: number | null;
  /** The 得分率 the table states, as a fraction; null when it states none. */
  statedRate: number | null;
  weightCell: string | null;
  scoreCell: string | null;
  rateCell: string | null;
}

/** One 一级指标: the weight its label states, and what its items add up to. */
export interface EvaluationSubtotal {
  label: string;
  cell: string;
  statedWeight: number | null;
  weight: number;
  score: number;
}

/**
 * `total` is the sum of the items' 得分 (arithmetic only, nothing re-scored); `reportedTotal` what the 合计 line
 * says; `grade` the profile's grade of `total` when the weights add up to the profile's total, else null.
 * `totalCell` and `gradeCell` stay null: ziping never writes into such a table (marks only).
 */
export interface EvaluationTableResult extends TableEvaluation {
  kind: 'evaluation';
  items: EvaluationItem[];
  subtotals: EvaluationSubtotal[];
  statedGrade: Grade | null;
  statedTotalCell: string | null;
  statedGradeCell: string | null;
}

export function isEvaluationResult(t: TableEvaluation): t is EvaluationTableResult {
  return t.kind === 'evaluation';
}

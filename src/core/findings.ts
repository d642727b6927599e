/** Findings are values, never exceptions: a stable code, a severity, the cell, a zh-CN sentence. */

export type FindingCode =
  | 'TABLE_NOT_FOUND'
  | 'COLUMN_MISSING'
  | 'WEIGHT_SUM'
  | 'LEVEL1_SPLIT'
  | 'SCORE_EXCEEDS_WEIGHT'
  | 'SCORE_MISMATCH'
  | 'TOTAL_MISMATCH'
  | 'TOTAL_DIFFERS'
  | 'EXECUTION_RATE_MISMATCH'
  | 'BUDGET_LINES_INCONSISTENT'
  | 'EXECUTION_OVER_BUDGET'
  | 'EXECUTION_RATE_LOW'
  | 'VALUE_MISSING'
  | 'VALUE_UNPARSEABLE'
  | 'UNIT_MISMATCH'
  | 'ACTUAL_HAS_COMPARATOR'
  | 'TARGET_MISSED'
  | 'DEVIATION_LARGE'
  | 'REASON_MISSING'
  | 'QUALITATIVE_OUT_OF_TIER'
  | 'NEEDS_JUDGEMENT'
  | 'CELL_ERROR'
  | 'PLACEHOLDER_ROW'
  // Jurisdiction options (SPEC §3.3)
  | 'EXECUTION_CAP'
  | 'SCORE_EXECUTION_INCOHERENT'
  // Indicator design checks (SPEC §3.4)
  | 'QUANTITY_IS_SPENDING'
  | 'COST_DIRECTION'
  | 'DUPLICATE_INDICATOR'
  | 'SATISFACTION_WITHOUT_SURVEY'
  | 'VAGUE_TARGET'
  | 'ALL_FULL_MARKS'
  // Evaluation scoring tables (SPEC §9)
  | 'SUBTOTAL_MISMATCH'
  | 'RATE_MISMATCH'
  | 'GRADE_MISMATCH';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** A1 address on `sheet`, or null when the finding is about the table as a whole. */
  cell: string | null;
  message: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

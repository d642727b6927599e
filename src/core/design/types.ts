/** What the indicator design checks (SPEC §3.4) look at: evaluated rows with their parsed values and cells. */
import type { BudgetEvaluation, IndicatorEvaluation } from '../evaluation';
import type { Finding, FindingCode, Severity } from '../findings';
import type { ParsedValue } from '../values/types';

export interface DesignRow {
  ev: IndicatorEvaluation;
  target: ParsedValue;
  actual: ParsedValue;
  targetCell: string;
  actualCell: string;
  /** The evaluation found the target missed (TARGET_MISSED). */
  missed: boolean;
}

export interface DesignInput {
  /** Applicable indicator rows, in sheet order. */
  rows: DesignRow[];
  budget: BudgetEvaluation | null;
  /** The reported total's cell, for table-wide findings. */
  totalCell: string | null;
}

export interface DesignCheck {
  code: FindingCode;
  severity: Severity;
  /** One sentence on what a 复核 rulebook marks down, for documentation and the task pane. */
  what: string;
  check(input: DesignInput): Finding[];
}

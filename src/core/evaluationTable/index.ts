/**
 * Evaluation scoring tables (SPEC §9): recognised on the parts of a sheet no 自评表 holds, checked for their
 * arithmetic only, marked (fill + note) but never written to.
 */
import type { CellRange, Grid } from '../grid';
import type { Profile } from '../rules/profile';
import { columnFormTables, type Taken } from './columnForm';
import { transposedTables } from './transposedForm';
import { evaluateEvaluationTable } from './evaluate';
import type { EvaluationTable } from './types';
import type { EvaluationTableResult } from './result';

export interface ScoredEvaluationTable {
  table: EvaluationTable;
  evaluation: EvaluationTableResult;
}

const inside = (ranges: CellRange[]): Taken => (row, col) => ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);

/** Every evaluation table outside `taken` (the ranges of the sheet's 自评表), in reading order. */
export function recognizeEvaluationTables(grid: Grid, taken: CellRange[]): EvaluationTable[] {
  const byRows = columnFormTables(grid, inside(taken));
  const byColumns = transposedTables(grid, inside([...taken, ...byRows.map((t) => t.range)]));
  return [...byRows, ...byColumns].sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

export function scoreEvaluationTables(grid: Grid, profile: Profile, taken: CellRange[]): ScoredEvaluationTable[] {
  return recognizeEvaluationTables(grid, taken).map((table) => ({ table, evaluation: evaluateEvaluationTable(grid, table, profile) }));
}

export type { EvaluationTable, EvaluationVariant } from './types';
export type { EvaluationItem, EvaluationSubtotal, EvaluationTableResult } from './result';
export { isEvaluationResult } from './result';

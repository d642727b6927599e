/**
 * The core's public face: Grid → Tables → Evaluations → WritePlan. Pure functions, plain data.
 * Hosts (xlsx, Excel, CLI, task pane) use only what is exported here.
 */
import type { Grid } from './grid';
import type { Table } from './table';
import type { SkippedSheet, TableEvaluation } from './evaluation';
import type { PlanOptions, WritePlan } from './writePlan';
import type { Profile } from './rules/profile';
import { recognizeTables } from './recognize';
import { evaluateTable } from './evaluate';
import { planWrites } from './plan';
import { skippedSheet } from './recognize/skipped';
import { scoreEvaluationTables, type ScoredEvaluationTable } from './evaluationTable';
import type { EvaluationTableResult } from './evaluationTable';
import { withEvaluationMarks } from './evaluationTable/marks';
import { buildReviewSheet, isReviewSheet } from './review';
import { reviewSheetSkipped } from './messages';

export interface ScoredTable {
  table: Table;
  evaluation: TableEvaluation;
}

export interface SheetScore {
  sheet: string;
  /** The profile the sheet was scored with (the 复核表 names it and its source). */
  profile: ProfileRef;
  tables: ScoredTable[];
  /** Evaluation scoring tables (综合评分表, 评分结果一览表; SPEC §9) found outside the 自评表. */
  evaluationTables: ScoredEvaluationTable[];
  /** Set when the sheet holds no recognisable table. */
  skipped: SkippedSheet | null;
}

export type ProfileRef = Pick<Profile, 'id' | 'name' | 'source'>;

/** What a host knows that the core does not: today's date and the workbook's other sheets. */
export interface PlanContext {
  /** The review date for the 复核表 title, e.g. "2026-12-01" (the core has no clock). */
  date?: string | null;
  /** The workbook's sheet names in order, without 复核表 an earlier run added (they are replaced). */
  sheetNames?: readonly string[];
}

/** Recognises and scores every table on one sheet. Never throws on sheet content. */
export function scoreGrid(grid: Grid, profile: Profile): SheetScore {
  const ref: ProfileRef = { id: profile.id, name: profile.name, source: profile.source };
  // A 复核表 an earlier run wrote has the national column words: it is ours, never a unit's table.
  if (isReviewSheet(grid)) return { sheet: grid.sheet, profile: ref, tables: [], evaluationTables: [], skipped: reviewSheetSkipped(grid.sheet) };
  const tables = recognizeTables(grid);
  const evaluationTables = scoreEvaluationTables(grid, profile, tables.map((t) => t.range));
  if (tables.length === 0 && evaluationTables.length === 0) return { sheet: grid.sheet, profile: ref, tables: [], evaluationTables, skipped: skippedSheet(grid) };
  return {
    sheet: grid.sheet,
    profile: ref,
    tables: tables.map((table) => ({ table, evaluation: evaluateTable(grid, table, profile) })),
    evaluationTables,
    skipped: null,
  };
}

/** Every table of the sheet in reading order, 自评表 and evaluation tables alike (the CLI's `tables`). */
export function sheetEvaluations(score: SheetScore): Array<TableEvaluation | EvaluationTableResult> {
  const all = [...score.tables, ...score.evaluationTables].map((t) => ({ top: t.table.range.top, left: t.table.range.left, ev: t.evaluation }));
  return all.sort((a, b) => a.top - b.top || a.left - b.left).map((x) => x.ev);
}

/** The cell changes that write a sheet's results back (SPEC §6), and its 复核表 when asked (§6.1). */
export function planSheet(grid: Grid, score: SheetScore, options: PlanOptions, context: PlanContext = {}): WritePlan {
  const plan = withEvaluationMarks(planWrites(grid, score.tables, options), score.evaluationTables, options);
  if (options.reviewSheet && score.tables.length > 0) {
    plan.sheets = [buildReviewSheet({ sheet: score.sheet, tables: score.tables, profile: score.profile, date: context.date ?? null, sheetNames: context.sheetNames })];
  }
  return plan;
}

export type { Grid, GridCell, CellScalar, CellRange, CellRef, GridData, CellError } from './grid';
export { toA1, parseA1, rangeToA1, parseRangeA1, columnLetters, isCellError } from './grid';
export type { Finding, FindingCode, Severity } from './findings';
export type { Table, TableKind } from './table';
export type * from './evaluation';
export type { WritePlan, CellChange, PlanOptions, ChangeKind, PlannedSheet, PlannedCell, PlannedCellStyle } from './writePlan';
export { REVIEW_PREFIX, REVIEW_FONT_COLOR, unitOwnText, hasReviewText } from './reviewText';
export { reviewSheetName, isReviewSheet, wrappedRowHeight, wrappedRowHeights, reviewDate, REVIEW_SHEET_PREFIX } from './review';
export type { SheetLayout } from './review';
export { DEFAULT_PLAN_OPTIONS, NOTE_MARKER, mergeNote, stripOurNote, SEVERITY_FILL } from './writePlan';
export type { Profile, ProfileOptions, JurisdictionOptions, OverAchievement, ExecutionCap, Tier, GradeBand } from './rules/profile';
export { PROFILES, NATIONAL, DEFAULT_OPTIONS, gradeFor } from './rules/profile';
export { validateProfile } from './rules/validateProfile';
export type { ScoredEvaluationTable, EvaluationTableResult, EvaluationItem, EvaluationSubtotal } from './evaluationTable';
export { isEvaluationResult } from './evaluationTable';
export type { SheetReport, TableReport, ClosestHeader } from './recognize/report';
export { inspectGrid, explainClosest } from './recognize/report';
export { formatSheetReport } from './recognize/reportText';

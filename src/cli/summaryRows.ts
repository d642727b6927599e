/**
 * The summary's content as plain rows (SPEC §7.1), before any spreadsheet: 汇总 (a row per table and per
 * file or sheet that was not scored), 问题清单 (a row per finding) and 单位汇总 (a row per unit).
 */
import { summaryRemark } from './tableType';
import * as path from 'path';
import type { Finding, Grade, TableEvaluation } from '../core';
import { round2 } from '../core/format';
import type { FileReport } from './scoreFile';
import { comparePaths, naturalCompare } from './naturalSort';
import { KIND_LABEL, severityCounts, unscoredReason } from './tableStatus';

/** A file's report with its path relative to the folder given (what the summary shows). */
export interface ReportEntry {
  report: FileReport;
  relative: string;
}

export interface SummaryRow {
  file: string;
  sheet: string;
  department: string;
  unit: string;
  project: string;
  kind: string;
  reported: number | null;
  total: number | null;
  /** 自评得分 − 复核得分. */
  diff: number | null;
  grade: Grade | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  note: string;
  /** The 单位汇总 group: 主管部门, else 实施单位/单位名称, else the first folder of the path. */
  group: string;
  table: TableEvaluation | null;
}

export interface ProblemRow {
  file: string;
  sheet: string;
  cell: string;
  unit: string;
  project: string;
  severity: Finding['severity'];
  code: string;
  message: string;
}

export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

export interface UnitRow {
  group: string;
  tables: number;
  reportedAverage: number | null;
  totalAverage: number | null;
  /** Mean of (自评 − 复核) over the tables that have both. */
  diffAverage: number | null;
  grades: Record<Grade, number>;
  errors: number;
  warnings: number;
  /** Tables without a score, plus files and sheets that could not be scored. */
  unscored: number;
}

export interface BatchStats {
  reportedAverage: number | null;
  totalAverage: number | null;
  graded: number;
  grades: Record<Grade, number>;
}

const NO_UNIT = '（未注明单位）';

const mean = (xs: number[]): number | null => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
const numbers = (xs: Array<number | null>): number[] => xs.filter((x): x is number => x !== null);
const noGrades = (): Record<Grade, number> => ({ 优: 0, 良: 0, 中: 0, 差: 0 });

/** The folder a file sits in (first path level), for files and tables that name no unit. */
function folderOf(relative: string): string | null {
  const parts = relative.split(/[\\/]/);
  return parts.length > 1 ? parts[0] : null;
}

function tableRow(file: string, t: TableEvaluation, extraNote: string | undefined): SummaryRow {
  const c = severityCounts(t.findings);
  const diff = t.reportedTotal !== null && t.total !== null ? round2(t.reportedTotal - t.total) : null;
  // A total on the wrong base is not graded (SPEC §3.1): say so, with the scaled figure as information.
  const ungraded = t.grade === null && t.totalOf100 !== null ? `分值合计${t.weightTotal}分，不评级；折合百分制${t.totalOf100}分，仅供参考` : null;
  const notes = [ungraded ?? unscoredReason(t), t.weightsAssumed ? '按推定权重评分' : null, summaryRemark(t) ?? null, extraNote ?? null].filter(Boolean);
  return {
    file,
    sheet: t.sheet,
    department: t.department ?? '',
    unit: t.unit ?? (t.kind === 'department' ? t.name ?? '' : ''),
    project: t.project ?? (t.kind !== 'department' ? t.name ?? '' : ''),
    kind: KIND_LABEL[t.kind],
    reported: t.reportedTotal,
    total: t.total,
    diff,
    grade: t.grade,
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
    note: notes.join('；'),
    group: t.department ?? t.unit ?? folderOf(file) ?? NO_UNIT,
    table: t,
  };
}

function unscoredRow(file: string, sheet: string, note: string): SummaryRow {
  return {
    file, sheet, department: '', unit: '', project: '', kind: '', reported: null, total: null, diff: null, grade: null,
    errors: null, warnings: null, infos: null, note, group: folderOf(file) ?? NO_UNIT, table: null,
  };
}

/** 汇总: files in natural path order; a row per table, per unreadable file, per sheet that should have held a table. */
export function summaryRows(entries: ReportEntry[]): SummaryRow[] {
  const sorted = [...entries].sort((a, b) => comparePaths(a.relative, b.relative));
  const rows: SummaryRow[] = [];
  for (const { report: r, relative } of sorted) {
    if (r.error) {
      rows.push(unscoredRow(relative, '', r.error));
      continue;
    }
    for (const t of r.tables) rows.push(tableRow(relative, t, r.copyNotWritten));
    // A sheet that looked like a 自评表 is always listed; other sheets only when the file has no table at all.
    for (const s of r.skippedSheets) {
      if (r.tables.length === 0 || s.severity !== 'info') rows.push(unscoredRow(relative, s.sheet, s.reason));
    }
    if (r.tables.length === 0 && r.skippedSheets.length === 0) rows.push(unscoredRow(relative, '', '工作簿中没有工作表内容，未评分'));
  }
  return rows;
}

/** 问题清单: one row per finding, in the 汇总's order. */
export function problemRows(rows: SummaryRow[]): ProblemRow[] {
  return rows.flatMap((r) =>
    (r.table?.findings ?? []).map((f) => ({
      file: r.file,
      sheet: r.sheet,
      cell: f.cell ?? '',
      unit: r.unit || r.department,
      project: r.project,
      severity: f.severity,
      code: f.code,
      message: f.message,
    })),
  );
}

/** Averages and grade counts are of 自评表: an evaluation table's totals are the evaluators' (SPEC §9). */
const isSelfEvaluation = (r: SummaryRow) => r.table?.kind !== 'evaluation';

/** 单位汇总: one row per group, in natural order of the group's name; files naming no unit come last. */
export function unitRows(rows: SummaryRow[]): UnitRow[] {
  const groups = new Map<string, SummaryRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === NO_UNIT) - Number(b === NO_UNIT) || naturalCompare(a, b))
    .map(([group, members]) => {
      const tables = members.filter((m) => m.table !== null && isSelfEvaluation(m));
      const grades = noGrades();
      for (const t of tables) if (t.grade) grades[t.grade]++;
      return {
        group,
        tables: tables.length,
        reportedAverage: mean(numbers(tables.map((t) => t.reported))),
        totalAverage: mean(numbers(tables.map((t) => t.total))),
        diffAverage: mean(numbers(tables.map((t) => t.diff))),
        grades,
        errors: tables.reduce((n, t) => n + (t.errors ?? 0), 0),
        warnings: tables.reduce((n, t) => n + (t.warnings ?? 0), 0),
        unscored: members.filter((m) => m.total === null).length,
      };
    });
}

/** The lines under 汇总: averages of the reported and recomputed totals, and the grade distribution. */
export function batchStats(all: SummaryRow[]): BatchStats {
  const rows = all.filter(isSelfEvaluation);
  const grades = noGrades();
  for (const r of rows) if (r.grade) grades[r.grade]++;
  return {
    reportedAverage: mean(numbers(rows.map((r) => r.reported))),
    totalAverage: mean(numbers(rows.map((r) => r.total))),
    graded: GRADES.reduce((n, g) => n + grades[g], 0),
    grades,
  };
}

/** The batch's default title: the one folder given, else nothing (the caller may pass --title). */
export function defaultTitle(paths: string[]): string {
  return paths.length === 1 ? path.basename(path.resolve(paths[0])).replace(/\.(xlsx|xlsm)$/i, '') : '';
}

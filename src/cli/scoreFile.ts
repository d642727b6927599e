/** One workbook through the core: read, score every sheet, optionally write the scored copy. */
import { readWorkbookFile, applyPlan, writeWorkbookFile, isSameFile, XlsxReadError } from '../hosts/xlsx';
import { scoreGrid, planSheet, sheetEvaluations, isReviewSheet, reviewDate, type Profile, type PlanOptions, type TableEvaluation, type WritePlan } from '../core';
import type { SkippedSheet } from '../core/evaluation';
import { outputPathFor, type InputFile } from './files';

export interface FileReport {
  file: string;
  error: string | null;
  tables: TableEvaluation[];
  skippedSheets: Array<{ sheet: string; reason: string }>;
  /** Where the scored copy was written, when --out was given. */
  output?: string;
}

export interface ScoreOptions {
  profile: Profile;
  plan: PlanOptions;
  outDir: string | null;
}

export async function scoreFile(input: InputFile, options: ScoreOptions): Promise<FileReport> {
  const report: FileReport = { file: input.file, error: null, tables: [], skippedSheets: [] };
  try {
    const { workbook, grids } = await readWorkbookFile(input.file);
    const plans: WritePlan[] = [];
    // The 复核表 needs a unique name among the unit's sheets (ours from an earlier run are replaced) and today's date.
    const context = { date: reviewDate(new Date()), sheetNames: grids.filter((g) => !isReviewSheet(g)).map((g) => g.sheet) };
    const skipped: SkippedSheet[] = [];
    for (const grid of grids) {
      const score = scoreGrid(grid, options.profile);
      if (score.skipped) skipped.push(score.skipped);
      report.tables.push(...sheetEvaluations(score));
      if (options.outDir && (score.tables.length || score.evaluationTables.length)) plans.push(planSheet(grid, score, options.plan, context));
    }
    report.skippedSheets = skipped.map((s) => ({ sheet: s.sheet, reason: s.reason }));
    if (options.outDir) {
      const target = outputPathFor(options.outDir, input.relative);
      if (await isSameFile(input.file, target)) throw new Error(`输出文件与输入文件“${input.file}”相同，已拒绝覆盖原表。请换一个 --out 文件夹。`);
      for (const plan of plans) applyPlan(workbook, plan);
      await writeWorkbookFile(workbook, target);
      report.output = target;
    }
  } catch (e) {
    report.error = e instanceof XlsxReadError ? e.message : `处理“${input.file}”时出错：${e instanceof Error ? e.message : String(e)}`;
    report.tables = [];
  }
  return report;
}


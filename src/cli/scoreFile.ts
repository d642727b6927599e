/** One workbook through the core: read, score every sheet, optionally write the scored copy. */
import { readWorkbookFile, writePatchedCopy, isSameFile, XlsxReadError } from '../hosts/xlsx';
import { scoreGrid, planSheet, sheetEvaluations, isReviewSheet, reviewDate, type Profile, type PlanOptions, type TableEvaluation, type WritePlan, type Severity } from '../core';
import type { SkippedSheet } from '../core/evaluation';
import { outputPathFor, type InputFile } from './files';

export interface FileReport {
  file: string;
  error: string | null;
  tables: TableEvaluation[];
  /** Sheets without a table; severity "warning" when the sheet looked like a 自评表 (TABLE_NOT_FOUND). */
  skippedSheets: Array<{ sheet: string; reason: string; severity: Severity }>;
  /** Where the scored copy was written, when --out was given. */
  output?: string;
  /** Why no copy was written although --out was given (an .xlsm's macros would be lost). */
  copyNotWritten?: string;
}

export const OWN_COPY_SKIPPED =
  '这是自评表评分助手生成的评分副本，不是单位报送的原表，按文件夹评分时已跳过；如单位在副本上修改后重新报送，请直接指定该文件评分。';

export interface ScoreOptions {
  profile: Profile;
  plan: PlanOptions;
  outDir: string | null;
}

export async function scoreFile(input: InputFile, options: ScoreOptions): Promise<FileReport> {
  const report: FileReport = { file: input.file, error: null, tables: [], skippedSheets: [] };
  try {
    // A ziping copy (a unit's resubmission) is read as it was before ziping marked it (SPEC §6.2).
    const read = await readWorkbookFile(input.file, { revertZiping: true });
    if (input.fromFolder && read.zipingCopy) {
      // Our own output found in a folder of submissions: never scored as if a unit had sent it.
      report.skippedSheets = [{ sheet: '', reason: OWN_COPY_SKIPPED, severity: 'info' }];
      return report;
    }
    const { grids } = read;
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
    report.skippedSheets = skipped.map((s) => ({ sheet: s.sheet, reason: s.reason, severity: s.finding.severity }));
    if (options.outDir && input.copyRefused) report.copyNotWritten = input.copyRefused;
    else if (options.outDir) {
      const target = outputPathFor(options.outDir, input.relative);
      if (await isSameFile(input.file, target)) throw new Error(`输出文件与输入文件“${input.file}”相同，已拒绝覆盖原表。请换一个 --out 文件夹。`);
      await writePatchedCopy(read, plans, target);
      report.output = target;
    }
  } catch (e) {
    report.error = e instanceof XlsxReadError ? e.message : `处理“${input.file}”时出错：${e instanceof Error ? e.message : String(e)}`;
    report.tables = [];
  }
  return report;
}


/**
 * What the ribbon's 「一键评分」 does, independent of Office.js so it can be tested with a fake host:
 * score the active sheet with the settings saved in the workbook, write the plan back, and remember a
 * summary (grade, totals, number of problems) in the workbook settings for the pane to show.
 */
import type { WorkbookHost } from '../hosts/addin/workbookHost';
import type { Grade } from '../core';
import { countProblems, scoreSheet, sheetFindings } from '../taskpane/scoring';
import { loadPaneSettings, settingsProblems } from '../taskpane/settings';
import { appliedApart } from '../taskpane/applyNotice';

export const LAST_RESULT_KEY = 'ziping.lastResult';

export interface RibbonResult {
  sheet: string;
  /** ISO time of the run. */
  at: string;
  tables: number;
  /** Of the first table (the usual one-table sheet); null when not scored. */
  grade: Grade | null;
  total: number | null;
  reportedTotal: number | null;
  /** Errors and warnings over all tables. */
  problems: number;
  cellsWritten: number;
  /** One zh-CN sentence for the user. */
  message: string;
}

export async function scoreActiveSheetWith(host: WorkbookHost, now: () => Date = () => new Date()): Promise<RibbonResult> {
  const settings = await loadPaneSettings(host);
  const invalid = settingsProblems(settings);
  if (invalid.length) throw new Error(`本工作簿保存的自定义评分规则无效（${invalid.join('')}），请在评分面板中修正后再评分。`);
  const sheet = await host.activeSheet();
  const { score, plan, grid } = await scoreSheet(host, sheet, settings);
  const first = score.tables[0]?.evaluation ?? null;
  const problems = countProblems(sheetFindings(score));
  const applied = plan.changes.length > 0 ? await host.applyPlan(plan, grid) : null;
  const cellsWritten = applied?.cellsWritten ?? 0;
  const result: RibbonResult = {
    sheet,
    at: now().toISOString(),
    tables: score.tables.length,
    grade: first?.grade ?? null,
    total: first?.total ?? null,
    reportedTotal: first?.reportedTotal ?? null,
    problems,
    cellsWritten,
    message: ribbonMessage(sheet, score.tables.length, first?.grade ?? null, first?.total ?? null, problems, score.skipped?.reason) + (applied ? appliedApart(applied) : ''),
  };
  await host.saveSettings<RibbonResult>(LAST_RESULT_KEY, result);
  return result;
}

function ribbonMessage(
  sheet: string,
  tables: number,
  grade: Grade | null,
  total: number | null,
  problems: number,
  skippedReason: string | undefined,
): string {
  if (tables === 0) {
    return `工作表「${sheet}」中没有找到自评表${skippedReason ? `（${skippedReason}）` : ''}，未做任何修改。`;
  }
  const scored = grade !== null && total !== null ? `复核得分 ${Math.round(total * 100) / 100}，等级「${grade}」` : '未评分（表中没有分值）';
  const more = tables > 1 ? `（共 ${tables} 张表，以上为第一张）` : '';
  return `工作表「${sheet}」${scored}${more}，发现 ${problems} 个问题。`;
}

/**
 * Ribbon command 「一键评分」 (manifest: ExecuteFunction scoreActiveSheet, in commands.html).
 *
 * The command runs in its own runtime, apart from the pane (no shared runtime: see README, 加载项的两个运行环境).
 * The clerk sees its result at once in a small dialog (grade, total, number of problems; DialogApi 1.1); the
 * write-back puts the grade and the recomputed total into the sheet, and the summary is also saved in the
 * workbook settings, where the pane shows it with its time.
 */
import { createExcelHost } from '../hosts/excel/excelHost';
import { describeError } from '../taskpane/scoring';
import { resultDialogUrl, showResultDialog } from './resultDialog';
import { LAST_RESULT_KEY, scoreActiveSheetWith } from './scoreCommand';
import type { RibbonResult } from './scoreCommand';

async function scoreActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  const host = createExcelHost(Excel, Office);
  let title = '一键评分完成';
  let message: string;
  try {
    message = (await scoreActiveSheetWith(host)).message;
  } catch (e) {
    title = '一键评分未完成';
    message = describeError(e, '一键评分');
    const failed: Partial<RibbonResult> = { at: new Date().toISOString(), message };
    await host.saveSettings(LAST_RESULT_KEY, failed).catch(() => undefined);
  }
  try {
    await showResultDialog(Office, resultDialogUrl(window.location.href, title, message));
  } finally {
    event.completed();
  }
}

// Registered as soon as the script runs, not inside Office.onReady: Office may invoke the command
// right after loading this page, and an unregistered function fails the click.
Office.actions.associate('scoreActiveSheet', scoreActiveSheet);

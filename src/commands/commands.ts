/**
 * Ribbon command 「一键评分」 (manifest: ExecuteFunction scoreActiveSheet, in commands.html).
 *
 * How the user learns the result — the choice, and why:
 * Excel has no notification area for add-in commands (Outlook's notificationMessages do not exist here),
 * and this add-in does not use a shared runtime, so the command cannot open or talk to the pane directly.
 * The write-back itself puts the grade and the recomputed total into the sheet, which is what the user
 * looks at; the summary (grade, number of problems) is also saved in the workbook settings, where the
 * pane shows it the next time it opens. Where a shared runtime is available (SharedRuntime 1.1), the pane
 * is opened as well so the findings are one glance away.
 */
import { createExcelHost } from '../hosts/excel/excelHost';
import { describeError } from '../taskpane/scoring';
import { LAST_RESULT_KEY, scoreActiveSheetWith } from './scoreCommand';
import type { RibbonResult } from './scoreCommand';

async function scoreActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  const host = createExcelHost(Excel, Office);
  try {
    await scoreActiveSheetWith(host);
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
      // Refused when the add-in runs without a shared runtime; the sheet already shows the grade.
      await Office.addin.showAsTaskpane().catch(() => undefined);
    }
  } catch (e) {
    const failed: Partial<RibbonResult> = { at: new Date().toISOString(), message: describeError(e, '一键评分') };
    await host.saveSettings(LAST_RESULT_KEY, failed).catch(() => undefined);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('scoreActiveSheet', scoreActiveSheet);
});

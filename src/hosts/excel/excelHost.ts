/**
 * The Excel host: WorkbookHost over Office.js. The globals are passed in, so tests inject a fake.
 * Nothing read in one batch is trusted in the next: each apply and restore reads the sheet and the undo
 * snapshot again in its own batch, and settings are refreshed before every read and save.
 */
import type { Grid } from '../../core/grid';
import type { WritePlan } from '../../core/writePlan';
import { applyPlanWithExcel } from './applyPlan';
import { detectCapabilities, type ExcelCapabilities } from './capabilities';
import { isResponseTooLarge } from './bandedRead';
import { queueSheetRead, queueSnapshotRead, readSheetInBands } from './readSheet';
import { restoreWithExcel } from './restore';
import { addedSheetNames } from '../addin/snapshot';
import { loadSetting, saveSetting } from './settings';
import { SNAPSHOT_SHEET, type ApplyResult, type WorkbookHost } from '../addin/workbookHost';

export function createExcelHost(excel: typeof Excel, office: typeof Office): WorkbookHost {
  let caps: ExcelCapabilities | null = null;
  // Asked on first use: Office.context is only ready after Office.onReady.
  const capabilities = () => (caps ??= detectCapabilities(office));

  const activeSheet = () =>
    excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return ws.name;
    });

  return {
    listSheets: () =>
      excel.run(async (context) => {
        const snapshot = queueSnapshotRead(context); // loads the sheet names too: visibility is loaded after it
        const sheets = context.workbook.worksheets.load('items/name,items/visibility');
        await context.sync();
        const ours = addedSheetNames(snapshot().added);
        return sheets.items.filter((s) => s.visibility === 'Visible' && s.name !== SNAPSHOT_SHEET && !ours.has(s.name)).map((s) => s.name);
      }),

    activeSheet,

    readSheet: (sheet: string): Promise<Grid> =>
      excel.run(async (context) => {
        // Scoring needs no fills (only a write-back's snapshot does): half the response on a formatted sheet.
        const caps = { ...capabilities(), cellProperties: false };
        let finish = queueSheetRead(context, sheet, caps);
        try {
          await context.sync();
        } catch (e) {
          if (isResponseTooLarge(e)) return (await readSheetInBands(context, sheet, caps)).grid;
          // Merges are asked for in row bands (mergeBands.ts); a band above Excel's 512 areas fails the
          // sync, and the core reads blank-below level cells anyway.
          if (!caps.merges) throw e;
          finish = queueSheetRead(context, sheet, { ...caps, merges: false });
          await context.sync();
        }
        return (await finish()).grid;
      }),

    applyPlan: (plan: WritePlan, basis?: Grid): Promise<ApplyResult> => applyPlanWithExcel(excel, capabilities(), plan, basis),

    restore: async (sheet: string) => ({ restored: (await restoreWithExcel(excel, capabilities(), sheet)).restored }),

    hasSnapshot: (sheet: string) =>
      excel.run(async (context) => {
        const finish = queueSnapshotRead(context);
        await context.sync();
        return (finish().book.get(sheet)?.size ?? 0) > 0;
      }),

    selectCell: (sheet: string, cell: string) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),

    onActiveSheetChanged: async (listener) => {
      // WorksheetCollection.onActivated is ExcelApi 1.7, the add-in's floor; checked anyway for older hosts.
      if (!office.context.requirements.isSetSupported('ExcelApi', '1.7')) return () => undefined;
      let live = true;
      await excel.run(async (context) => {
        context.workbook.worksheets.onActivated.add(async () => {
          if (!live) return;
          const name = await activeSheet();
          if (live) listener(name);
        });
        await context.sync();
      });
      // The handler stays registered with Excel until the pane closes; it is silenced here.
      return () => {
        live = false;
      };
    },

    canWriteNotes: () => capabilities().annotations !== 'none',

    canRestoreFills: () => capabilities().cellProperties,

    loadSettings: <T>(key: string) => loadSetting<T>(office, key),
    saveSettings: <T>(key: string, value: T) => saveSetting(office, key, value),
  };
}

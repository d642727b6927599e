/**
 * The Excel host: WorkbookHost over Office.js. The globals are passed in, so tests inject a fake.
 * A readSheet keeps what it read until the next apply/restore of that sheet, which lets the apply
 * snapshot and write in a single sync.
 */
import type { Grid } from '../../core/grid';
import type { WritePlan } from '../../core/writePlan';
import { applyPlanWithExcel } from './applyPlan';
import { detectCapabilities, type ExcelCapabilities } from './capabilities';
import { queueSheetRead, queueSnapshotRead, type SheetRead } from './readSheet';
import { restoreWithExcel } from './restore';
import { loadSetting, saveSetting } from './settings';
import type { SnapshotBook } from './snapshot';
import { SNAPSHOT_SHEET, type ApplyResult, type WorkbookHost } from './workbookHost';

export function createExcelHost(excel: typeof Excel, office: typeof Office): WorkbookHost {
  let caps: ExcelCapabilities | null = null;
  // Asked on first use: Office.context is only ready after Office.onReady.
  const capabilities = () => (caps ??= detectCapabilities(office));
  const reads = new Map<string, SheetRead>();

  /** The snapshot sheet is rewritten whole, so every cached read must see the latest book. */
  const shareBook = (book: SnapshotBook) => {
    for (const read of reads.values()) {
      read.book = book;
      read.snapshotExists = book.size > 0;
    }
  };

  return {
    listSheets: () =>
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name,items/visibility');
        await context.sync();
        return sheets.items.filter((s) => s.visibility === 'Visible' && s.name !== SNAPSHOT_SHEET).map((s) => s.name);
      }),

    activeSheet: () =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return ws.name;
      }),

    readSheet: (sheet: string): Promise<Grid> =>
      excel.run(async (context) => {
        const caps = capabilities();
        let finish = queueSheetRead(context, sheet, caps);
        try {
          await context.sync();
        } catch (e) {
          // Merges are asked for in row bands (mergeBands.ts); a band above Excel's 512 areas fails the
          // sync, and the core reads blank-below level cells anyway.
          if (!caps.merges) throw e;
          finish = queueSheetRead(context, sheet, { ...caps, merges: false });
          await context.sync();
        }
        const read = await finish();
        reads.set(sheet, read);
        return read.grid;
      }),

    applyPlan: async (plan: WritePlan): Promise<ApplyResult> => {
      const cached = reads.get(plan.sheet);
      reads.delete(plan.sheet); // the sheet changes now; the next apply reads again
      const { result, book } = await applyPlanWithExcel(excel, capabilities(), plan, cached);
      shareBook(book);
      return result;
    },

    restore: async (sheet: string) => {
      const cached = reads.get(sheet);
      reads.delete(sheet);
      const { restored, book } = await restoreWithExcel(excel, capabilities(), sheet, cached);
      shareBook(book);
      return { restored };
    },

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

    loadSettings: async <T>(key: string) => loadSetting<T>(office, key),
    saveSettings: <T>(key: string, value: T) => saveSetting(office, key, value),
  };
}

/**
 * The WorkbookHost for WPS 表格: the same task pane and ribbon logic as in Excel, over the synchronous
 * ET object model. Every call reads the document afresh (no cached reads between calls).
 */
import type { Grid } from '../../core/grid';
import type { WritePlan } from '../../core/writePlan';
import type { CellState, SnapshotEntry } from '../excel/cellState';
import { SNAPSHOT_SHEET, type ApplyResult, type WorkbookHost } from '../excel/workbookHost';
import { changesByCell, overlaySnapshot, writeApply, writeRestore } from '../addin/undo';
import { EtCellWriter, readCellState } from './cellIO';
import { readEtSheet } from './readSheet';
import { findSheet, readSetting, readSnapshotBook, SETTINGS_SHEET, writeSetting, writeSnapshotBook } from './storageSheet';
import type { EtApplication, EtWorksheet } from './etTypes';

const XL_SHEET_VISIBLE = -1;
const OWN_SHEETS = new Set([SNAPSHOT_SHEET.toLowerCase(), SETTINGS_SHEET.toLowerCase()]);

export class WpsSheetMissingError extends Error {
  constructor(sheet: string) {
    super(`找不到工作表“${sheet}”：它可能已被删除或改名，请重新评分。`);
    this.name = 'WpsSheetMissingError';
  }
}

export function createWpsHost(app: EtApplication): WorkbookHost {
  const sheetOf = (name: string): EtWorksheet => {
    const ws = findSheet(app, name);
    if (!ws) throw new WpsSheetMissingError(name);
    return ws;
  };

  /** Runs writes with screen updating off (many single-cell writes otherwise repaint each time). */
  const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
    const updating = app.ScreenUpdating;
    app.ScreenUpdating = false;
    try {
      return await run();
    } finally {
      app.ScreenUpdating = updating;
    }
  };

  return {
    async listSheets(): Promise<string[]> {
      const sheets = app.ActiveWorkbook.Worksheets;
      const names: string[] = [];
      for (let i = 1; i <= sheets.Count; i++) {
        const ws = sheets.Item(i) as EtWorksheet;
        if (Number(ws.Visible) === XL_SHEET_VISIBLE && !OWN_SHEETS.has(ws.Name.toLowerCase())) names.push(ws.Name);
      }
      return names;
    },

    async activeSheet(): Promise<string> {
      return (app.ActiveSheet as EtWorksheet).Name;
    },

    async readSheet(sheet: string): Promise<Grid> {
      const { grid } = readEtSheet(sheetOf(sheet), sheet);
      return overlaySnapshot(grid, readSnapshotBook(app).get(sheet));
    },

    async applyPlan(plan: WritePlan): Promise<ApplyResult> {
      const ws = sheetOf(plan.sheet);
      const book = readSnapshotBook(app);
      const old = book.get(plan.sheet) ?? new Map<string, SnapshotEntry>();
      const changes = changesByCell(plan);
      const originals = new Map<string, CellState>();
      const noteNow = new Map<string, boolean>();
      for (const entry of old.values()) originals.set(entry.before.cell, entry.before);
      // Read now, in the call that writes: a cell the clerk edited after scoring is what we keep.
      for (const cell of new Set([...old.keys(), ...changes.map((c) => c.cell)])) {
        const current = readCellState(ws, cell);
        if (!originals.has(cell)) originals.set(cell, current);
        noteNow.set(cell, current.note !== null);
      }
      const writer = new EtCellWriter(ws);
      await quietly(() =>
        writeApply(writer, { plan, changes, old, originals, noteNow, annotations: 'note' }, (entries) => {
          if (entries.size) book.set(plan.sheet, entries);
          else book.delete(plan.sheet);
          writeSnapshotBook(app, book);
        }),
      );
      return { cellsWritten: changes.length, syncs: 0 };
    },

    async restore(sheet: string): Promise<{ restored: number }> {
      const book = readSnapshotBook(app);
      const entries = book.get(sheet);
      if (!entries?.size) return { restored: 0 };
      const ws = sheetOf(sheet);
      await quietly(() => writeRestore(new EtCellWriter(ws), 'note', entries));
      book.delete(sheet);
      writeSnapshotBook(app, book);
      return { restored: entries.size };
    },

    async hasSnapshot(sheet: string): Promise<boolean> {
      return (readSnapshotBook(app).get(sheet)?.size ?? 0) > 0;
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      const ws = sheetOf(sheet);
      ws.Activate();
      ws.Range(cell).Select();
    },

    async loadSettings<T>(key: string): Promise<T | null> {
      return readSetting<T>(app, key);
    },

    async saveSettings<T>(key: string, value: T): Promise<void> {
      writeSetting(app, key, value);
    },

    // WorkbookHost members added by issue 16 (Excel). WPS: no sheet-switch event is wired here yet, so the
    // pane refreshes on focus and on each action; ET writes notes (the apply above uses 'note').
    async onActiveSheetChanged(): Promise<() => void> {
      return () => undefined;
    },

    canWriteNotes: () => true,
  };
}

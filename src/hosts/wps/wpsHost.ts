/**
 * The WorkbookHost for WPS 表格: the same task pane and ribbon logic as in Excel, over the synchronous
 * ET object model and the add-in layer's shared undo. Every call reads the document afresh: the ribbon
 * page and the pane are separate pages over one document, and the clerk may have typed in between.
 */
import type { Grid } from '../../core/grid';
import type { WritePlan } from '../../core/writePlan';
import type { CellState, SnapshotEntry } from '../addin/cellState';
import { addedSheetNames, type AddedSheets } from '../addin/snapshot';
import { chooseNames } from '../addin/plannedSheets';
import { changedCells, SheetChangedError } from '../addin/staleCheck';
import {
  changesByCell,
  keyedCells,
  overlayOriginals,
  reconcileEntries,
  restoreUntouched,
  snapshotEntries,
  writeChanges,
  writeRestore,
  type ApplyState,
} from '../addin/undo';
import { SNAPSHOT_SHEET, type ApplyResult, type WorkbookHost } from '../addin/workbookHost';
import { Grid as GridClass } from '../../core/grid';
import { EtCellWriter, readCellState } from './cellIO';
import { addPlannedSheet } from './plannedSheet';
import { readEtSheet } from './readSheet';
import { deleteSheet, findSheet, readSetting, readSnapshotBook, SETTINGS_SHEET, writeSetting, writeSnapshotBook } from './storageSheet';
import type { EtApplication, EtRange, EtWorksheet } from './etTypes';
import { planLayout, reconcileLayout, undoLayout, withLayout, wrappedFontSize, writeLayout } from '../addin/unitLayout';
import { EtLayoutWriter, etLayoutNow, etLiveLayout, etPageFit } from './sheetLayout';

const XL_SHEET_VISIBLE = -1;
const OWN_SHEETS = new Set([SNAPSHOT_SHEET.toLowerCase(), SETTINGS_SHEET.toLowerCase()]);

export class WpsSheetMissingError extends Error {
  readonly code = 'ItemNotFound';
  constructor(sheet: string) {
    super(`找不到工作表“${sheet}”：它可能已被删除或改名，请重新评分。`);
    this.name = 'WpsSheetMissingError';
  }
}

interface ApiEvents {
  AddApiEventListener(name: string, callback: (sheet: unknown) => void): void;
  RemoveApiEventListener?(name: string, callback: (sheet: unknown) => void): void;
}

export function createWpsHost(app: EtApplication): WorkbookHost {
  const sheetOf = (name: string): EtWorksheet => {
    const ws = findSheet(app, name);
    if (!ws) throw new WpsSheetMissingError(name);
    return ws;
  };
  const sheetNames = (): string[] => {
    const sheets = app.ActiveWorkbook.Worksheets;
    return Array.from({ length: sheets.Count }, (_, i) => (sheets.Item(i + 1) as EtWorksheet).Name);
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

  /** The sheet as it is now, and its snapshot entries reconciled with what the clerk typed since. */
  const readNow = (sheet: string) => {
    const ws = sheetOf(sheet);
    const { grid } = readEtSheet(ws, sheet);
    const snap = readSnapshotBook(app);
    const entries = snap.book.get(sheet);
    if (entries) snap.book.set(sheet, reconcileEntries(entries, (e) => readCellState(ws, e.before.cell)));
    const cells = keyedCells(grid.toJSON().cells);
    overlayOriginals(cells, snap.book.get(sheet));
    return { ws, grid: new GridClass(sheet, cells.values(), [...grid.merges]), ...snap };
  };

  return {
    async listSheets(): Promise<string[]> {
      const sheets = app.ActiveWorkbook.Worksheets;
      const ours = addedSheetNames(readSnapshotBook(app).added);
      const names: string[] = [];
      for (let i = 1; i <= sheets.Count; i++) {
        const ws = sheets.Item(i) as EtWorksheet;
        if (Number(ws.Visible) === XL_SHEET_VISIBLE && !OWN_SHEETS.has(ws.Name.toLowerCase()) && !ours.has(ws.Name)) names.push(ws.Name);
      }
      return names;
    },

    async activeSheet(): Promise<string> {
      return (app.ActiveSheet as EtWorksheet).Name;
    },

    async readSheet(sheet: string): Promise<Grid> {
      return readNow(sheet).grid;
    },

    async applyPlan(plan: WritePlan, basis?: Grid): Promise<ApplyResult> {
      const { ws, grid, book, added, layouts } = readNow(plan.sheet);
      const changed = basis ? changedCells(basis, grid) : [];
      if (changed.length) throw new SheetChangedError(plan.sheet, changed);
      const old = book.get(plan.sheet) ?? new Map<string, SnapshotEntry>();
      const changes = changesByCell(plan);
      const originals = new Map<string, CellState>();
      const noteNow = new Map<string, boolean>();
      for (const entry of old.values()) originals.set(entry.before.cell, entry.before);
      for (const cell of new Set([...old.keys(), ...changes.map((c) => c.cell)])) {
        const current = readCellState(ws, cell);
        if (!originals.has(cell)) originals.set(cell, current);
        noteNow.set(cell, current.note !== null);
      }
      const state: ApplyState = { changes, old, originals, noteNow, annotations: 'note' };
      const fontSize = wrappedFontSize(plan, (cell) => Number((ws.Range(cell) as EtRange).Font.Size) || undefined);
      const earlier = reconcileLayout(layouts.get(plan.sheet), etLayoutNow(ws));
      const layout = planLayout(plan, etLiveLayout(ws), earlier, plan.printFit ? etPageFit(ws) : null, fontSize);
      const writer = new EtCellWriter(ws);
      await quietly(async () => {
        await restoreUntouched(writer, state);
        const entries = snapshotEntries(state);
        if (entries.size) book.set(plan.sheet, entries);
        else book.delete(plan.sheet);
        // Sheets an earlier scoring of this sheet added go; the plan's are added again below.
        const existing = sheetNames();
        const ours = (added.get(plan.sheet) ?? []).filter((n) => existing.includes(n));
        for (const name of ours) deleteSheet(app, sheetOf(name));
        const planned = plan.sheets ?? [];
        const names = chooseNames(planned, existing, ours);
        const nextAdded: AddedSheets = new Map(added);
        if (names.length) nextAdded.set(plan.sheet, names);
        else nextAdded.delete(plan.sheet);
        writeSnapshotBook(app, book, nextAdded, withLayout(layouts, plan.sheet, layout.record));
        await writeChanges(writer, state);
        await writeLayout(new EtLayoutWriter(ws), layout);
        // Each right after the sheet it names (a later one after an earlier one it names, in order).
        planned.forEach((p, i) => addPlannedSheet(app, p, names[i], findSheet(app, names[planned.findIndex((q) => q.name === p.after)] ?? p.after)));
      });
      return { cellsWritten: changes.length, syncs: 0 };
    },

    async restore(sheet: string): Promise<{ restored: number }> {
      const { ws, book, added, layouts } = readNow(sheet);
      const entries = book.get(sheet) ?? new Map<string, SnapshotEntry>();
      const addedHere = (added.get(sheet) ?? []).filter((n) => sheetNames().includes(n));
      const layout = reconcileLayout(layouts.get(sheet), etLayoutNow(ws)); // a row the clerk re-sized since is theirs
      if (!entries.size && !addedHere.length && !layout) return { restored: 0 };
      await quietly(async () => {
        await writeRestore(new EtCellWriter(ws), 'note', entries);
        if (layout) await writeLayout(new EtLayoutWriter(ws), undoLayout(layout)); // row heights, page fit
        for (const name of addedHere) deleteSheet(app, sheetOf(name)); // the 复核表 goes too
        book.delete(sheet);
        added.delete(sheet);
        writeSnapshotBook(app, book, added, withLayout(layouts, sheet, null));
      });
      return { restored: entries.size };
    },

    async hasSnapshot(sheet: string): Promise<boolean> {
      const { book, added } = readSnapshotBook(app);
      return (book.get(sheet)?.size ?? 0) > 0 || (added.get(sheet)?.length ?? 0) > 0;
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      const ws = sheetOf(sheet);
      ws.Activate();
      ws.Range(cell).Select();
    },

    /** ET's SheetActivate event where the host offers ApiEvent; elsewhere the pane follows on its next action. */
    async onActiveSheetChanged(listener: (sheet: string) => void): Promise<() => void> {
      const events = (app as unknown as { ApiEvent?: ApiEvents }).ApiEvent;
      if (!events?.AddApiEventListener) return () => undefined;
      const callback = (ws: unknown) => listener(String((ws as { Name?: unknown })?.Name ?? ''));
      events.AddApiEventListener('SheetActivate', callback);
      return () => events.RemoveApiEventListener?.('SheetActivate', callback);
    },

    canWriteNotes: () => true,
    canRestoreFills: () => true,

    async loadSettings<T>(key: string): Promise<T | null> {
      return readSetting<T>(app, key);
    },

    async saveSettings<T>(key: string, value: T): Promise<void> {
      writeSetting(app, key, value);
    },
  };
}

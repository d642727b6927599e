/** 撤销评分: write back every snapshotted part of a sheet's cells, then drop its snapshot entries. */
import type { ExcelCapabilities } from './capabilities';
import { readForWrite } from './applyPlan';
import { restoreEntry } from '../addin/undo';
import { runWithNoteRetry, type SheetsNow } from './noteRetry';
import type { SnapshotEntry } from '../addin/cellState';
import type { AddedSheets, SnapshotBook } from '../addin/snapshot';
import { writeSnapshot } from './snapshotSheet';
import type { WriteBatch } from './writeBatch';
import { reconcileLayout, undoLayout, withLayout, writeLayout, type LayoutNow } from '../addin/unitLayout';
import { ExcelLayoutWriter, layoutOf, queueLayoutReads } from './sheetLayout';

/** After a banded read the layout is not known: every recorded row and the page count as ours. */
const UNKNOWN_NOW: LayoutNow = { rowHeight: () => undefined, page: null };

/**
 * One sync reads the sheet and the snapshot afresh (another runtime may have scored or undone since, and
 * a value the clerk typed over ours is theirs now and stays), one sync writes.
 */
export async function restoreWithExcel(excel: typeof Excel, caps: ExcelCapabilities, sheet: string): Promise<{ restored: number; syncs: number }> {
  return excel.run(async (context) => {
    // Rows and page as they are now ride the read's sync: a row the clerk has re-sized since is theirs.
    const layoutReads = queueLayoutReads(context.workbook.worksheets.getItem(sheet), caps, null);
    const read = await readForWrite(context, sheet, caps);
    let syncs = 1;
    const entries = read.book.get(sheet) ?? new Map<string, SnapshotEntry>();
    const addedHere = (read.added.get(sheet) ?? []).filter((n) => read.sheetNames.includes(n));
    const layout = reconcileLayout(read.layouts.get(sheet), layoutOf(layoutReads)?.now ?? UNKNOWN_NOW);
    if (!entries.size && !addedHere.length && !layout) return { restored: 0, syncs };
    const rest: SnapshotBook = new Map(read.book);
    rest.delete(sheet);
    const restAdded: AddedSheets = new Map(read.added);
    restAdded.delete(sheet);
    const ws = context.workbook.worksheets.getItem(sheet);
    const noteNow = new Map([...entries.values()].map((e) => [e.before.cell, e.wrote.note || e.before.note !== null]));
    let now: SheetsNow = { snapshotExists: read.snapshotExists, sheetNames: read.sheetNames };
    const queue = async (batch: WriteBatch) => {
      for (const entry of entries.values()) await restoreEntry(batch, caps.annotations, entry, noteNow.get(entry.before.cell) ?? true);
      if (layout) await writeLayout(new ExcelLayoutWriter(batch, caps), undoLayout(layout)); // row heights, page fit
      // The 复核表 goes too (one a failed attempt already deleted is not deleted twice).
      for (const name of addedHere) if (now.sheetNames.includes(name)) context.workbook.worksheets.getItem(name).delete();
      await writeSnapshot(batch, rest, now.snapshotExists, restAdded, withLayout(read.layouts, sheet, null));
    };
    const blocked = new Set<string>();
    syncs += await runWithNoteRetry({ context, ws, caps, cells: [...entries.keys()], noteNow, queue, blocked, beforeRetry: (found) => (now = found) });
    return { restored: entries.size, syncs };
  });
}

/** 撤销评分: write back every snapshotted part of a sheet's cells, then drop its snapshot entries. */
import type { ExcelCapabilities } from './capabilities';
import { restoreEntry } from './applyPlan';
import { runWithNoteRetry } from './noteRetry';
import { queueSnapshotRead, type SheetRead } from './readSheet';
import type { SnapshotBook } from './snapshot';
import { writeSnapshot } from './snapshotSheet';
import { WriteBatch } from './writeBatch';

export async function restoreWithExcel(
  excel: typeof Excel,
  caps: ExcelCapabilities,
  sheet: string,
  cached: Pick<SheetRead, 'book' | 'snapshotExists'> | undefined,
): Promise<{ restored: number; book: SnapshotBook; syncs: number }> {
  return excel.run(async (context) => {
    let syncs = 0;
    let book = cached?.book;
    let exists = cached?.snapshotExists ?? false;
    if (!book) {
      const finish = queueSnapshotRead(context);
      await context.sync();
      syncs++;
      ({ book, exists } = finish());
    }
    const entries = book.get(sheet);
    if (!entries?.size) return { restored: 0, book, syncs };
    const rest: SnapshotBook = new Map(book);
    rest.delete(sheet);
    const ws = context.workbook.worksheets.getItem(sheet);
    const noteNow = new Map([...entries.values()].map((e) => [e.before.cell, e.wrote.note || e.before.note !== null]));
    const run = async () => {
      const batch = new WriteBatch(context, ws, caps);
      for (const entry of entries.values()) await restoreEntry(batch, caps, entry, noteNow.get(entry.before.cell) ?? true);
      await writeSnapshot(batch, rest, exists);
      await batch.finish();
      return batch.syncs;
    };
    syncs += await runWithNoteRetry({ context, ws, caps, cells: [...entries.keys()], noteNow, run, beforeRetry: (now) => (exists = now) });
    return { restored: entries.size, book: rest, syncs };
  });
}

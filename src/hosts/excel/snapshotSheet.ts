/** Writing the undo snapshot into its very hidden sheet (created on first use, deleted when empty). */
import { columnLetters } from '../../core/grid';
import { encodeSnapshot, type AddedSheets, type SnapshotBook } from '../addin/snapshot';
import type { LayoutBook } from '../addin/unitLayout';
import type { WriteBatch } from './writeBatch';
import { SNAPSHOT_SHEET } from '../addin/workbookHost';

/** Rows per `values` write, so one write stays far below the request limit. */
const ROWS_PER_WRITE = 500;

/** Queues the rewrite of the whole snapshot sheet with `book` (all sheets' entries), the added sheets and the layouts. */
export async function writeSnapshot(batch: WriteBatch, book: SnapshotBook, exists: boolean, added: AddedSheets, layouts: LayoutBook): Promise<void> {
  const sheets = batch.context.workbook.worksheets;
  const rows = encodeSnapshot(book, added, layouts);
  await batch.cost();
  if (rows.length === 0) {
    if (exists) {
      // Worksheet.delete fails on a very hidden sheet ("first change its visibility to hidden or visible").
      const ws = sheets.getItem(SNAPSHOT_SHEET);
      ws.visibility = 'Hidden';
      ws.delete();
    }
    return;
  }
  let ws: Excel.Worksheet;
  if (exists) {
    ws = sheets.getItem(SNAPSHOT_SHEET);
    ws.getUsedRange().clear();
  } else {
    ws = sheets.add(SNAPSHOT_SHEET);
    // Very hidden: not listed under 取消隐藏, yet saved with the workbook, so undo survives reopening.
    ws.visibility = 'VeryHidden';
  }
  const lastCol = columnLetters(rows[0].length - 1);
  for (let at = 0; at < rows.length; at += ROWS_PER_WRITE) {
    const slice = rows.slice(at, at + ROWS_PER_WRITE);
    await batch.cost(slice);
    ws.getRange(`A${at + 1}:${lastCol}${at + slice.length}`).values = slice;
  }
}

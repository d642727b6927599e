/**
 * A write batch that fails on a note or comment is retried after looking up the cells' annotations now:
 * - a note or comment added or removed since the read (a race): retried once with what is there now;
 * - an add refused because the cell holds the other kind, which this API level cannot see (a unit's
 *   legacy note under ExcelApi 1.10–1.17, where only threaded comments are readable): that cell is
 *   blocked — the batch is queued again without its annotation, and the caller puts the text elsewhere.
 * Excel applies a failed batch's commands up to the failing one, so the failing add is the first one
 * whose text did not land.
 */
import type { ExcelCapabilities } from './capabilities';
import { lookupCellDetails } from './lookup';
import { SNAPSHOT_SHEET } from '../addin/workbookHost';
import { WriteBatch } from './writeBatch';

interface OfficeErrorLike {
  code?: string;
  debugInfo?: { errorLocation?: string };
}

/**
 * Whether a failed batch may have failed only because of the annotations on its cells: the error must
 * come from a note or comment member (debugInfo.errorLocation, e.g. "NoteCollection.add"). An
 * InvalidArgument elsewhere (a bad address, a bad colour) is a real error and is not retried.
 */
export function isNoteConflict(err: unknown): boolean {
  const e = err as OfficeErrorLike | null;
  const code = e?.code;
  if (code !== 'ItemNotFound' && code !== 'InvalidArgument') return false;
  const where = e?.debugInfo?.errorLocation;
  return where ? /note|comment/i.test(where) : code === 'ItemNotFound';
}

function isAnnotationAdd(err: unknown): boolean {
  return /^(Note|Comment)Collection\.add$/i.test((err as OfficeErrorLike | null)?.debugInfo?.errorLocation ?? '');
}

/** What a failed batch may have changed: whether the snapshot sheet exists, and the sheets there are. */
export interface SheetsNow {
  snapshotExists: boolean;
  sheetNames: string[];
}

async function sheetsNow(context: Excel.RequestContext): Promise<SheetsNow> {
  const ws = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return { snapshotExists: !ws.isNullObject, sheetNames: sheets.items.map((s) => s.name) };
}

export interface NoteRetry {
  context: Excel.RequestContext;
  ws: Excel.Worksheet;
  caps: ExcelCapabilities;
  /** Cells whose note state the write depends on. */
  cells: string[];
  /** Updated with the annotations found before each new attempt. */
  noteNow: Map<string, boolean>;
  /** Queues the writes into the batch; queued again after a conflict, so it must read `blocked` and `noteNow` afresh. */
  queue: (batch: WriteBatch) => Promise<void>;
  /** Told what the failed batch left (it may have created the snapshot sheet, deleted our old 复核表). */
  beforeRetry: (now: SheetsNow) => void;
  /** Cells where no annotation can be added (filled here): the queue leaves their annotation out. */
  blocked: Set<string>;
}

/** Runs the write, retrying as above; returns the syncs spent, failed ones included. */
export async function runWithNoteRetry(r: NoteRetry): Promise<number> {
  let syncs = 0;
  let raceRetried = false;
  for (;;) {
    const batch = new WriteBatch(r.context, r.ws, r.caps);
    try {
      await r.queue(batch);
      await batch.finish();
      return syncs + batch.syncs;
    } catch (err) {
      syncs += batch.syncs + 1; // the failed sync counts too
      if (!isNoteConflict(err) || r.caps.annotations === 'none') throw err;
      const adds = batch.annotationAdds;
      const cells = [...new Set([...r.cells, ...adds.map((a) => a.cell)])];
      const found = await lookupCellDetails(r.context, r.ws, r.caps, [], cells);
      syncs += found.syncs;
      for (const [cell, text] of found.notes) r.noteNow.set(cell, text !== null);
      // The failing add is the first whose text is not on its cell. Empty there: the other kind of
      // annotation, invisible here, refused it. Holding another text: someone added one meanwhile (a race).
      const failed = isAnnotationAdd(err) ? adds.find((a) => found.notes.get(a.cell) !== a.text) : undefined;
      if (failed && found.notes.get(failed.cell) === null && !r.blocked.has(failed.cell)) r.blocked.add(failed.cell);
      else if (raceRetried) throw err;
      else raceRetried = true;
      r.beforeRetry(await sheetsNow(r.context));
      syncs++;
    }
  }
}

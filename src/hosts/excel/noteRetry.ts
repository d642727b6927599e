/**
 * A write batch that fails because a note was added or removed since the read (Office.js then reports
 * ItemNotFound / InvalidArgument) is retried once, after looking up which cells carry notes now.
 */
import type { ExcelCapabilities } from './capabilities';
import { lookupCellDetails } from './lookup';
import { SNAPSHOT_SHEET } from '../addin/workbookHost';

/**
 * Whether a failed batch may have failed only because a note was added or removed behind our back: the
 * error must come from a note or comment member (debugInfo.errorLocation, e.g. "NoteCollection.add"). An
 * InvalidArgument elsewhere (a bad address, a bad colour) is a real error and is not retried.
 */
export function isNoteConflict(err: unknown): boolean {
  const e = err as { code?: string; debugInfo?: { errorLocation?: string } } | null;
  const code = e?.code;
  if (code !== 'ItemNotFound' && code !== 'InvalidArgument') return false;
  const where = e?.debugInfo?.errorLocation;
  return where ? /note|comment/i.test(where) : code === 'ItemNotFound';
}

/** Notes on the given cells right now. */
async function notesNow(context: Excel.RequestContext, ws: Excel.Worksheet, caps: ExcelCapabilities, cells: string[]): Promise<{ present: Map<string, boolean>; syncs: number }> {
  const found = await lookupCellDetails(context, ws, caps, [], cells);
  return { present: new Map([...found.notes].map(([c, n]) => [c, n !== null])), syncs: found.syncs };
}

/** Whether the snapshot sheet exists now (a failed batch may have created it). */
async function snapshotExists(context: Excel.RequestContext): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  await context.sync();
  return !ws.isNullObject;
}

export interface NoteRetry {
  context: Excel.RequestContext;
  ws: Excel.Worksheet;
  caps: ExcelCapabilities;
  /** Cells whose note state the write depends on. */
  cells: string[];
  /** Updated with the notes found before the second attempt. */
  noteNow: Map<string, boolean>;
  /** Queues and syncs the writes; returns its sync count. Must be idempotent. */
  run: () => Promise<number>;
  /** Told whether the snapshot sheet exists now (a failed batch may have created it). */
  beforeRetry: (snapshotExists: boolean) => void;
}

/** Runs the write, retrying once on a note conflict; returns the syncs spent, failed ones included. */
export async function runWithNoteRetry(r: NoteRetry): Promise<number> {
  try {
    return await r.run();
  } catch (err) {
    if (!isNoteConflict(err) || r.caps.annotations === 'none') throw err;
    const found = await notesNow(r.context, r.ws, r.caps, r.cells);
    for (const [cell, present] of found.present) r.noteNow.set(cell, present);
    r.beforeRetry(await snapshotExists(r.context));
    // The failed sync and the snapshot check count too.
    return found.syncs + 2 + (await r.run());
  }
}

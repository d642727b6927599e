/**
 * The undo algorithm both add-in hosts share (Excel through Office.js batches, WPS through the
 * synchronous ET object model). A host supplies a CellWriter and the cell states it just read; this
 * module decides what to write: restore what an earlier scoring left that the new plan does not touch,
 * record every original before the first write, then write each planned cell starting from its original,
 * so re-scoring never drifts and 撤销评分 puts back exactly what the unit had.
 */
import type { GridCell } from '../../core/grid';
import { parseA1 } from '../../core/grid';
import { mergeNote, type CellChange, type WritePlan } from '../../core/writePlan';
import { acceptEdit, gridCellOfState, stillOurs, type AnnotationKind, type CellState, type SnapshotEntry } from './cellState';

/** Cell-level writes a host knows how to make (queued or immediate; both may be awaited). */
export interface CellWriter {
  /** A planned value; `numberFormat` is the cell's, so text stays text however the host needs it. */
  setValue(cell: string, value: string | number, numberFormat: string): void | Promise<void>;
  /** Value or formula and number format, exactly as `before` had them. */
  restoreValue(before: CellState): void | Promise<void>;
  setFill(cell: string, color: string | null): void | Promise<void>;
  setFontColor(cell: string, color: string): void | Promise<void>;
  setWrap(cell: string, wrap: boolean): void | Promise<void>;
  /** Put `text` as the cell's note/comment, given whether one is on the cell now. */
  setAnnotation(cell: string, text: string, exists: boolean, kind: AnnotationKind): void | Promise<void>;
  /** Put the unit's note back (or remove ours) given whether a note is on the cell now. */
  restoreAnnotation(before: CellState, existsNow: boolean): void | Promise<void>;
}

/** What an apply works from, all read in the batch that writes. */
export interface ApplyState {
  /** One change per cell (changesByCell). */
  changes: CellChange[];
  /** The sheet's entries from an earlier scoring (cell → entry). */
  old: Map<string, SnapshotEntry>;
  /** Every involved cell as the unit left it: from `old`, else as read just now. */
  originals: Map<string, CellState>;
  /** Whether a note is on the cell right now (ours or the unit's). */
  noteNow: Map<string, boolean>;
  annotations: AnnotationKind;
}

/** One change per cell: a later change of the same cell adds to the earlier one. */
export function changesByCell(plan: WritePlan): CellChange[] {
  const byCell = new Map<string, CellChange>();
  for (const ch of plan.changes) {
    const prev = byCell.get(ch.cell);
    byCell.set(ch.cell, prev ? { ...prev, ...ch, kinds: [...prev.kinds, ...ch.kinds] } : ch);
  }
  return [...byCell.values()];
}

/** Writes back the parts of a cell our scoring changed. */
export async function restoreEntry(w: CellWriter, annotations: AnnotationKind, entry: SnapshotEntry, noteNow: boolean): Promise<void> {
  const { before, wrote } = entry;
  if (wrote.value) await w.restoreValue(before);
  if (wrote.fill) await w.setFill(before.cell, before.fill);
  if (wrote.fontColor) await w.setFontColor(before.cell, before.fontColor ?? '#000000');
  if (wrote.wrap) await w.setWrap(before.cell, before.wrap ?? false);
  if (wrote.note && before.noteKind === annotations) await w.restoreAnnotation(before, noteNow);
}

/** 1. Cells of the earlier scoring that this plan leaves alone go back to the unit's version. */
export async function restoreUntouched(w: CellWriter, s: ApplyState): Promise<void> {
  const touched = new Set(s.changes.map((c) => c.cell));
  for (const entry of s.old.values()) {
    if (!touched.has(entry.before.cell)) await restoreEntry(w, s.annotations, entry, s.noteNow.get(entry.before.cell) ?? true);
  }
}

/** 2. The snapshot entries of this apply: what each cell was, and which parts we write. */
export function snapshotEntries(s: ApplyState): Map<string, SnapshotEntry> {
  const entries = new Map<string, SnapshotEntry>();
  for (const ch of s.changes) {
    const wrote = {
      value: ch.value !== undefined,
      written: ch.value,
      fill: ch.fill !== undefined,
      note: ch.note !== undefined && s.annotations !== 'none',
      fontColor: ch.fontColor !== undefined,
      wrap: ch.wrap !== undefined,
    };
    entries.set(ch.cell, { before: s.originals.get(ch.cell)!, wrote });
  }
  return entries;
}

/** 3. The plan, each cell starting from its original (what an earlier scoring wrote and this one does not is undone). */
export async function writeChanges(w: CellWriter, s: ApplyState): Promise<void> {
  for (const ch of s.changes) {
    const before = s.originals.get(ch.cell)!;
    const wrote = s.old.get(ch.cell)?.wrote;
    if (ch.value !== undefined) await w.setValue(ch.cell, ch.value, before.numberFormat);
    else if (wrote?.value) await w.restoreValue(before);
    if (ch.fill !== undefined) await w.setFill(ch.cell, ch.fill);
    else if (wrote?.fill) await w.setFill(ch.cell, before.fill);
    if (ch.fontColor !== undefined) await w.setFontColor(ch.cell, ch.fontColor);
    else if (wrote?.fontColor) await w.setFontColor(ch.cell, before.fontColor ?? '#000000');
    if (ch.wrap !== undefined) await w.setWrap(ch.cell, ch.wrap);
    else if (wrote?.wrap) await w.setWrap(ch.cell, before.wrap ?? false);
    const now = s.noteNow.get(ch.cell) ?? false;
    if (ch.note !== undefined && s.annotations !== 'none') await w.setAnnotation(ch.cell, mergeNote(before.note, ch.note), now, s.annotations);
    else if (wrote?.note && before.noteKind === s.annotations) await w.restoreAnnotation(before, now);
  }
}

/** 撤销评分 for one sheet: every snapshotted part back as it was. */
export async function writeRestore(w: CellWriter, annotations: AnnotationKind, entries: Map<string, SnapshotEntry>): Promise<void> {
  for (const entry of entries.values()) await restoreEntry(w, annotations, entry, entry.wrote.note || entry.before.note !== null);
}

/** Entries whose value the clerk has typed over since our write become theirs (cellState.acceptEdit). */
export function reconcileEntries(entries: Map<string, SnapshotEntry>, stateNow: (entry: SnapshotEntry) => CellState): Map<string, SnapshotEntry> {
  const out = new Map<string, SnapshotEntry>();
  for (const [cell, entry] of entries) {
    const state = stateNow(entry);
    if (stillOurs(entry, state)) out.set(cell, entry);
    else if (entry.wrote.fill || entry.wrote.note || entry.wrote.fontColor || entry.wrote.wrap) out.set(cell, acceptEdit(entry, state));
    // else: nothing of ours is left in the cell
  }
  return out;
}

const KEY = 16384;

/** The grid's cells keyed for overlayOriginals. */
export function keyedCells(cells: Iterable<[number, number, GridCell]>): Map<number, [number, number, GridCell]> {
  const out = new Map<number, [number, number, GridCell]>();
  for (const c of cells) out.set(c[0] * KEY + c[1], c);
  return out;
}

/** Re-scoring must see the unit's own values: cells our scoring wrote read as their originals. */
export function overlayOriginals(cells: Map<number, [number, number, GridCell]>, entries: Map<string, SnapshotEntry> | undefined): void {
  for (const { before, wrote } of entries?.values() ?? []) {
    if (!wrote.value) continue;
    const p = parseA1(before.cell);
    if (!p) continue;
    const cell = gridCellOfState(before);
    if (cell) cells.set(p.row * KEY + p.col, [p.row, p.col, cell]);
    else cells.delete(p.row * KEY + p.col);
  }
}

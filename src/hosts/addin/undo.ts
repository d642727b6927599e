/**
 * The undo algorithm both add-in hosts share (Excel through Office.js batches, WPS through the
 * synchronous ET object model). A host supplies a CellWriter; this module decides what to write:
 * restore what an earlier scoring left that the new plan does not touch, record every original before
 * the first write, then write each planned cell starting from its original so re-scoring never drifts.
 */
import { Grid, parseA1, type GridCell } from '../../core/grid';
import { mergeNote, type CellChange, type WritePlan } from '../../core/writePlan';
import type { AnnotationKind } from '../excel/capabilities';
import type { CellState, SnapshotEntry } from '../excel/cellState';
import { gridCellOfState } from '../excel/cellState';

/** Cell-level writes a host knows how to make (queued or immediate; both may be awaited). */
export interface CellWriter {
  setValue(cell: string, value: string | number): void | Promise<void>;
  /** Value or formula and number format, exactly as `before` had them. */
  restoreValue(before: CellState): void | Promise<void>;
  setFill(cell: string, color: string | null): void | Promise<void>;
  /** Put `text` as the cell's note/comment, given whether one is on the cell now. */
  setAnnotation(cell: string, text: string, exists: boolean, kind: AnnotationKind): void | Promise<void>;
  /** Put the unit's note back (or remove ours) given whether a note is on the cell now. */
  restoreAnnotation(before: CellState, existsNow: boolean): void | Promise<void>;
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
  if (wrote.note && before.noteKind === annotations) await w.restoreAnnotation(before, noteNow);
}

export interface ApplyInput {
  plan: WritePlan;
  changes: CellChange[];
  /** The sheet's entries from an earlier scoring (cell → entry). */
  old: Map<string, SnapshotEntry>;
  /** Every involved cell as the unit left it: from `old`, else as read just now. */
  originals: Map<string, CellState>;
  /** Whether a note is on the cell right now (ours or the unit's). */
  noteNow: Map<string, boolean>;
  annotations: AnnotationKind;
}

/**
 * Runs the three steps of an apply through `w`; `saveEntries` is called between restoring and writing,
 * so that if a write fails half-way, undo still knows every original. Returns the sheet's new entries.
 */
export async function writeApply(w: CellWriter, input: ApplyInput, saveEntries: (entries: Map<string, SnapshotEntry>) => void | Promise<void>): Promise<Map<string, SnapshotEntry>> {
  const { changes, old, originals, noteNow, annotations } = input;
  const touched = new Set(changes.map((c) => c.cell));
  for (const entry of old.values()) {
    if (touched.has(entry.before.cell)) continue;
    await restoreEntry(w, annotations, entry, noteNow.get(entry.before.cell) ?? true);
  }
  const entries = new Map<string, SnapshotEntry>();
  for (const ch of changes) {
    const wroteNote = ch.note !== undefined && annotations !== 'none';
    entries.set(ch.cell, { before: originals.get(ch.cell)!, wrote: { value: ch.value !== undefined, fill: ch.fill !== undefined, note: wroteNote } });
  }
  await saveEntries(entries);
  for (const ch of changes) {
    const before = originals.get(ch.cell)!;
    const wrote = old.get(ch.cell)?.wrote;
    if (ch.value !== undefined) await w.setValue(ch.cell, ch.value);
    else if (wrote?.value) await w.restoreValue(before);
    if (ch.fill !== undefined) await w.setFill(ch.cell, ch.fill);
    else if (wrote?.fill) await w.setFill(ch.cell, before.fill);
    const now = noteNow.get(ch.cell) ?? false;
    if (ch.note !== undefined && annotations !== 'none') await w.setAnnotation(ch.cell, mergeNote(before.note, ch.note), now, annotations);
    else if (wrote?.note && before.noteKind === annotations) await w.restoreAnnotation(before, now);
  }
  return entries;
}

/** 撤销评分 for one sheet: every snapshotted part back as it was. */
export async function writeRestore(w: CellWriter, annotations: AnnotationKind, entries: Map<string, SnapshotEntry>): Promise<void> {
  for (const entry of entries.values()) await restoreEntry(w, annotations, entry, entry.wrote.note || entry.before.note !== null);
}

/** The sheet as the unit wrote it: cells an earlier scoring wrote values into read as their originals. */
export function overlaySnapshot(grid: Grid, entries: Map<string, SnapshotEntry> | undefined): Grid {
  if (!entries?.size) return grid;
  const cells = new Map<string, [number, number, GridCell]>();
  for (const [r, c, cell] of grid.toJSON().cells) cells.set(`${r},${c}`, [r, c, cell]);
  for (const { before, wrote } of entries.values()) {
    if (!wrote.value) continue;
    const p = parseA1(before.cell);
    if (!p) continue;
    const cell = gridCellOfState(before);
    if (cell) cells.set(`${p.row},${p.col}`, [p.row, p.col, cell]);
    else cells.delete(`${p.row},${p.col}`);
  }
  return new Grid(grid.sheet, cells.values(), [...grid.merges]);
}

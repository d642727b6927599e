/**
 * Apply a WritePlan in one batch: one sync reads the sheet and the undo snapshot afresh (nothing read in
 * an earlier batch is trusted: the clerk may have typed, another runtime may have scored), one sync writes —
 * restore cells an earlier scoring touched that this plan does not, rewrite the snapshot, then write
 * values, fills and notes.
 */
import type { Grid } from '../../core/grid';
import type { CellChange, WritePlan } from '../../core/writePlan';
import { changesByCell, restoreUntouched, snapshotEntries, writeChanges, type ApplyState } from '../addin/undo';
import type { ExcelCapabilities } from './capabilities';
import type { CellState, SnapshotEntry } from '../addin/cellState';
import { lookupCellDetails } from './lookup';
import { withoutAmbiguousFills } from './fillGuard';
import { runWithNoteRetry, type SheetsNow } from './noteRetry';
import { withMovedNotes, withoutBlockedNotes, type MovedNote } from './movedNotes';
import { isResponseTooLarge } from './bandedRead';
import { baselineState, queueSheetRead, readSheetInBands, type SheetRead } from './readSheet';
import type { AddedSheets, SnapshotBook } from '../addin/snapshot';
import { chooseNames, queuePlannedSheet } from './plannedSheet';
import { queueStyleReads, stylesOf, type StyleReads, type TextStyle } from './textStyle';
import { writeSnapshot } from './snapshotSheet';
import { changedCells, SheetChangedError } from '../addin/staleCheck';
import type { ApplyResult } from '../addin/workbookHost';
import type { WriteBatch } from './writeBatch';
import { planLayout, reconcileLayout, withLayout, wrappedFontSize, writeLayout, type LayoutWrite } from '../addin/unitLayout';
import { ExcelLayoutWriter, layoutOf, liveLayoutOf, queueLayoutReads, type LayoutReads, type LoadedLayout } from './sheetLayout';

interface Prepared {
  changes: CellChange[];
  /** Cells whose planned fill is left off (fillGuard.ts). */
  fillsSkipped: string[];
  old: Map<string, SnapshotEntry>;
  originals: Map<string, CellState>;
  /** Whether a note is on the cell right now (ours or the unit's). */
  noteNow: Map<string, boolean>;
  /** Row heights and page fit of the scored sheet. */
  layout: LayoutWrite;
}

export async function readForWrite(context: Excel.RequestContext, sheet: string, caps: ExcelCapabilities): Promise<SheetRead> {
  // Writing needs cell state, not merged areas (which Excel refuses to list above 512).
  const noMerges = { ...caps, merges: false };
  const finish = queueSheetRead(context, sheet, noMerges);
  try {
    await context.sync();
  } catch (e) {
    if (!isResponseTooLarge(e)) throw e;
    return readSheetInBands(context, sheet, noMerges);
  }
  return finish();
}

/**
 * Font colour, wrap and size of the cells whose style we change (what we never touched is still the
 * unit's), and the rows, columns and page setup: both loaded with the read's sync, and read again
 * together (one sync) only when that read fell back to bands.
 */
async function stylesAndLayout(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  styleReads: StyleReads,
  layoutReads: LayoutReads,
  requeueLayout: () => LayoutReads,
): Promise<{ styles: Map<string, TextStyle>; loaded: LoadedLayout; syncs: number }> {
  const styles = stylesOf(styleReads);
  const loaded = layoutOf(layoutReads);
  if (styles && loaded) return { styles, loaded, syncs: 0 };
  const stylesAgain = styles ? null : queueStyleReads(ws, [...styleReads.keys()]);
  const layoutAgain = loaded ? null : requeueLayout();
  await context.sync();
  return {
    styles: styles ?? (stylesAgain && stylesOf(stylesAgain)) ?? new Map(),
    loaded: loaded ?? liveLayoutOf(layoutAgain!),
    syncs: 1,
  };
}

/** The state before our first write of every cell involved; asks Excel only for what the read did not give. */
async function prepare(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  caps: ExcelCapabilities,
  read: SheetRead,
  plan: WritePlan,
  styleReads: StyleReads,
  layoutReads: LayoutReads,
  requeueLayout: () => LayoutReads,
): Promise<{ prepared: Prepared; syncs: number }> {
  let changes = changesByCell(plan);
  let fillsSkipped: string[] = [];
  const old = read.book.get(plan.sheet) ?? new Map<string, SnapshotEntry>();
  const originals = new Map<string, CellState>();
  const noteNow = new Map<string, boolean>();
  const unknownFill: string[] = [];
  const unknownNote: string[] = [];
  for (const entry of old.values()) {
    originals.set(entry.before.cell, entry.before);
    noteNow.set(entry.before.cell, entry.wrote.note || entry.before.note !== null);
  }
  for (const ch of changes) {
    if (old.has(ch.cell)) continue;
    const { state, fillKnown, noteKnown } = baselineState(read.baseline, ch.cell, caps.annotations);
    originals.set(ch.cell, state);
    noteNow.set(ch.cell, false);
    if (!fillKnown) unknownFill.push(ch.cell);
    if (!noteKnown && caps.annotations !== 'none') unknownNote.push(ch.cell);
  }
  const styled = await stylesAndLayout(context, ws, styleReads, layoutReads, requeueLayout);
  let syncs = styled.syncs;
  const { styles, loaded } = styled;
  const fontSize = wrappedFontSize(plan, (cell) => styles.get(cell)?.fontSize);
  const earlier = reconcileLayout(read.layouts.get(plan.sheet), loaded.now);
  const layout = planLayout(plan, loaded.live, earlier, plan.printFit ? loaded.now.page : null, fontSize);
  for (const [cell, style] of styles) {
    const state = originals.get(cell)!;
    const wrote = old.get(cell)?.wrote;
    if (!wrote?.fontColor || state.fontColor === undefined) state.fontColor = style.fontColor;
    if (!wrote?.wrap || state.wrap === undefined) state.wrap = style.wrap;
  }
  if (unknownFill.length || unknownNote.length) {
    const found = await lookupCellDetails(context, ws, caps, unknownFill, unknownNote);
    syncs += found.syncs;
    for (const [cell, fill] of found.fills) originals.get(cell)!.fill = fill;
    ({ changes, skipped: fillsSkipped } = withoutAmbiguousFills(changes, found.whiteOrNone, caps.annotations !== 'none'));
    for (const [cell, note] of found.notes) {
      originals.get(cell)!.note = note;
      noteNow.set(cell, note !== null);
    }
  }
  return { prepared: { changes, fillsSkipped, old, originals, noteNow, layout }, syncs };
}

/** Queues the whole write; returns the names the plan's added sheets get. */
async function queueWrites(batch: WriteBatch, caps: ExcelCapabilities, plan: WritePlan, p: Prepared, read: SheetRead): Promise<string[]> {
  const state: ApplyState = { ...p, annotations: caps.annotations };
  // 1. Cells of the earlier scoring that this plan leaves alone go back to the unit's version.
  await restoreUntouched(batch, state);
  // 2. The snapshot before the writes: if a write fails half-way, undo still knows every original.
  const entries = snapshotEntries(state);
  const book: SnapshotBook = new Map(read.book);
  if (entries.size) book.set(plan.sheet, entries);
  else book.delete(plan.sheet);
  // Sheets an earlier scoring of this sheet added go (replaced below if the plan adds them again).
  const planned = plan.sheets ?? [];
  const ours = (read.added.get(plan.sheet) ?? []).filter((n) => read.sheetNames.includes(n));
  for (const name of ours) {
    await batch.cost();
    batch.context.workbook.worksheets.getItem(name).delete();
  }
  const names = chooseNames(planned, read.sheetNames, ours);
  const added: AddedSheets = new Map(read.added);
  if (names.length) added.set(plan.sheet, names);
  else added.delete(plan.sheet);
  await writeSnapshot(batch, book, read.snapshotExists, added, withLayout(read.layouts, plan.sheet, p.layout.record));
  // 3. The plan, each cell starting from its original so re-scoring never drifts; rows from theirs likewise.
  await writeChanges(batch, state);
  await writeLayout(new ExcelLayoutWriter(batch, caps), p.layout);
  // 4. The added sheets, each after the sheet it names.
  const order = read.sheetNames.filter((n) => !ours.includes(n));
  for (let i = 0; i < planned.length; i++) {
    const at = order.indexOf(planned[i].after);
    const position = at < 0 ? order.length : at + 1;
    await queuePlannedSheet(batch, caps, planned[i], names[i], position);
    order.splice(position, 0, names[i]);
  }
  return names;
}

/**
 * The apply. `basis` is the grid the plan was scored from: when the sheet read now differs from it,
 * nothing is written (SheetChangedError) — the plan would overwrite what changed since.
 */
export async function applyPlanWithExcel(excel: typeof Excel, caps: ExcelCapabilities, plan: WritePlan, basis?: Grid): Promise<ApplyResult> {
  return excel.run(async (context) => {
    let syncs = 1;
    const ws = context.workbook.worksheets.getItem(plan.sheet);
    const styled = plan.changes.filter((c) => c.fontColor !== undefined || c.wrap !== undefined).map((c) => c.cell);
    const styleReads = queueStyleReads(ws, [...new Set(styled)]); // sent with the read's sync
    const layoutReads = queueLayoutReads(ws, caps, plan); // likewise
    const read = await readForWrite(context, plan.sheet, caps);
    const changed = basis ? changedCells(basis, read.grid) : [];
    if (changed.length) throw new SheetChangedError(plan.sheet, changed);
    const requeue = () => queueLayoutReads(ws, caps, plan);
    const { prepared, syncs: prepSyncs } = await prepare(context, ws, caps, read, plan, styleReads, layoutReads, requeue);
    syncs += prepSyncs;
    // Cells where a note cannot be added (noteRetry.ts): their text goes to the 复核表 instead.
    const blocked = new Set<string>();
    let written = { changes: prepared.changes, moved: [] as MovedNote[], names: [] as string[] };
    const queue = async (batch: WriteBatch) => {
      const { changes, moved } = withoutBlockedNotes(prepared.changes, blocked);
      const sheets = plan.sheets?.length ? [withMovedNotes(plan.sheets[0], moved, caps.annotations === 'note' ? 'note' : 'comment'), ...plan.sheets.slice(1)] : plan.sheets;
      const names = await queueWrites(batch, caps, { ...plan, sheets }, { ...prepared, changes }, read);
      written = { changes, moved, names };
    };
    const cells = [...new Set([...prepared.old.keys(), ...prepared.changes.map((c) => c.cell)])];
    const beforeRetry = (now: SheetsNow) => Object.assign(read, { snapshotExists: now.snapshotExists, sheetNames: now.sheetNames });
    syncs += await runWithNoteRetry({ context, ws, caps, cells, noteNow: prepared.noteNow, queue, blocked, beforeRetry });
    const { changes, moved, names } = written;
    return {
      cellsWritten: changes.length,
      syncs,
      ...(prepared.fillsSkipped.length ? { fillsSkipped: prepared.fillsSkipped } : {}),
      ...(moved.length ? { notesMoved: { cells: moved.map((m) => m.cell), sheet: names[0] ?? null } } : {}),
    };
  });
}

/**
 * Reading a sheet in ONE sync: the used range's values/formulas/number formats/value types, merged
 * areas, fills (for the snapshot a later apply takes), which notes exist, and the undo snapshot.
 * A used range taller than 5,000 rows costs one more sync for the merges below those (mergeBands.ts).
 */
import { Grid, parseA1, parseRangeA1, type CellRange, type GridCell } from '../../core/grid';
import { NOTE_MARKER } from '../../core/writePlan';
import type { ExcelCapabilities } from './capabilities';
import { gridCellOf, type CellState, type SnapshotEntry } from '../addin/cellState';
import { overlayOriginals, reconcileEntries } from '../addin/undo';
import { readInBands } from './bandedRead';
import { queueFirstBands, readAllMerges } from './mergeBands';
import { decodeSnapshotRecords, type AddedSheets, type SnapshotBook } from '../addin/snapshot';
import type { LayoutBook } from '../addin/unitLayout';
import { SNAPSHOT_SHEET } from '../addin/workbookHost';

/** What a sheet looked like at read time, enough to snapshot any cell a plan then touches. */
export interface SheetBaseline {
  /** The values-only used range. */
  values: { rect: CellRange; values: unknown[][]; formulas: unknown[][]; valueTypes: string[][] };
  /** The whole used range (formatted cells too): number formats, and fills where ExcelApi 1.9 gives them. */
  formats: { rect: CellRange; numberFormat: string[][]; fills: Array<Array<string | null>> | null };
  /** True when every note on the sheet is ours, so a cell outside the snapshot has none. */
  annotationsKnown: boolean;
}

export interface SheetRead {
  sheet: string;
  grid: Grid;
  baseline: SheetBaseline;
  /** The whole snapshot sheet, all sheets' entries (it is rewritten as a whole). */
  book: SnapshotBook;
  added: AddedSheets;
  /** Row heights and page setup of every scored sheet (rewritten with the snapshot). */
  layouts: LayoutBook;
  snapshotExists: boolean;
  sheetNames: string[];
}

/** Excel's last row and column (0-based): entire-row and entire-column addresses end there. */
const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

/** "3:52" (entire rows, as a merge across whole rows reads) or "B:C" (entire columns) → 0-based range. */
function rectOfLines(local: string): CellRange | null {
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: LAST_COLUMN };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  const a = cols && parseA1(`${cols[1]}1`);
  const b = cols && parseA1(`${cols[2]}1`);
  return a && b ? { top: 0, left: a.col, bottom: LAST_ROW, right: b.col } : null;
}

/** "Sheet1!B3:J31" (or "'My sheet'!B3", "Sheet1!3:4") → 0-based range. */
export function rectOfAddress(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const rect = parseRangeA1(local) ?? rectOfLines(local);
  if (!rect) throw new Error(`无法识别的单元格地址：${address}`);
  return rect;
}

export interface SnapshotRead {
  book: SnapshotBook;
  added: AddedSheets;
  layouts: LayoutBook;
  exists: boolean;
  /** Every sheet of the workbook by name, in order (to place and find the sheets a plan adds). */
  sheetNames: string[];
}

export function queueSnapshotRead(context: Excel.RequestContext): () => SnapshotRead {
  const ws = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values');
  const sheets = context.workbook.worksheets.load('items/name');
  return () => {
    const { book, added, layouts } = ws.isNullObject || used.isNullObject ? { book: new Map(), added: new Map(), layouts: new Map() } : decodeSnapshotRecords(used.values);
    return { exists: !ws.isNullObject, book, added, layouts, sheetNames: sheets.items.map((s) => s.name) };
  };
}

interface CellPropsFill {
  format?: { fill?: { color?: string; pattern?: string } };
}

/**
 * Queues every load of the read; the returned function builds the result after the one sync (and
 * syncs once more itself only for the merges of a used range taller than 5,000 rows).
 */
export function queueSheetRead(context: Excel.RequestContext, sheet: string, caps: ExcelCapabilities): () => Promise<SheetRead> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRange(true); // A1 for an empty sheet, never an error
  used.load('address,values,formulas,valueTypes,numberFormat');
  const usedAll = ws.getUsedRange(false);
  usedAll.load('address,numberFormat');
  const fills = caps.cellProperties ? usedAll.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : null;
  const mergeBands = caps.merges ? queueFirstBands(usedAll) : null;
  const notes = queueNotes(ws, caps);
  const snapshot = queueSnapshotRead(context);

  return async () => {
    const snap = snapshot();
    const valuesRect = rectOfAddress(used.address);
    const formatsRect = rectOfAddress(usedAll.address);
    const baseline: SheetBaseline = {
      values: { rect: valuesRect, values: used.values, formulas: used.formulas, valueTypes: used.valueTypes as string[][] },
      formats: {
        rect: formatsRect,
        numberFormat: usedAll.numberFormat,
        fills: fills ? (fills.value as CellPropsFill[][]).map((row) => row.map(fillOfProps)) : null,
      },
      annotationsKnown: notesAreOurs(notes),
    };
    const merges = mergeBands ? await readAllMerges(context, ws, mergeBands, formatsRect) : null;
    return sheetReadOf(sheet, baseline, merges?.map(rectOfAddress) ?? null, snap);
  };
}

/** `merges` null: the host could not list them (below ExcelApi 1.13, or above Excel's 512-area limit). */
function sheetReadOf(sheet: string, baseline: SheetBaseline, merges: CellRange[] | null, snap: SnapshotRead): SheetRead {
  const { book, added, layouts, exists, sheetNames } = snap;
  const entries = book.get(sheet);
  if (entries) book.set(sheet, reconcileEntries(entries, (e) => baselineState(baseline, e.before.cell, e.before.noteKind).state));
  return { sheet, grid: buildGrid(sheet, baseline, merges, book.get(sheet)), baseline, book, added, layouts, snapshotExists: exists, sheetNames };
}

/** The same read for a sheet whose one-sync response would pass 5 MB: the used range first, then row bands. */
export async function readSheetInBands(context: Excel.RequestContext, sheet: string, caps: ExcelCapabilities): Promise<SheetRead> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const usedAll = ws.getUsedRange(false).load('address');
  // Note texts can be the large part themselves: not listed here, looked up per cell when a write needs them.
  const snapshot = queueSnapshotRead(context);
  await context.sync();
  const snap = snapshot();
  const cells = await readInBands(context, ws, rectOfAddress(usedAll.address), caps);
  const baseline: SheetBaseline = {
    values: { rect: cells.rect, values: cells.values, formulas: cells.formulas, valueTypes: cells.valueTypes },
    formats: { rect: cells.rect, numberFormat: cells.numberFormat, fills: cells.fillProps ? (cells.fillProps as CellPropsFill[][]).map((row) => row.map(fillOfProps)) : null },
    annotationsKnown: caps.annotations === 'none',
  };
  return sheetReadOf(sheet, baseline, cells.merges?.map(rectOfAddress) ?? null, snap);
}

function queueNotes(ws: Excel.Worksheet, caps: ExcelCapabilities): Excel.NoteCollection | Excel.CommentCollection | null {
  const notes = caps.annotations === 'note' ? ws.notes : caps.annotations === 'comment' ? ws.comments : null;
  notes?.load('items/content');
  return notes;
}

function notesAreOurs(notes: Excel.NoteCollection | Excel.CommentCollection | null): boolean {
  return notes ? notes.items.every((n) => n.content.includes(NOTE_MARKER)) : true;
}

function fillOfProps(p: CellPropsFill): string | null {
  const fill = p.format?.fill;
  return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color.toUpperCase();
}

const KEY = 16384;

function buildGrid(sheet: string, b: SheetBaseline, merges: CellRange[] | null, entries: Map<string, SnapshotEntry> | undefined): Grid {
  const cells = new Map<number, [number, number, GridCell]>();
  const { rect, values, formulas, valueTypes } = b.values;
  const used = b.formats;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) {
      const r = rect.top + i;
      const c = rect.left + j;
      const fmt = inRect(used.rect, r, c) ? used.numberFormat[r - used.rect.top][c - used.rect.left] : 'General';
      const cell = gridCellOf(values[i][j], formulas[i][j], fmt, valueTypes[i][j]);
      if (cell) cells.set(r * KEY + c, [r, c, cell]);
    }
  }
  overlayOriginals(cells, entries);
  return new Grid(sheet, cells.values(), merges ?? [], merges !== null);
}

export function inRect(rect: CellRange, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** A cell's state as the baseline knows it, and whether its fill and note are known. */
export function baselineState(
  b: SheetBaseline,
  cell: string,
  noteKind: CellState['noteKind'],
): { state: CellState; fillKnown: boolean; noteKnown: boolean } {
  const p = parseA1(cell)!;
  const v = b.values;
  const f = b.formats;
  const inValues = inRect(v.rect, p.row, p.col);
  const inFormats = inRect(f.rect, p.row, p.col);
  const vi = p.row - v.rect.top;
  const vj = p.col - v.rect.left;
  const formula = inValues ? v.formulas[vi][vj] : '';
  const state: CellState = {
    cell,
    value: inValues ? (v.values[vi][vj] as CellState['value']) : '',
    valueType: inValues ? v.valueTypes[vi][vj] : 'Empty',
    formula: typeof formula === 'string' && formula.startsWith('=') ? formula : null,
    numberFormat: inFormats ? f.numberFormat[p.row - f.rect.top][p.col - f.rect.left] : 'General',
    fill: inFormats && f.fills ? f.fills[p.row - f.rect.top][p.col - f.rect.left] : null,
    note: null,
    noteKind,
  };
  return { state, fillKnown: !inFormats || f.fills !== null, noteKnown: b.annotationsKnown };
}

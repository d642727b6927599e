/**
 * Reading a sheet in ONE sync: the used range's values/formulas/number formats/value types, merged
 * areas, fills (for the snapshot a later apply takes), which notes exist, and the undo snapshot.
 */
import { Grid, parseA1, parseRangeA1, type CellRange, type GridCell } from '../../core/grid';
import { NOTE_MARKER } from '../../core/writePlan';
import type { ExcelCapabilities } from './capabilities';
import { gridCellOf, gridCellOfState, type CellState, type SnapshotEntry } from './cellState';
import { decodeSnapshot, type SnapshotBook } from './snapshot';
import { SNAPSHOT_SHEET } from './workbookHost';

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
  snapshotExists: boolean;
}

/** "Sheet1!B3:J31" (or "'My sheet'!B3") → 0-based range. */
export function rectOfAddress(address: string): CellRange {
  const rect = parseRangeA1(address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, ''));
  if (!rect) throw new Error(`无法识别的单元格地址：${address}`);
  return rect;
}

export function queueSnapshotRead(context: Excel.RequestContext): () => { book: SnapshotBook; exists: boolean } {
  const ws = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values');
  return () => ({ exists: !ws.isNullObject, book: ws.isNullObject || used.isNullObject ? new Map() : decodeSnapshot(used.values) });
}

interface CellPropsFill {
  format?: { fill?: { color?: string; pattern?: string } };
}

/** Queues every load of the read; the returned function builds the result after the one sync. */
export function queueSheetRead(context: Excel.RequestContext, sheet: string, caps: ExcelCapabilities): () => SheetRead {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRange(true); // A1 for an empty sheet, never an error
  used.load('address,values,formulas,valueTypes,numberFormat');
  const usedAll = ws.getUsedRange(false);
  usedAll.load('address,numberFormat');
  const fills = caps.cellProperties ? usedAll.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : null;
  // The whole sheet starts at A1, so every merge's top-left cell lies inside it.
  const merged = caps.merges ? ws.getRange().getMergedAreasOrNullObject() : null;
  merged?.areas.load('items/address');
  const notes = caps.annotations === 'note' ? ws.notes : caps.annotations === 'comment' ? ws.comments : null;
  notes?.load('items/content');
  const snapshot = queueSnapshotRead(context);

  return () => {
    const { book, exists } = snapshot();
    const valuesRect = rectOfAddress(used.address);
    const baseline: SheetBaseline = {
      values: { rect: valuesRect, values: used.values, formulas: used.formulas, valueTypes: used.valueTypes as string[][] },
      formats: {
        rect: rectOfAddress(usedAll.address),
        numberFormat: usedAll.numberFormat,
        fills: fills ? (fills.value as CellPropsFill[][]).map((row) => row.map(fillOfProps)) : null,
      },
      annotationsKnown: notes ? notes.items.every((n) => n.content.includes(NOTE_MARKER)) : true,
    };
    const mergeRects = merged && !merged.isNullObject ? merged.areas.items.map((r) => rectOfAddress(r.address)) : [];
    const grid = buildGrid(sheet, baseline, mergeRects, book.get(sheet));
    return { sheet, grid, baseline, book, snapshotExists: exists };
  };
}

function fillOfProps(p: CellPropsFill): string | null {
  const fill = p.format?.fill;
  return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color.toUpperCase();
}

const KEY = 16384;

function buildGrid(sheet: string, b: SheetBaseline, merges: CellRange[], entries: Map<string, SnapshotEntry> | undefined): Grid {
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
  // Re-scoring must see the unit's own values, not what our earlier scoring wrote.
  for (const { before, wrote } of entries?.values() ?? []) {
    if (!wrote.value) continue;
    const p = parseA1(before.cell);
    if (!p) continue;
    const cell = gridCellOfState(before);
    if (cell) cells.set(p.row * KEY + p.col, [p.row, p.col, cell]);
    else cells.delete(p.row * KEY + p.col);
  }
  return new Grid(sheet, cells.values(), merges);
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

/**
 * The fake Excel host's workbook: plain, JSON-safe data (no Node APIs — a browser test bundles this).
 * Cells are keyed by A1 address; covered cells of a merge are simply absent, so they read as "" like Excel.
 */
import { parseA1, parseRangeA1, toA1, type CellRange } from '../../../src/core/grid';

export type FakeValue = number | string | boolean | { error: string } | null;

export interface FakeCell {
  value: FakeValue;
  /** With its leading "=". */
  formula?: string;
  /** Absent means "General". */
  numberFormat?: string;
  /** Solid fill colour "#RRGGBB"; absent means no fill. */
  fill?: string;
  /** A legacy note (Excel "Notes", ExcelApi 1.18). */
  note?: string;
  /** A threaded comment (ExcelApi 1.10), kept apart from notes as Excel does. */
  comment?: string;
  /** Font colour "#RRGGBB"; absent means the default (black). */
  fontColor?: string;
  /** Wrap text; absent means off. */
  wrap?: boolean;
  /** Other formatting written through range.format (bold, size, alignment, borders). */
  style?: Record<string, unknown>;
}

/** Sheet-level formatting: column widths and row heights in points, and the print setup (ExcelApi 1.9). */
export interface FakeLayout {
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  page: Record<string, unknown>;
}

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheet {
  name: string;
  visibility: FakeVisibility;
  cells: Record<string, FakeCell>;
  /** Merged areas as "A1:D1". */
  merges: string[];
  layout?: FakeLayout;
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** Saved document settings (what `settings.saveAsync` persisted). */
  settings: Record<string, unknown>;
  /**
   * The fake does not calculate. It remembers each formula's last known result per cell, so writing
   * the same formula back (as a restore does) yields the same value Excel would recalculate.
   */
  formulaResults: Record<string, { formula: string; value: FakeValue }>;
}

export function emptyWorkbook(sheetNames: string[] = ['Sheet1']): FakeWorkbookModel {
  return {
    sheets: sheetNames.map((name) => ({ name, visibility: 'Visible', cells: {}, merges: [] })),
    activeSheet: sheetNames[0],
    selection: null,
    settings: {},
    formulaResults: {},
  };
}

/** Save: the model as text (what a saved .xlsx would carry for our purposes). */
export function serializeWorkbook(model: FakeWorkbookModel): string {
  return JSON.stringify(model);
}

/** Reopen: a fresh, independent model from saved text (no object shared with the old one). */
export function deserializeWorkbook(text: string): FakeWorkbookModel {
  return JSON.parse(text) as FakeWorkbookModel;
}

export function findSheet(model: FakeWorkbookModel, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase(); // Excel sheet names are case-insensitive
  return model.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function isEmptyCell(cell: FakeCell | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === '') && !cell.formula);
}

function hasAnything(cell: FakeCell): boolean {
  return !isEmptyCell(cell) || !!cell.fill || !!cell.note || !!cell.comment || !!cell.numberFormat || !!cell.fontColor || !!cell.wrap || !!cell.style;
}

/** Drops a cell that no longer holds anything, so used ranges shrink like Excel's. */
export function tidyCell(sheet: FakeSheet, address: string): void {
  const cell = sheet.cells[address];
  if (cell && !hasAnything(cell)) delete sheet.cells[address];
}

export function layoutOf(sheet: FakeSheet): FakeLayout {
  return (sheet.layout ??= { columnWidths: {}, rowHeights: {}, page: {} });
}

/** Excel's standard row height and column width (Calibri 11: 15 pt; 8.43 characters = 64 px = 48 pt). */
export const STANDARD_HEIGHT = 15;
export const STANDARD_WIDTH = 48;

/** Drops a layout left with nothing in it, so a sheet put back as it was compares equal. */
export function tidyLayout(sheet: FakeSheet): void {
  const l = sheet.layout;
  if (l && !Object.keys(l.columnWidths).length && !Object.keys(l.rowHeights).length && !Object.keys(l.page).length) delete sheet.layout;
}

export function cellAt(sheet: FakeSheet, address: string, create: true): FakeCell;
export function cellAt(sheet: FakeSheet, address: string, create?: false): FakeCell | undefined;
export function cellAt(sheet: FakeSheet, address: string, create = false): FakeCell | undefined {
  let cell = sheet.cells[address];
  if (!cell && create) cell = sheet.cells[address] = { value: null };
  return cell;
}

/** Bounding box of the cells in use; null for an empty sheet. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  let box: CellRange | null = null;
  const grow = (r: CellRange) => {
    box = box
      ? {
          top: Math.min(box.top, r.top),
          left: Math.min(box.left, r.left),
          bottom: Math.max(box.bottom, r.bottom),
          right: Math.max(box.right, r.right),
        }
      : { ...r };
  };
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly ? isEmptyCell(cell) : !hasAnything(cell)) continue;
    const p = parseA1(address);
    if (p) grow({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  }
  if (!valuesOnly) for (const m of sheet.merges) grow(parseRangeA1(m)!);
  return box;
}

/** Addresses of the cells that exist inside `rect` (cheap even for a whole-sheet range). */
export function existingCellsIn(sheet: FakeSheet, rect: CellRange): string[] {
  if (rectArea(rect) <= 1024) return [...cellsOf(rect)].filter((a) => a in sheet.cells);
  return Object.keys(sheet.cells).filter((a) => {
    const p = parseA1(a);
    return !!p && p.row >= rect.top && p.row <= rect.bottom && p.col >= rect.left && p.col <= rect.right;
  });
}

export function rectArea(rect: CellRange): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function* cellsOf(rect: CellRange): Generator<string> {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) yield toA1(r, c);
}

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 };

export function insideGrid(rect: CellRange): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < SHEET_ROWS && rect.right < SHEET_COLUMNS && rect.top <= rect.bottom && rect.left <= rect.right;
}

/** The address part Excel gives: "A1:B2", "A1", entire rows "3:52", entire columns "B:C". */
function localAddress(rect: CellRange): string {
  const fullRows = rect.left === 0 && rect.right === SHEET_COLUMNS - 1;
  const fullColumns = rect.top === 0 && rect.bottom === SHEET_ROWS - 1;
  if (fullRows) return `${rect.top + 1}:${rect.bottom + 1}`; // the whole sheet too: "1:1048576"
  if (fullColumns) {
    const letters = (c: number) => toA1(0, c).replace(/\d+$/, '');
    return `${letters(rect.left)}:${letters(rect.right)}`;
  }
  const a = toA1(rect.top, rect.left);
  const b = toA1(rect.bottom, rect.right);
  return a === b ? a : `${a}:${b}`;
}

/** A local address as Worksheet.getRange takes it: "B3", "B3:D5", entire rows "3:52", entire columns "B:C". */
export function parseLocalAddress(text: string): CellRange | null {
  const plain = text.replace(/\$/g, '').toUpperCase();
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: SHEET_COLUMNS - 1 };
  }
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(plain);
  if (columns) {
    const a = parseA1(`${columns[1]}1`);
    const b = parseA1(`${columns[2]}1`);
    if (!a || !b) return null;
    return { top: 0, left: Math.min(a.col, b.col), bottom: SHEET_ROWS - 1, right: Math.max(a.col, b.col) };
  }
  return parseRangeA1(plain);
}

/** Excel's sheet-qualified address: Sheet1!A1:B2, quoted when the name needs it. */
export function qualifiedAddress(sheet: string, rect: CellRange): string {
  // Excel quotes names with spaces/punctuation, or that could be read as a cell reference.
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${localAddress(rect)}`;
}

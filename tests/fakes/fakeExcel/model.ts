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
}

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheet {
  name: string;
  visibility: FakeVisibility;
  cells: Record<string, FakeCell>;
  /** Merged areas as "A1:D1". */
  merges: string[];
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
  return !isEmptyCell(cell) || !!cell.fill || !!cell.note || !!cell.comment || !!cell.numberFormat;
}

/** Drops a cell that no longer holds anything, so used ranges shrink like Excel's. */
export function tidyCell(sheet: FakeSheet, address: string): void {
  const cell = sheet.cells[address];
  if (cell && !hasAnything(cell)) delete sheet.cells[address];
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

/** Excel's sheet-qualified address: Sheet1!A1:B2, quoted when the name needs it. */
export function qualifiedAddress(sheet: string, rect: CellRange): string {
  const a = toA1(rect.top, rect.left);
  const b = toA1(rect.bottom, rect.right);
  // Excel quotes names with spaces/punctuation, or that could be read as a cell reference.
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

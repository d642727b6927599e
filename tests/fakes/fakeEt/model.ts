/**
 * The fake WPS 表格 (ET) workbook's data: plain objects, independent of the Office.js fake's classes.
 * Cells are keyed by A1 address; covered cells of a merge are absent, as in the real grid.
 */
import type { CellRange } from '../../../src/core/grid';
import { parseA1, parseRangeA1, toA1 } from '../../../src/core/grid';
import type { FakeWorkbookModel } from '../fakeExcel/model';

/** An error value as ET's Value2 returns it: the COM error code of the variant (e.g. -2146826281). */
export interface EtErrorValue {
  error: string;
}

export type EtScalar = number | string | boolean | EtErrorValue | null;

export interface EtCell {
  value: EtScalar;
  /** With its leading "=". */
  formula?: string;
  /** Absent means "General" (ET reports "G/通用格式" in Chinese builds; we model the English code). */
  numberFormat?: string;
  /** Interior colour as ET keeps it: BGR integer; absent = no fill. */
  interior?: number;
  fontColor?: number;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: number;
  vertical?: number;
  border?: boolean;
  /** Legacy comment (批注) text. */
  comment?: string;
  /** Text typed with a leading apostrophe (kept as text). */
  prefixCharacter?: string;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintTitleRows: string;
  /** "" when the whole sheet prints. */
  PrintArea: string;
}

export interface EtSheetModel {
  name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  cells: Record<string, EtCell>;
  merges: CellRange[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  page: EtPageSetup;
}

export interface EtBookModel {
  name: string;
  sheets: EtSheetModel[];
  active: number;
}

export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

export function defaultPageSetup(): EtPageSetup {
  return { Orientation: 1, PaperSize: 9, Zoom: 100, FitToPagesWide: false, FitToPagesTall: false, PrintTitleRows: '', PrintArea: '' };
}

export function emptySheet(name: string): EtSheetModel {
  return { name, visible: XL_SHEET_VISIBLE, cells: {}, merges: [], columnWidths: {}, rowHeights: {}, page: defaultPageSetup() };
}

/** "#RRGGBB" → BGR integer, the way ET's Interior.Color and Font.Color hold colours. */
export function bgrOfHex(hex: string): number {
  const rgb = parseInt(hex.replace(/^#/, ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** The same data the Office fake loads from an .xlsx, as an ET book (fills and notes included). */
export function etBookFromFakeModel(model: FakeWorkbookModel, name = '工作簿1.xlsx'): EtBookModel {
  const visibility: Record<string, number> = { Visible: XL_SHEET_VISIBLE, Hidden: XL_SHEET_HIDDEN, VeryHidden: XL_SHEET_VERY_HIDDEN };
  const sheets = model.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    sheet.visible = visibility[s.visibility] ?? XL_SHEET_VISIBLE;
    for (const [address, c] of Object.entries(s.cells)) {
      const cell: EtCell = { value: c.value };
      if (c.formula) cell.formula = c.formula;
      if (c.numberFormat) cell.numberFormat = c.numberFormat;
      if (c.fill) cell.interior = bgrOfHex(c.fill);
      if (c.note !== undefined) cell.comment = c.note;
      sheet.cells[address] = cell;
    }
    sheet.merges = s.merges.map((m) => parseRangeA1(m)!).filter(Boolean);
    return sheet;
  });
  const active = Math.max(0, model.sheets.findIndex((s) => s.name === model.activeSheet));
  return { name, sheets, active };
}

export function mergeContaining(sheet: EtSheetModel, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

export function isBlank(cell: EtCell | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === '') && !cell.formula);
}

/** Anything that makes Excel/ET count a cell as used (value, format, fill, comment). */
export function isUsed(cell: EtCell): boolean {
  return !isBlank(cell) || cell.numberFormat !== undefined || cell.interior !== undefined || cell.comment !== undefined ||
    cell.fontColor !== undefined || cell.bold !== undefined || cell.wrap !== undefined || cell.border !== undefined;
}

export function usedBox(sheet: EtSheetModel): CellRange | null {
  let box: CellRange | null = null;
  const grow = (r: CellRange) => {
    box = box
      ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) }
      : { ...r };
  };
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (!isUsed(cell)) continue;
    const p = parseA1(address)!;
    grow({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  }
  for (const m of sheet.merges) grow(m);
  return box;
}

export { toA1 };

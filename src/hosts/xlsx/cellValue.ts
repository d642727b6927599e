/** ExcelJS cell → GridCell, following the rules the Office.js adapter follows (see src/core/grid.ts). */
import type { Cell, CellValue } from 'exceljs';
import type { CellScalar, GridCell } from '../../core/grid';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** 1970-01-01 as an Excel serial in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1462;

/**
 * A JS Date (as ExcelJS reads it: the wall-clock time encoded as UTC) → the serial Excel stores,
 * which is what Office.js `values` returns for a date cell.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
}

/** A cell's number format, or undefined for "General"/none (Office.js reports "General" there). */
export function formatOf(cell: Cell): string | undefined {
  const fmt = cell.numFmt;
  return fmt && fmt !== 'General' ? fmt : undefined;
}

/** Text of a rich-text/hyperlink/plain value; null when it is none of those. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) {
    const o = v as { richText?: unknown; text?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
    if (o.text !== undefined) return textOf(o.text);
  }
  return null;
}

/** A plain (non-formula) value or a formula's cached result → CellScalar. */
export function toScalar(v: CellValue | unknown, date1904 = false): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    const err = (v as { error?: unknown }).error;
    if (typeof err === 'string') return { error: err };
    const text = textOf(v);
    if (text !== null) return text;
  }
  return null;
}

function isFormulaValue(v: unknown): v is { formula?: string; sharedFormula?: string; result?: unknown } {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

/**
 * The GridCell for one master (or unmerged) cell; null when the cell is empty.
 * Covered cells of a merge must be filtered out by the caller (`cell.master !== cell`).
 */
export function gridCellOf(cell: Cell, date1904 = false): GridCell | null {
  const raw = cell.value;
  const out: GridCell = { value: null };
  if (isFormulaValue(raw)) {
    // cell.formula gives the translated text for shared-formula followers too.
    const text = cell.formula || raw.formula;
    if (text) out.formula = `=${text}`;
    out.value = toScalar(raw.result, date1904);
  } else {
    out.value = toScalar(raw, date1904);
  }
  if ((out.value === null || out.value === '') && !out.formula) return null;
  const format = formatOf(cell);
  if (format) out.format = format;
  return out;
}

/**
 * One ET worksheet → Grid, in few calls: the used range's Value2 and Formula as two 2-D arrays, number
 * formats and merged areas by splitting the used range only where it is mixed (a uniform block answers
 * in one call), and one `Text` read per value that looks like an error code.
 */
import { Grid, parseRangeA1, type CellRange, type GridCell } from '../../core/grid';
import { confirmsError, errorTextOfCode } from './etErrors';
import type { EtRange, EtWorksheet } from './etTypes';

/** A rectangular block of a 2-D answer: ET gives a bare scalar for one cell, rows of values otherwise. */
export function asMatrix(value: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(value)) return [[value]];
  const m = value as unknown[][];
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => m?.[i]?.[j]));
}

/** The range at 0-based `rect` of a sheet. */
function rangeAt(ws: EtWorksheet, rect: CellRange): EtRange {
  return ws.Range(`${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`) as EtRange;
}

function a1(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** Splits a rectangle in two along its longer side. */
function halves(r: CellRange): [CellRange, CellRange] {
  if (r.bottom - r.top >= r.right - r.left) {
    const mid = Math.floor((r.top + r.bottom) / 2);
    return [{ ...r, bottom: mid }, { ...r, top: mid + 1 }];
  }
  const mid = Math.floor((r.left + r.right) / 2);
  return [{ ...r, right: mid }, { ...r, left: mid + 1 }];
}

/**
 * Number formats of the non-empty cells: a block whose NumberFormat is one string is done; a mixed
 * block (null) is halved. Blocks without values are never asked.
 */
export function readNumberFormats(ws: EtWorksheet, rect: CellRange, hasValue: (r: number, c: number) => boolean): Map<number, string> {
  const out = new Map<number, string>();
  const anyValue = (b: CellRange) => {
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (hasValue(r, c)) return true;
    return false;
  };
  const visit = (b: CellRange) => {
    if (!anyValue(b)) return;
    const fmt = rangeAt(ws, b).NumberFormat as unknown;
    if (typeof fmt === 'string') {
      if (fmt === 'General' || fmt === 'G/通用格式') return;
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (hasValue(r, c)) out.set(key(r, c), fmt);
      return;
    }
    if (b.top === b.bottom && b.left === b.right) return; // one cell cannot be mixed
    for (const h of halves(b)) visit(h);
  };
  visit(rect);
  return out;
}

/** The parts of `b` outside `m` (up to four strips), for rectangles that intersect. */
function outside(b: CellRange, m: CellRange): CellRange[] {
  const parts: CellRange[] = [];
  if (m.top > b.top) parts.push({ ...b, bottom: m.top - 1 });
  if (m.bottom < b.bottom) parts.push({ ...b, top: m.bottom + 1 });
  const top = Math.max(b.top, m.top);
  const bottom = Math.min(b.bottom, m.bottom);
  if (m.left > b.left) parts.push({ top, bottom, left: b.left, right: m.left - 1 });
  if (m.right < b.right) parts.push({ top, bottom, left: m.right + 1, right: b.right });
  return parts;
}

const intersects = (a: CellRange, b: CellRange) => !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);

/**
 * Merged areas inside `rect`. A block with MergeCells false holds none; a block that is all merged
 * cells gives its top-left cell's MergeArea; a mixed block is halved. An area once found is cut out of
 * every block asked later, so a tall merge costs a few calls, not one per row.
 */
export function readMerges(ws: EtWorksheet, rect: CellRange): CellRange[] {
  const found: CellRange[] = [];
  const visit = (b: CellRange) => {
    const known = found.find((m) => intersects(b, m));
    if (known) {
      for (const part of outside(b, known)) visit(part);
      return;
    }
    const range = rangeAt(ws, b);
    const merged = range.MergeCells as unknown;
    if (merged === false) return;
    const single = b.top === b.bottom && b.left === b.right;
    if (merged === true || single) {
      const area = (single ? range : rangeAt(ws, { top: b.top, left: b.left, bottom: b.top, right: b.left })).MergeArea;
      found.push(rectOfEtAddress(area.Address()));
      visit(b); // now cut around the area just found
      return;
    }
    for (const h of halves(b)) visit(h);
  };
  visit(rect);
  return found;
}

/** "$B$3:$D$5" or "$B$3" (ET's Address()) → 0-based rectangle. */
export function rectOfEtAddress(address: string): CellRange {
  const rect = parseRangeA1(address.replace(/\$/g, ''));
  if (!rect) throw new Error(`无法识别的单元格地址：${address}`);
  return rect;
}

const key = (r: number, c: number) => r * 16384 + c;

export interface EtSheetRead {
  grid: Grid;
  /** The used range read (0-based). */
  rect: CellRange;
}

/** Reads one worksheet as the core's Grid (values in master cells only, errors as CellError). */
export function readEtSheet(ws: EtWorksheet, name = ws.Name): EtSheetRead {
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const rect: CellRange = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
  const values = asMatrix(used.Value2, rows, cols);
  const formulas = asMatrix(used.Formula, rows, cols);
  const filled = (r: number, c: number) => {
    const v = values[r - top][c - left];
    const f = formulas[r - top][c - left];
    return (v !== undefined && v !== null && v !== '') || (typeof f === 'string' && f.startsWith('='));
  };
  const formats = readNumberFormats(ws, rect, filled);
  const merges = readMerges(ws, rect);
  const cells: Array<[number, number, GridCell]> = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const r = top + i;
      const c = left + j;
      if (!filled(r, c)) continue;
      const cell = gridCellOfEt(ws, r, c, values[i][j], formulas[i][j]);
      const fmt = formats.get(key(r, c));
      if (fmt) cell.format = fmt;
      cells.push([r, c, cell]);
    }
  }
  return { grid: new Grid(name, cells, merges), rect };
}

function gridCellOfEt(ws: EtWorksheet, r: number, c: number, value: unknown, formula: unknown): GridCell {
  const out: GridCell = { value: null };
  const errorText = errorTextOfCode(value);
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  if (errorText && confirmsError(errorText, isFormula ? rangeAt(ws, { top: r, left: c, bottom: r, right: c }).Text : formula)) {
    out.value = { error: errorText };
  } else if (typeof value === 'number' || typeof value === 'boolean') out.value = value;
  else if (typeof value === 'string' && value !== '') out.value = value;
  if (isFormula) out.formula = formula as string;
  return out;
}

/**
 * A fake ET `Range`, written from et-jsapi-declare's `Et.Range` and the COM object model it mirrors:
 * 1-based `Row`/`Column`/`Item`, `Value2` as a scalar for one cell and a 2-D array otherwise, error
 * values as COM error codes, `NumberFormat`/`MergeCells`/`Interior.Color` null when mixed, `AddComment`
 * failing where a comment exists, and no partial writes into a merged area. Every member access counts
 * as one call into the host (`book.calls`).
 */
import type { CellRange } from '../../../src/core/grid';
import { columnLetters, toA1 } from '../../../src/core/grid';
import { isBlank, mergeContaining, type EtCell, type EtScalar, type EtSheetModel } from './model';
import type { FakeEtBook } from './book';

/** COM error codes (VT_ERROR scode as a signed 32-bit integer) by error text. */
export const ET_ERROR_CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export class EtComError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EtComError';
  }
}

type Lines = 'cells' | 'rows' | 'columns';

/** ET's standard row height (宋体 11 pt). */
const STANDARD_ROW_HEIGHT = 13.5;
const NO_FILL_COLOR = 16777215; // ET reports white when a cell has no fill
const XL_NONE = -4142;

export class FakeEtRange {
  constructor(
    private readonly book: FakeEtBook,
    private readonly sheet: EtSheetModel,
    readonly rect: CellRange,
    private readonly lines: Lines = 'cells',
  ) {}

  private tick(): void {
    this.book.tick();
  }

  private get isSingle(): boolean {
    return this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }

  private *addresses(): Generator<[string, number, number]> {
    for (let r = this.rect.top; r <= this.rect.bottom; r++) for (let c = this.rect.left; c <= this.rect.right; c++) yield [toA1(r, c), r, c];
  }

  private cell(address: string, create: true): EtCell;
  private cell(address: string, create?: false): EtCell | undefined;
  private cell(address: string, create = false): EtCell | undefined {
    let c = this.sheet.cells[address];
    if (!c && create) c = this.sheet.cells[address] = { value: null };
    return c;
  }

  /** A write of values into part of a merged area fails in ET as in Excel ("不能对合并单元格作部分修改"). */
  private assertNoPartialMerge(): void {
    for (const m of this.sheet.merges) {
      const overlaps = !(m.bottom < this.rect.top || m.top > this.rect.bottom || m.right < this.rect.left || m.left > this.rect.right);
      const inside = m.top >= this.rect.top && m.bottom <= this.rect.bottom && m.left >= this.rect.left && m.right <= this.rect.right;
      const isMasterOnly = this.isSingle && m.top === this.rect.top && m.left === this.rect.left;
      if (overlaps && !inside && !isMasterOnly) throw new EtComError('不能对合并单元格作部分修改。');
    }
  }

  private map<T>(read: (cell: EtCell | undefined) => T): T | T[][] {
    const rows: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(read(this.sheet.cells[toA1(r, c)]));
      rows.push(row);
    }
    return this.isSingle ? rows[0][0] : rows;
  }

  /** One value shared by every cell, or null when they differ (COM's "mixed"). */
  private uniform<T>(read: (cell: EtCell | undefined) => T): T | null {
    let first: T | undefined;
    let seen = false;
    for (const [address] of this.addresses()) {
      const v = read(this.sheet.cells[address]);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
    return first as T;
  }

  private setEach(write: (cell: EtCell) => void): void {
    for (const [address] of this.addresses()) write(this.cell(address, true));
  }

  // ── geometry ────────────────────────────────────────────────────────────
  get Row(): number {
    this.tick();
    return this.rect.top + 1;
  }
  get Column(): number {
    this.tick();
    return this.rect.left + 1;
  }
  get Rows(): FakeEtRange {
    this.tick();
    return new FakeEtRange(this.book, this.sheet, this.rect, 'rows');
  }
  get Columns(): FakeEtRange {
    this.tick();
    return new FakeEtRange(this.book, this.sheet, this.rect, 'columns');
  }
  get Cells(): FakeEtRange {
    this.tick();
    return new FakeEtRange(this.book, this.sheet, this.rect, 'cells');
  }
  get Count(): number {
    this.tick();
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    return this.lines === 'rows' ? rows : this.lines === 'columns' ? cols : rows * cols;
  }
  get Worksheet(): unknown {
    this.tick();
    return this.book.worksheetObject(this.sheet);
  }

  /** 1-based, as every ET collection: `Item(row, col)` of cells, `Item(i)` of rows or columns. */
  Item(rowIndex: number, columnIndex?: number): FakeEtRange {
    this.tick();
    if (!Number.isInteger(rowIndex) || rowIndex < 1) throw new EtComError(`下标越界：${rowIndex}（ET 的集合从 1 开始）`);
    const { top, left, right } = this.rect;
    if (this.lines === 'rows') return new FakeEtRange(this.book, this.sheet, { top: top + rowIndex - 1, bottom: top + rowIndex - 1, left, right: right });
    if (this.lines === 'columns') {
      const col = left + rowIndex - 1;
      return new FakeEtRange(this.book, this.sheet, { top, bottom: this.rect.bottom, left: col, right: col });
    }
    if (columnIndex === undefined) {
      const width = right - left + 1;
      const i = rowIndex - 1;
      return new FakeEtRange(this.book, this.sheet, { top: top + Math.floor(i / width), bottom: top + Math.floor(i / width), left: left + (i % width), right: left + (i % width) });
    }
    if (!Number.isInteger(columnIndex) || columnIndex < 1) throw new EtComError(`下标越界：${columnIndex}（ET 的集合从 1 开始）`);
    return new FakeEtRange(this.book, this.sheet, { top: top + rowIndex - 1, bottom: top + rowIndex - 1, left: left + columnIndex - 1, right: left + columnIndex - 1 });
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.tick();
    const one = (r: number, c: number) => `${columnAbsolute ? '$' : ''}${columnLetters(c)}${rowAbsolute ? '$' : ''}${r + 1}`;
    const a = one(this.rect.top, this.rect.left);
    return this.isSingle ? a : `${a}:${one(this.rect.bottom, this.rect.right)}`;
  }

  // ── values ──────────────────────────────────────────────────────────────
  get Value2(): unknown {
    this.tick();
    return this.map((c) => valueOut(c));
  }
  set Value2(v: unknown) {
    this.tick();
    this.assertNoPartialMerge();
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    if (Array.isArray(v)) {
      if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) throw new EtComError('数组大小与区域不一致。');
      let i = 0;
      for (const [address] of this.addresses()) {
        const row = Math.floor(i / cols);
        writeValue(this.cell(address, true), (v as unknown[][])[row][i % cols]);
        i++;
      }
      return;
    }
    this.setEach((c) => writeValue(c, v));
  }

  get Formula(): unknown {
    this.tick();
    return this.map((c) => formulaOut(c));
  }
  set Formula(v: unknown) {
    this.tick();
    this.assertNoPartialMerge();
    this.setEach((c) => writeValue(c, v));
  }

  get Text(): string | null {
    this.tick();
    return this.uniform((c) => textOut(c));
  }

  get HasFormula(): boolean | null {
    this.tick();
    return this.uniform((c) => !!c?.formula);
  }

  get PrefixCharacter(): string {
    this.tick();
    return this.sheet.cells[toA1(this.rect.top, this.rect.left)]?.prefixCharacter ?? '';
  }

  ClearContents(): void {
    this.tick();
    this.assertNoPartialMerge();
    this.setEach((c) => {
      c.value = null;
      delete c.formula;
      delete c.prefixCharacter;
    });
  }

  // ── formats ─────────────────────────────────────────────────────────────
  get NumberFormat(): string | null {
    this.tick();
    return this.uniform((c) => c?.numberFormat ?? 'General');
  }
  set NumberFormat(v: string) {
    this.tick();
    this.setEach((c) => {
      if (v === 'General') delete c.numberFormat;
      else c.numberFormat = v;
    });
  }

  get WrapText(): boolean | null {
    this.tick();
    return this.uniform((c) => !!c?.wrap);
  }
  set WrapText(v: boolean) {
    this.tick();
    this.setEach((c) => {
      if (v) c.wrap = true;
      else delete c.wrap;
    });
  }

  get HorizontalAlignment(): number | null {
    this.tick();
    return this.uniform((c) => c?.horizontal ?? 1);
  }
  set HorizontalAlignment(v: number) {
    this.tick();
    this.setEach((c) => (c.horizontal = v));
  }

  get VerticalAlignment(): number | null {
    this.tick();
    return this.uniform((c) => c?.vertical ?? -4107);
  }
  set VerticalAlignment(v: number) {
    this.tick();
    this.setEach((c) => (c.vertical = v));
  }

  get Interior(): FakeEtInterior {
    this.tick();
    return new FakeEtInterior(this.book, this);
  }

  get Font(): FakeEtFont {
    this.tick();
    return new FakeEtFont(this.book, this);
  }

  get Borders(): { LineStyle: number } {
    this.tick();
    const self = this;
    return {
      get LineStyle() {
        self.tick();
        return self.uniform((c) => (c?.border ? 1 : XL_NONE)) ?? XL_NONE;
      },
      set LineStyle(v: number) {
        self.tick();
        self.setEach((c) => {
          if (v === XL_NONE) delete c.border;
          else c.border = true;
        });
      },
    };
  }

  set ColumnWidth(v: number) {
    this.tick();
    for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.columnWidths[c] = v;
  }
  get ColumnWidth(): number {
    this.tick();
    return this.sheet.columnWidths[this.rect.left] ?? 8.38;
  }
  set RowHeight(v: number) {
    this.tick();
    for (let r = this.rect.top; r <= this.rect.bottom; r++) this.sheet.rowHeights[r] = v;
  }
  get RowHeight(): number {
    this.tick();
    return this.rowHeight() as number; // COM: null when the rows differ
  }
  private rowHeight(): number | null {
    const heights = new Set<number>();
    for (let r = this.rect.top; r <= this.rect.bottom && heights.size < 2; r++) heights.add(this.sheet.rowHeights[r] ?? STANDARD_ROW_HEIGHT);
    return heights.size > 1 ? null : [...heights][0];
  }
  /** True when the rows have the sheet's standard height; setting True drops their custom height (False does nothing). */
  get UseStandardHeight(): boolean | null {
    this.tick();
    const height = this.rowHeight();
    return height === null ? null : height === STANDARD_ROW_HEIGHT;
  }
  set UseStandardHeight(v: boolean) {
    this.tick();
    if (v) for (let r = this.rect.top; r <= this.rect.bottom; r++) delete this.sheet.rowHeights[r];
  }

  /** Internal: read/modify per cell for Interior and Font. */
  uniformOf<T>(read: (cell: EtCell | undefined) => T): T | null {
    return this.uniform(read);
  }
  eachCell(write: (cell: EtCell) => void): void {
    this.setEach(write);
  }

  // ── merges ──────────────────────────────────────────────────────────────
  /** True when every cell is part of a merged area, false when none is, null when mixed. */
  get MergeCells(): boolean | null {
    this.tick();
    let merged = 0;
    let total = 0;
    const area = (this.rect.bottom - this.rect.top + 1) * (this.rect.right - this.rect.left + 1);
    for (const m of this.sheet.merges) {
      const top = Math.max(m.top, this.rect.top);
      const bottom = Math.min(m.bottom, this.rect.bottom);
      const left = Math.max(m.left, this.rect.left);
      const right = Math.min(m.right, this.rect.right);
      if (top <= bottom && left <= right) merged += (bottom - top + 1) * (right - left + 1);
    }
    total = area;
    return merged === 0 ? false : merged === total ? true : null;
  }
  set MergeCells(v: boolean) {
    if (v) this.Merge();
    else this.UnMerge();
  }

  /** The merged area holding this (single) cell, or the cell itself. */
  get MergeArea(): FakeEtRange {
    this.tick();
    const m = mergeContaining(this.sheet, this.rect.top, this.rect.left);
    if (!this.isSingle) {
      const inOne = m && m.top <= this.rect.top && m.bottom >= this.rect.bottom && m.left <= this.rect.left && m.right >= this.rect.right;
      if (!inOne) throw new EtComError('MergeArea 只适用于单个单元格或同一合并区域内的区域。');
    }
    return new FakeEtRange(this.book, this.sheet, m ?? this.rect);
  }

  Merge(): void {
    this.tick();
    if (this.isSingle) return;
    for (const m of this.sheet.merges) {
      const overlaps = !(m.bottom < this.rect.top || m.top > this.rect.bottom || m.right < this.rect.left || m.left > this.rect.right);
      const inside = m.top >= this.rect.top && m.bottom <= this.rect.bottom && m.left >= this.rect.left && m.right <= this.rect.right;
      if (overlaps && !inside) throw new EtComError('不能合并与其他合并区域部分重叠的区域。');
    }
    this.sheet.merges = this.sheet.merges.filter(
      (m) => !(m.top >= this.rect.top && m.bottom <= this.rect.bottom && m.left >= this.rect.left && m.right <= this.rect.right),
    );
    // Only the top-left value survives a merge (with DisplayAlerts off; otherwise ET would ask).
    const othersHoldData = [...this.addresses()].some(([address, r, c]) => (r !== this.rect.top || c !== this.rect.left) && !isBlank(this.sheet.cells[address]));
    if (othersHoldData && this.book.displayAlerts) throw new EtComError('合并会丢弃左上角以外的数据：ET 会弹出确认框（请先设置 Application.DisplayAlerts = false）。');
    for (const [address, r, c] of this.addresses()) {
      if (r === this.rect.top && c === this.rect.left) continue;
      const cell = this.sheet.cells[address];
      if (cell) {
        cell.value = null;
        delete cell.formula;
      }
    }
    this.sheet.merges.push({ ...this.rect });
  }

  UnMerge(): void {
    this.tick();
    this.sheet.merges = this.sheet.merges.filter(
      (m) => m.bottom < this.rect.top || m.top > this.rect.bottom || m.right < this.rect.left || m.left > this.rect.right,
    );
  }

  // ── comments (批注) ──────────────────────────────────────────────────────
  get Comment(): FakeEtComment | null {
    this.tick();
    const address = toA1(this.rect.top, this.rect.left);
    return this.sheet.cells[address]?.comment !== undefined ? new FakeEtComment(this.book, this.sheet, address) : null;
  }

  /** Fails where the cell already has a comment, as in Excel ("无法在已有批注的单元格上添加批注"). */
  AddComment(text?: string): FakeEtComment {
    this.tick();
    if (!this.isSingle) throw new EtComError('AddComment 只能用于单个单元格。');
    const address = toA1(this.rect.top, this.rect.left);
    const cell = this.cell(address, true);
    if (cell.comment !== undefined) throw new EtComError('该单元格已有批注，不能再添加。');
    cell.comment = text ?? '';
    return new FakeEtComment(this.book, this.sheet, address);
  }

  ClearComments(): void {
    this.tick();
    for (const [address] of this.addresses()) {
      const c = this.sheet.cells[address];
      if (c) delete c.comment;
    }
  }

  Select(): void {
    this.tick();
    this.book.select(this.sheet, this.rect);
  }
  Activate(): void {
    this.Select();
  }
}

export class FakeEtInterior {
  constructor(private readonly book: FakeEtBook, private readonly range: FakeEtRange) {}
  get Color(): number | null {
    this.book.tick();
    return this.range.uniformOf((c) => c?.interior ?? NO_FILL_COLOR);
  }
  set Color(v: number) {
    this.book.tick();
    this.range.eachCell((c) => (c.interior = v));
  }
  /** xlPatternNone (-4142) when the cell has no fill, xlPatternSolid (1) otherwise. */
  get Pattern(): number | null {
    this.book.tick();
    return this.range.uniformOf((c) => (c?.interior === undefined ? XL_NONE : 1));
  }
  set Pattern(v: number) {
    this.book.tick();
    if (v === XL_NONE) this.range.eachCell((c) => delete c.interior);
  }
  get ColorIndex(): number | null {
    this.book.tick();
    return this.range.uniformOf((c) => (c?.interior === undefined ? XL_NONE : 0));
  }
  set ColorIndex(v: number) {
    this.book.tick();
    if (v === XL_NONE) this.range.eachCell((c) => delete c.interior);
  }
}

export class FakeEtFont {
  constructor(private readonly book: FakeEtBook, private readonly range: FakeEtRange) {}
  get Color(): number | null {
    this.book.tick();
    return this.range.uniformOf((c) => c?.fontColor ?? 0);
  }
  set Color(v: number) {
    this.book.tick();
    this.range.eachCell((c) => {
      if (v === 0) delete c.fontColor;
      else c.fontColor = v;
    });
  }
  get Bold(): boolean | null {
    this.book.tick();
    return this.range.uniformOf((c) => !!c?.bold);
  }
  set Bold(v: boolean) {
    this.book.tick();
    this.range.eachCell((c) => {
      if (v) c.bold = true;
      else delete c.bold;
    });
  }
  get Size(): number | null {
    this.book.tick();
    return this.range.uniformOf((c) => c?.fontSize ?? 11);
  }
  set Size(v: number) {
    this.book.tick();
    this.range.eachCell((c) => (c.fontSize = v));
  }
}

export class FakeEtComment {
  constructor(private readonly book: FakeEtBook, private readonly sheet: EtSheetModel, private readonly address: string) {}
  /** `Text()` reads; `Text(s)` replaces the text (Start/Overwrite are not modelled). */
  Text(text?: string): string {
    this.book.tick();
    const cell = this.sheet.cells[this.address];
    if (!cell || cell.comment === undefined) throw new EtComError('批注已被删除。');
    if (text !== undefined) cell.comment = text;
    return cell.comment;
  }
  Delete(): void {
    this.book.tick();
    const cell = this.sheet.cells[this.address];
    if (cell) delete cell.comment;
  }
}

/** ET's Value2: numbers, strings, booleans; errors as COM codes; empty cells as undefined. */
function valueOut(c: EtCell | undefined): unknown {
  if (!c || c.value === null || c.value === '') return undefined;
  if (typeof c.value === 'object') return ET_ERROR_CODES[c.value.error] ?? ET_ERROR_CODES['#VALUE!'];
  return c.value;
}

/** ET's Formula: the formula with "=", else the constant as text ("" for empty). */
function formulaOut(c: EtCell | undefined): string {
  if (!c) return '';
  if (c.formula) return c.formula;
  if (c.value === null) return '';
  if (typeof c.value === 'object') return c.value.error;
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return String(c.value);
}

function textOut(c: EtCell | undefined): string {
  if (!c || c.value === null) return '';
  if (typeof c.value === 'object') return c.value.error;
  if (typeof c.value === 'number' && c.numberFormat?.includes('%')) return `${Math.round(c.value * 10000) / 100}%`;
  return typeof c.value === 'boolean' ? (c.value ? 'TRUE' : 'FALSE') : String(c.value);
}

/**
 * A value typed into a cell, as ET converts it: "'text" stays text, "=..." is a formula (the fake does
 * not calculate), numeric text becomes a number, "95%" becomes 0.95 formatted as a percentage.
 */
function writeValue(c: EtCell, v: unknown): void {
  delete c.formula;
  delete c.prefixCharacter;
  if (v === undefined || v === null || v === '') {
    c.value = null;
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    c.value = v;
    return;
  }
  const s = String(v);
  if (s.startsWith("'")) {
    c.value = s.slice(1);
    c.prefixCharacter = "'";
  } else if (s.startsWith('=')) {
    c.formula = s;
    c.value = null;
  } else if (/^-?\d+(\.\d+)?$/.test(s.trim())) {
    c.value = Number(s);
  } else if (/^-?\d+(\.\d+)?%$/.test(s.trim())) {
    c.value = Number(s.trim().slice(0, -1)) / 100;
    c.numberFormat ??= '0%';
  } else {
    c.value = s;
  }
}

export function isBlankCell(c: EtCell | undefined): boolean {
  return isBlank(c);
}

export type { EtScalar };

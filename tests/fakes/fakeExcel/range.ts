/** Range, its fill, and merged areas — the parts of Excel.Range the adapter uses, with Office's rules. */
import { parseRangeA1, toA1, type CellRange } from '../../../src/core/grid';
import { clearCell, readFormula, readValue, readValueType, writeInput, writeNumberFormat, type ClearTarget } from './cellIO';
import { activateSheet } from './events';
import { FakeClientObject, FakeClientResult, FakeOfficeError, loadNames, type FakeRequestContext, type LoadArg } from './context';
import {
  cellAt,
  cellsOf,
  existingCellsIn,
  insideGrid,
  layoutOf,
  parseLocalAddress,
  qualifiedAddress,
  rectArea,
  SHEET_COLUMNS,
  STANDARD_HEIGHT,
  STANDARD_WIDTH,
  tidyCell,
  tidyLayout,
  type FakeCell,
  type FakeSheet,
} from './model';

export interface RangeTarget {
  sheet: FakeSheet;
  rect: CellRange;
}

/** Resolves while the batch runs; throws ItemNotFound, or returns null on an *OrNullObject path. */
export type Resolver<T> = () => T | null;

export const MAX_MERGED_AREAS = 512;

function matrix<T>(t: RangeTarget, f: (address: string) => T): T[][] {
  const rows: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(cellAddress(r, c)));
    rows.push(row);
  }
  return rows;
}

function cellAddress(r: number, c: number): string {
  return toA1(r, c);
}

/** Office accepts a 2-D array of exactly the range's size, or one scalar for every cell. */
function eachInput(t: RangeTarget, input: unknown, write: (address: string, v: unknown) => void): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(input)) {
    for (const a of cellsOf(t.rect)) write(a, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) write(cellAddress(t.rect.top + r, t.rect.left + c), (input[r] as unknown[])[c]);
  }
}

export class FakeRange extends FakeClientObject {
  protected readonly scalarProps = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'] as const;
  private readonly resolver: Resolver<RangeTarget>;
  readonly format: FakeRangeFormat;

  constructor(context: FakeRequestContext, resolver: Resolver<RangeTarget>) {
    super(context);
    this.resolver = context.memoize(resolver);
    this.format = new FakeRangeFormat(context, this);
  }

  target(): RangeTarget {
    const t = this.resolver();
    if (!t) throw new FakeOfficeError('InvalidObjectPath', 'The range does not exist (null object).');
    return t;
  }

  protected override isNull(): boolean {
    return this.resolver() === null;
  }

  protected readProp(name: string): unknown {
    const t = this.target();
    switch (name) {
      case 'address':
        return qualifiedAddress(t.sheet.name, t.rect);
      case 'values':
        return matrix(t, (a) => readValue(t.sheet.cells[a]));
      case 'formulas':
        return matrix(t, (a) => readFormula(t.sheet.cells[a]));
      case 'numberFormat':
        return matrix(t, (a) => t.sheet.cells[a]?.numberFormat ?? 'General');
      case 'valueTypes':
        return matrix(t, (a) => readValueType(t.sheet.cells[a]));
      case 'rowCount':
        return t.rect.bottom - t.rect.top + 1;
      case 'columnCount':
        return t.rect.right - t.rect.left + 1;
      case 'rowIndex':
        return t.rect.top;
      default:
        return t.rect.left; // columnIndex
    }
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue(() => {
      const t = this.target();
      eachInput(t, v, (a, x) => writeInput(this.context.env.model, t.sheet, a, x));
    }, v);
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(v: unknown[][]) {
    this.values = v; // same coercion: "=…" is a formula either way
  }
  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.enqueue(() => {
      const t = this.target();
      eachInput(t, v, (a, x) => writeNumberFormat(t.sheet, a, x));
    }, v);
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }

  /** A range computed from this one while the batch runs; off the sheet's grid is InvalidArgument, as in Excel. */
  private derived(what: string, f: (rect: CellRange) => CellRange): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolver();
      if (!t) return null;
      const rect = f(t.rect);
      if (!insideGrid(rect)) throw new FakeOfficeError('InvalidArgument', `${what} falls outside the worksheet grid.`);
      return { sheet: t.sheet, rect };
    });
  }

  /** ExcelApi 1.1: relative to the top-left cell; it may lie outside this range, not outside the sheet. */
  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row}, ${column})`, (r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }

  /** ExcelApi 1.1: the same size, moved. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset}, ${columnOffset})`, (r) => ({
      top: r.top + rowOffset,
      left: r.left + columnOffset,
      bottom: r.bottom + rowOffset,
      right: r.right + columnOffset,
    }));
  }

  /** ExcelApi 1.2: the bottom-right corner moved; shrinking below one cell is an error. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows}, ${deltaColumns})`, (r) => ({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }));
  }

  /** ExcelApi 1.1: the range's rows across every column (address "3:52"). */
  getEntireRow(): FakeRange {
    return this.derived('getEntireRow()', (r) => ({ ...r, left: 0, right: SHEET_COLUMNS - 1 }));
  }

  /** ExcelApi 1.2: the smallest range holding both. */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.target();
      const o = typeof other === 'string' ? { sheet: t.sheet, rect: parseLocalAddress(other)! } : other.target();
      return {
        sheet: t.sheet,
        rect: {
          top: Math.min(t.rect.top, o.rect.top),
          left: Math.min(t.rect.left, o.rect.left),
          bottom: Math.max(t.rect.bottom, o.rect.bottom),
          right: Math.max(t.rect.right, o.rect.right),
        },
      };
    });
  }

  /**
   * ExcelApi 1.13: merged areas whose top-left cell lies in this range; null object when none.
   * Each call fails above 512 areas, the limit Excel documents.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      const t = this.resolver();
      if (!t) return null;
      const all = this.context.sharedWhileUnchanged(t.sheet, 'merges', () => t.sheet.merges.map((m) => parseRangeA1(m)!));
      const rects = all.filter((m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right);
      if (rects.length > MAX_MERGED_AREAS) {
        throw new FakeOfficeError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas.`);
      }
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
  }

  /** ExcelApi 1.9: per-cell properties in one call; the fake models address and fill. */
  getCellProperties(options: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean } } }): FakeClientResult<unknown[][]> {
    this.context.requireApi('1.9', 'Range.getCellProperties');
    const result = new FakeClientResult<unknown[][]>();
    this.context.enqueueRead(() => {
      const t = this.target();
      const props = (
        matrix(t, (a) => {
          const fill = t.sheet.cells[a]?.fill;
          const props: Record<string, unknown> = {};
          if (options.address) props.address = `${qualifiedAddress(t.sheet.name, parseRangeA1(a)!)}`;
          const want = options.format?.fill;
          if (want) {
            const f: Record<string, unknown> = {};
            if (want.color) f.color = fill ?? '#FFFFFF';
            if (want.pattern) f.pattern = fill ? 'Solid' : 'None';
            props.format = { fill: f };
          }
          return props;
        })
      );
      this.context.respond(props);
      this.context.onSynced(() => result.set(props));
    }, options);
    return result;
  }

  /** ExcelApi 1.9: one entry per row of the range; the fake models rowIndex, address and the row's height. */
  getRowProperties(options: { rowIndex?: boolean; address?: boolean; format?: { rowHeight?: boolean; useStandardHeight?: boolean } }): FakeClientResult<unknown[]> {
    return this.lineProperties('getRowProperties', (t) => {
      const out: unknown[] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const custom = t.sheet.layout?.rowHeights[r];
        const p: Record<string, unknown> = {};
        if (options.rowIndex) p.rowIndex = r;
        if (options.address) p.address = qualifiedAddress(t.sheet.name, { ...t.rect, top: r, bottom: r });
        const f: Record<string, unknown> = {};
        if (options.format?.rowHeight) f.rowHeight = custom ?? STANDARD_HEIGHT;
        if (options.format?.useStandardHeight) f.useStandardHeight = custom === undefined || custom === STANDARD_HEIGHT;
        if (options.format) p.format = f;
        out.push(p);
      }
      return out;
    }, options);
  }

  /** ExcelApi 1.9: one entry per column of the range; the fake models columnIndex, address and the column's width. */
  getColumnProperties(options: { columnIndex?: boolean; address?: boolean; format?: { columnWidth?: boolean } }): FakeClientResult<unknown[]> {
    return this.lineProperties('getColumnProperties', (t) => {
      const out: unknown[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const p: Record<string, unknown> = {};
        if (options.columnIndex) p.columnIndex = c;
        if (options.address) p.address = qualifiedAddress(t.sheet.name, { ...t.rect, left: c, right: c });
        if (options.format) p.format = options.format.columnWidth ? { columnWidth: t.sheet.layout?.columnWidths[c] ?? STANDARD_WIDTH } : {};
        out.push(p);
      }
      return out;
    }, options);
  }

  private lineProperties(what: string, read: (t: RangeTarget) => unknown[], options: unknown): FakeClientResult<unknown[]> {
    this.context.requireApi('1.9', `Range.${what}`);
    const result = new FakeClientResult<unknown[]>();
    this.context.enqueueRead(() => {
      const props = read(this.target());
      this.context.respond(props);
      this.context.onSynced(() => result.set(props));
    }, options);
    return result;
  }

  /** ExcelApi 1.2: one merged area; the covered cells' contents go, as in Excel. */
  merge(across = false): void {
    this.context.requireApi('1.2', 'Range.merge');
    this.context.enqueue(() => {
      if (across) throw new Error('The fake merges whole areas only.');
      const t = this.target();
      const overlaps = t.sheet.merges.map((m) => parseRangeA1(m)!).some((m) => m.left <= t.rect.right && m.right >= t.rect.left && m.top <= t.rect.bottom && m.bottom >= t.rect.top);
      if (overlaps) throw new FakeOfficeError('InvalidOperation', 'The range overlaps a merged area.');
      for (const a of cellsOf(t.rect)) if (a !== toA1(t.rect.top, t.rect.left) && t.sheet.cells[a]) t.sheet.cells[a].value = null;
      t.sheet.merges.push(qualifiedAddress(t.sheet.name, t.rect).split('!')[1]);
    });
  }

  clear(applyTo: ClearTarget = 'All'): void {
    this.context.enqueue(() => {
      const t = this.target();
      for (const a of existingCellsIn(t.sheet, t.rect)) clearCell(this.context.env.model, t.sheet, a, applyTo);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const t = this.target();
      const model = this.context.env.model;
      activateSheet(model, t.sheet.name);
      model.selection = { sheet: t.sheet.name, address: qualifiedAddress(t.sheet.name, t.rect).split('!')[1] };
    });
  }
}

/** Writes `f(cell)` into every cell of the range while the batch runs. */
function eachCell(context: FakeRequestContext, range: FakeRange, payload: unknown, f: (cell: FakeCell) => void): void {
  context.enqueue(() => {
    const t = range.target();
    for (const a of cellsOf(t.rect)) {
      f(cellAt(t.sheet, a, true));
      tidyCell(t.sheet, a);
    }
  }, payload);
}

/**
 * RangeBorder (ExcelApi 1.1): the edges are the range's outline — EdgeTop the top line of its first row,
 * EdgeLeft the left line of its first column … — and InsideHorizontal/InsideVertical the lines between
 * its rows/columns (none in a single row/column). Stored per cell as that cell's own sides
 * (`borderEdgeTop` … on every cell whose side the line is), so a framed cell reads the same however it
 * was framed; diagonals go on every cell.
 */
function setBorder(context: FakeRequestContext, range: FakeRange, index: string, v: string): void {
  context.enqueue(() => {
    const t = range.target();
    const { top, bottom, left, right } = t.rect;
    const mark = (r: number, c: number, side: string) => {
      const a = cellAddress(r, c);
      styleOf(cellAt(t.sheet, a, true))[`border${side}`] = v;
      tidyCell(t.sheet, a);
    };
    const across = (r: number, side: string) => {
      for (let c = left; c <= right; c++) mark(r, c, side);
    };
    const down = (c: number, side: string) => {
      for (let r = top; r <= bottom; r++) mark(r, c, side);
    };
    if (index === 'EdgeTop') across(top, 'EdgeTop');
    else if (index === 'EdgeBottom') across(bottom, 'EdgeBottom');
    else if (index === 'EdgeLeft') down(left, 'EdgeLeft');
    else if (index === 'EdgeRight') down(right, 'EdgeRight');
    else if (index === 'InsideHorizontal') {
      for (let r = top; r < bottom; r++) {
        across(r, 'EdgeBottom');
        across(r + 1, 'EdgeTop');
      }
    } else if (index === 'InsideVertical') {
      for (let c = left; c < right; c++) {
        down(c, 'EdgeRight');
        down(c + 1, 'EdgeLeft');
      }
    } else {
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) mark(r, c, index);
    }
  }, v);
}

function styleOf(cell: FakeCell): Record<string, unknown> {
  return (cell.style ??= {});
}

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** Range.format (ExcelApi 1.1 unless noted): what the adapter writes, stored per cell or per row/column. */
export class FakeRangeFormat extends FakeClientObject {
  protected readonly scalarProps = ['wrapText', 'rowHeight', 'columnWidth', 'useStandardHeight'] as const;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: { getItem(index: string): { style: string } };
  private readonly range: FakeRange;

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context);
    this.range = range;
    this.fill = new FakeRangeFill(context, range);
    this.font = new FakeRangeFont(context, range);
    const ctx = context;
    this.borders = {
      getItem: (index: string) => ({
        set style(v: string) {
          setBorder(ctx, range, index, v);
        },
        get style(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not load border styles.');
        },
      }),
    };
  }

  protected readProp(name: string): unknown {
    const t = this.range.target();
    if (name === 'rowHeight' || name === 'useStandardHeight') {
      // Office: null when the range's rows differ. Rows without a custom height have the standard height.
      const rows = t.sheet.layout?.rowHeights ?? {};
      const heights = new Set<number | undefined>();
      for (let r = t.rect.top; r <= t.rect.bottom && heights.size < 2; r++) heights.add(rows[r]);
      const [only] = heights;
      if (name === 'useStandardHeight') return heights.size > 1 ? null : only === undefined || only === STANDARD_HEIGHT;
      return heights.size > 1 ? null : (only ?? STANDARD_HEIGHT);
    }
    if (name === 'columnWidth') {
      const widths = new Set<number>();
      for (let c = t.rect.left; c <= t.rect.right && widths.size < 2; c++) widths.add(t.sheet.layout?.columnWidths[c] ?? STANDARD_WIDTH);
      return widths.size > 1 ? null : [...widths][0];
    }
    const wraps = new Set([...cellsOf(t.rect)].map((a) => Boolean(t.sheet.cells[a]?.wrap)));
    return wraps.size > 1 ? null : [...wraps][0];
  }

  get rowHeight(): number {
    return this.loadedValue('rowHeight');
  }
  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  get useStandardHeight(): boolean {
    return this.loadedValue('useStandardHeight');
  }
  /** ExcelApi 1.7; Office: "only intended to be set to true. Setting it to false has no effect." */
  set useStandardHeight(v: boolean) {
    this.context.requireApi('1.7', 'RangeFormat.useStandardHeight');
    this.context.enqueue(() => {
      if (!v) return;
      const t = this.range.target();
      const layout = t.sheet.layout;
      if (!layout) return;
      for (let r = t.rect.top; r <= t.rect.bottom; r++) delete layout.rowHeights[r];
      tidyLayout(t.sheet);
    }, v);
  }

  get wrapText(): boolean {
    return this.loadedValue('wrapText');
  }
  set wrapText(v: boolean) {
    eachCell(this.context, this.range, v, (c) => {
      if (v) c.wrap = true;
      else delete c.wrap;
    });
  }
  set horizontalAlignment(v: string) {
    if (!H_ALIGN.includes(v)) throw new Error(`Bad horizontalAlignment ${v}`);
    eachCell(this.context, this.range, v, (c) => (styleOf(c).horizontal = v));
  }
  set verticalAlignment(v: string) {
    if (!V_ALIGN.includes(v)) throw new Error(`Bad verticalAlignment ${v}`);
    eachCell(this.context, this.range, v, (c) => (styleOf(c).vertical = v));
  }
  /** ExcelApi 1.2, in points. */
  set columnWidth(v: number) {
    this.context.requireApi('1.2', 'RangeFormat.columnWidth');
    this.context.enqueue(() => {
      const t = this.range.target();
      for (let c = t.rect.left; c <= t.rect.right; c++) layoutOf(t.sheet).columnWidths[c] = v;
    }, v);
  }
  /** ExcelApi 1.2, in points. */
  set rowHeight(v: number) {
    this.context.requireApi('1.2', 'RangeFormat.rowHeight');
    this.context.enqueue(() => {
      const t = this.range.target();
      for (let r = t.rect.top; r <= t.rect.bottom; r++) layoutOf(t.sheet).rowHeights[r] = v;
    }, v);
  }
}

export class FakeRangeFont extends FakeClientObject {
  protected readonly scalarProps = ['color', 'size'] as const;
  private readonly range: FakeRange;

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context);
    this.range = range;
  }

  /** Office: null when the cells differ. Unstyled cells have the Normal font: black, 11 pt. */
  protected readProp(name: string): unknown {
    const t = this.range.target();
    const read = (c: FakeCell | undefined) => (name === 'size' ? (c?.style?.size ?? 11) : (c?.fontColor ?? '#000000'));
    const values = new Set([...cellsOf(t.rect)].map((a) => read(t.sheet.cells[a])));
    return values.size > 1 ? null : [...values][0];
  }

  get size(): number {
    return this.loadedValue('size');
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(v: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError('InvalidArgument', `Bad colour ${v}`);
    eachCell(this.context, this.range, v, (c) => {
      if (v.toUpperCase() === '#000000') delete c.fontColor;
      else c.fontColor = v.toUpperCase();
    });
  }
  set bold(v: boolean) {
    eachCell(this.context, this.range, v, (c) => (styleOf(c).bold = v));
  }
  set size(v: number) {
    eachCell(this.context, this.range, v, (c) => (styleOf(c).size = v));
  }
}

export class FakeRangeFill extends FakeClientObject {
  protected readonly scalarProps = ['color', 'pattern'] as const;
  private readonly range: FakeRange;

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context);
    this.range = range;
  }

  protected readProp(name: string): unknown {
    if (name === 'pattern' && !this.context.env.isSupported('ExcelApi', '1.9')) {
      throw new FakeOfficeError('ApiNotFound', 'RangeFill.pattern needs ExcelApi 1.9.');
    }
    const t = this.range.target();
    const present = existingCellsIn(t.sheet, t.rect);
    const fills = new Set(present.map((a) => t.sheet.cells[a].fill ?? null));
    if (present.length < rectArea(t.rect)) fills.add(null);
    if (fills.size > 1) return null; // mixed
    const fill = [...fills][0];
    return name === 'color' ? (fill ?? '#FFFFFF') : fill ? 'Solid' : 'None';
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(v: string) {
    this.context.enqueue(() => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError('InvalidArgument', `Bad colour ${v}`);
      const t = this.range.target();
      for (const a of cellsOf(t.rect)) cellAt(t.sheet, a, true).fill = v.toUpperCase();
    }, v);
  }
  get pattern(): string {
    return this.loadedValue('pattern');
  }

  clear(): void {
    this.context.enqueue(() => {
      const t = this.range.target();
      for (const a of existingCellsIn(t.sheet, t.rect)) {
        const cell = cellAt(t.sheet, a);
        if (cell) delete cell.fill;
        tidyCell(t.sheet, a);
      }
    });
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  rects: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly scalarProps = ['address', 'areaCount'] as const;
  private readonly resolver: Resolver<AreasTarget>;
  readonly areas: FakeRangeCollection;

  constructor(context: FakeRequestContext, resolver: Resolver<AreasTarget>) {
    super(context);
    this.resolver = context.memoize(resolver);
    this.areas = new FakeRangeCollection(context, () => {
      const t = this.resolver();
      return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : null;
    });
  }

  protected override isNull(): boolean {
    return this.resolver() === null;
  }

  protected readProp(name: string): unknown {
    const t = this.resolver()!;
    return name === 'areaCount' ? t.rects.length : t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(',');
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get areaCount(): number {
    return this.loadedValue('areaCount');
  }
}

export class FakeRangeCollection extends FakeClientObject {
  protected readonly scalarProps = [] as const;
  private readonly resolver: Resolver<RangeTarget[]>;

  constructor(context: FakeRequestContext, resolver: Resolver<RangeTarget[]>) {
    super(context);
    this.resolver = resolver;
  }

  protected readProp(): unknown {
    return null;
  }

  protected override isNull(): boolean {
    return this.resolver() === null;
  }

  /** `load('items/address')` or `load('address')`: items with those properties loaded. */
  override load(arg?: LoadArg): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ''));
    const items: FakeRange[] = [];
    this.context.enqueueRead(() => {
      for (const t of this.resolver() ?? []) {
        const item = new FakeRange(this.context, () => t);
        for (const n of names.length ? names : ['address']) item.setLoaded(n, item.peek(n));
        item.markSynced();
        items.push(item);
      }
      this.setLoaded('items', null);
      this.list = items;
    });
    return this;
  }

  private list: FakeRange[] | null = null;

  get items(): FakeRange[] {
    this.loadedValue('items');
    return this.list ?? [];
  }
}

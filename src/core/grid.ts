/**
 * Grid: one worksheet as plain data, the only thing hosts hand to the core.
 * Rows and columns are 0-based; merged areas keep their value in the top-left cell only
 * (as Office.js reports it), covered cells are simply absent.
 */
import { MergeIndex } from './mergeIndex';

/** An Excel error value such as `#DIV/0!`, kept as a value so it can become a finding. */
export interface CellError {
  error: string;
}

/** Dates arrive as Excel serial numbers with a date number format (as Office.js `values` gives them). */
export type CellScalar = number | string | boolean | CellError | null;

export interface GridCell {
  value: CellScalar;
  /** Number format code when not "General", e.g. "0.00%". */
  format?: string;
  /** Formula text with its leading "=", when the cell holds a formula. */
  formula?: string;
}

/** 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Serializable form of a Grid; `cells` sorted by row then column. */
export interface GridData {
  sheet: string;
  cells: Array<[number, number, GridCell]>;
  merges: CellRange[];
  /** Present (false) only when the host could not list the merged areas (Grid.mergesKnown). */
  mergesKnown?: false;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export class Grid {
  readonly sheet: string;
  readonly merges: readonly CellRange[];
  /**
   * False when the host could not list the sheet's merged areas (Excel below ExcelApi 1.13): an empty
   * cell may then be covered by a merge, and a value written there would never show.
   */
  readonly mergesKnown: boolean;
  /** One past the last row holding a cell. */
  readonly rowCount: number;
  /** One past the last column holding a cell or covered by a merge. */
  readonly colCount: number;
  /** Cells by row, then column (sparse arrays: lookups stay O(1) however large the sheet). */
  private readonly rows: Array<Array<GridCell | undefined> | undefined> = [];
  /** Filled columns of each row, ascending; built on first use. */
  private columnsByRow: Array<number[] | undefined> | null = null;
  /** Merged areas as rectangles: lookups never depend on how many cells a merge covers. */
  private readonly mergeIndex: MergeIndex;

  constructor(sheet: string, cells: Iterable<[number, number, GridCell]>, merges: CellRange[] = [], mergesKnown = true) {
    this.sheet = sheet;
    this.mergesKnown = mergesKnown;
    let rows = 0;
    let cols = 0;
    for (const [r, c, cell] of cells) {
      if (isBlankCell(cell)) continue;
      (this.rows[r] ??= [])[c] = cell;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    this.merges = merges.map((m) => ({ ...m }));
    // Rows end at the last cell even when a merge reaches further: rows below hold nothing to read, and
    // a merge over a whole column must not make readers walk a million empty rows. Columns include
    // merges (a merged title's right edge bounds a table); they are only ever walked sparsely.
    for (const m of this.merges) cols = Math.max(cols, m.right + 1);
    this.mergeIndex = new MergeIndex(this.merges);
    this.rowCount = rows;
    this.colCount = cols;
  }

  get(row: number, col: number): GridCell | undefined {
    return this.rows[row]?.[col];
  }

  value(row: number, col: number): CellScalar {
    return this.get(row, col)?.value ?? null;
  }

  /** The cell's value as trimmed text ("" for empty, the code for errors). */
  text(row: number, col: number): string {
    return scalarText(this.value(row, col));
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeIndex.at(row, col);
  }

  /** Columns holding a cell in `row`, ascending (no walk over empty columns). */
  rowCells(row: number): readonly number[] {
    if (!this.columnsByRow) {
      this.columnsByRow = this.rows.map((cells) => (cells ? Object.keys(cells).map(Number) : undefined));
    }
    return this.columnsByRow[row] ?? NO_COLUMNS;
  }

  toJSON(): GridData {
    const cells: Array<[number, number, GridCell]> = [];
    this.rows.forEach((rowCells, r) => rowCells?.forEach((cell, c) => cell && cells.push([r, c, cell])));
    const merges = [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { sheet: this.sheet, cells, merges, ...(this.mergesKnown ? {} : { mergesKnown: false as const }) };
  }

  static fromJSON(data: GridData): Grid {
    return new Grid(data.sheet, data.cells, data.merges, data.mergesKnown !== false);
  }
}

const NO_COLUMNS: readonly number[] = [];

function isBlankCell(cell: GridCell): boolean {
  return (cell.value === null || cell.value === '') && !cell.formula;
}

export function scalarText(v: CellScalar): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

/** 0-based column index → letters ("A", "AA"). */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (row, col) 0-based → "B3". */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** "B3" → {row: 2, col: 1}; null when the text is not an A1 address. */
export function parseA1(a1: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:D4" (or a single cell) → CellRange; null when malformed. */
export function parseRangeA1(text: string): CellRange | null {
  const [a, b = a] = text.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** A PlannedSheet under construction: cells, merged bands and row heights that follow their text. */
import { toA1 } from '../grid';
import type { PlannedCell, PlannedCellStyle, PlannedSheet } from '../writePlan';
import { lineHeight, wrappedLines } from './textHeight';

export type CellValue = string | number | null;

/** The look of a cell a merged band covers: only its border shows. */
const COVERED_CELL: PlannedCellStyle = Object.freeze({ border: true });

export class SheetDraft {
  readonly cells: PlannedCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 0;

  constructor(
    readonly columnWidths: number[],
    readonly fontSize: number,
  ) {}

  /**
   * One style object per distinct look: a 3,000-indicator sheet has 30,000 cells but a dozen looks, and
   * a fresh object per cell was most of the garbage building it (hosts also recognise a look by identity).
   */
  private readonly looks = new Map<string, PlannedCellStyle>();

  private look(style: PlannedCellStyle): PlannedCellStyle {
    // The key names only what is set, in the caller's order (most cells set nothing: key "").
    let key = '';
    for (const [name, value] of Object.entries(style)) if (value !== undefined) key += `${name}=${value};`;
    const known = this.looks.get(key);
    if (known) return known;
    const full: PlannedCellStyle = { vertical: 'top', wrap: true, border: true, fontSize: this.fontSize };
    // An explicit `undefined` means "not set" (as in the key), not "no default".
    for (const [name, value] of Object.entries(style)) if (value !== undefined) Object.assign(full, { [name]: value });
    this.looks.set(key, full);
    return full;
  }

  /** Writes `value` into columns first..last of the current row (merged when wider than one column). */
  put(first: number, last: number, value: CellValue, style: PlannedCellStyle = {}): void {
    const full = this.look(style);
    this.cells.push({ row: this.row, col: first, value: value ?? '', style: full });
    // Covered cells carry the border too, so a merged band prints framed on every side.
    for (let c = first + 1; c <= last; c++) if (full.border) this.cells.push({ row: this.row, col: c, value: '', style: COVERED_CELL });
    if (last > first) this.merges.push(`${toA1(this.row, first)}:${toA1(this.row, last)}`);
    if (value !== null && value !== '' && full.wrap) this.fitHeight(String(value), first, last, full.fontSize ?? this.fontSize);
  }

  /** Moves to the next row. */
  next(rows = 1): void {
    this.row += rows;
  }

  private fitHeight(text: string, first: number, last: number, fontSize: number): void {
    let width = 0;
    for (let c = first; c <= last; c++) width += this.columnWidths[c] ?? 8.43;
    const height = Math.max(lineHeight(fontSize) + 4, wrappedLines(text, width, fontSize) * lineHeight(fontSize) + 4);
    this.rowHeights[this.row] = Math.max(this.rowHeights[this.row] ?? 0, height);
  }

  toSheet(name: string, after: string, titleRows: PlannedSheet['page']['titleRows']): PlannedSheet {
    return {
      name,
      after,
      cells: this.cells,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      page: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, titleRows },
    };
  }
}

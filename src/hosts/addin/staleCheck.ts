/**
 * The write-back's guard against stale plans (no Office.js here: any host can use it). A plan was made
 * from the sheet as it was read at scoring time; the write-back reads the sheet again in its own batch and
 * refuses when a cell changed since, instead of overwriting what the clerk typed in between.
 */
import { toA1, type Grid, type GridCell } from '../../core/grid';

function sameCell(a: GridCell | undefined, b: GridCell | undefined): boolean {
  if (!a || !b) return !a && !b;
  const va = typeof a.value === 'object' && a.value !== null ? a.value.error : a.value;
  const vb = typeof b.value === 'object' && b.value !== null ? b.value.error : b.value;
  return va === vb && (a.formula ?? null) === (b.formula ?? null) && (a.format ?? null) === (b.format ?? null);
}

/** A1 addresses of the cells whose value, formula or number format differ between two reads of a sheet. */
export function changedCells(basis: Grid, now: Grid): string[] {
  const out: string[] = [];
  const rows = Math.max(basis.rowCount, now.rowCount);
  for (let r = 0; r < rows; r++) {
    const cols = new Set([...basis.rowCells(r), ...now.rowCells(r)]);
    for (const c of [...cols].sort((x, y) => x - y)) {
      if (!sameCell(basis.get(r, c), now.get(r, c))) out.push(toA1(r, c));
    }
  }
  return out;
}

/** Thrown by a write-back whose plan no longer matches the sheet; `cells` are the first changed cells. */
export class SheetChangedError extends Error {
  readonly code = 'SheetChanged';
  readonly sheet: string;
  readonly cells: string[];

  constructor(sheet: string, cells: string[]) {
    const shown = cells.slice(0, 5).join('、') + (cells.length > 5 ? ` 等 ${cells.length} 个单元格` : '');
    super(`工作表「${sheet}」在评分后被修改过（${shown}）。为免覆盖这些修改，本次没有写回；请重新评分后再写回。`);
    this.name = 'SheetChangedError';
    this.sheet = sheet;
    this.cells = cells;
  }
}

/** Places tables written relative to their own A1 into one sheet, as a Grid or as a buildWorkbook SheetSpec. */
import { parseA1, parseRangeA1, rangeToA1, type Grid } from '../../../src/core/grid';
import type { CellSpec, SheetSpec } from '../xlsx/buildWorkbook';
import { gridOf, type CellInput } from './gridOf';

/** Rows of cell values plus merges, both relative to the table's A1. */
export interface TableRows<C> {
  rows: C[][];
  merges: string[];
}

/** Shifts merges written relative to A1 so that A1 lands on `at`. */
export function shiftMerges(merges: string[], at: string): string[] {
  const o = parseA1(at)!;
  return merges.map((m) => {
    const r = parseRangeA1(m)!;
    return rangeToA1({ top: r.top + o.row, bottom: r.bottom + o.row, left: r.left + o.col, right: r.right + o.col });
  });
}

/** Several tables in one block of rows, each with its A1 at `at`; `merges` are already placed (see shiftMerges). */
export function placeTables<C>(parts: Array<{ rows: C[][]; merges: string[]; at: string }>): TableRows<C> {
  const rows: C[][] = [];
  const merges: string[] = [];
  for (const part of parts) {
    const o = parseA1(part.at)!;
    part.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const line = (rows[o.row + r] ??= []);
        line[o.col + c] = v;
      }),
    );
    merges.push(...part.merges);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { rows, merges };
}

export const toGrid = (table: TableRows<CellInput>, sheet: string): Grid => gridOf(table.rows, table.merges, { sheet });

export const toSheetSpec = (table: TableRows<CellSpec>, name: string): SheetSpec => ({ name, rows: table.rows, merges: table.merges });

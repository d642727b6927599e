/** One ExcelJS worksheet → one Grid (0-based, values in master cells only). */
import type { Worksheet } from 'exceljs';
import { Grid, parseRangeA1, type CellRange, type GridCell } from '../../core/grid';
import { gridCellOf } from './cellValue';

/** Merged areas from the worksheet model ("A1:J1" → 0-based CellRange). */
export function mergesOf(ws: Worksheet): CellRange[] {
  const out: CellRange[] = [];
  for (const text of ws.model.merges ?? []) {
    const range = parseRangeA1(text);
    if (range) out.push(range);
  }
  return out;
}

/**
 * Rows with cells → the merges covering them, found by binary search per merge, so 50,000 merges or
 * one merge over a million rows cost what the cells cost, never what the covered area costs.
 */
function mergesByRow(rows: number[], merges: readonly CellRange[]): Map<number, CellRange[]> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out = new Map<number, CellRange[]>();
  for (const m of merges) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i] <= m.bottom; i++) {
      const list = out.get(sorted[i]);
      if (list) list.push(m);
      else out.set(sorted[i], [m]);
    }
  }
  return out;
}

/**
 * `merges` are the sheet's merged areas when the caller read them itself (ExcelJS then never saw them);
 * otherwise they come from ExcelJS's model. Covered cells are left out either way (Office.js reports
 * them empty).
 */
export function gridFromWorksheet(ws: Worksheet, date1904 = false, merges?: readonly CellRange[]): Grid {
  const cells: Array<[number, number, GridCell]> = [];
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      // Covered cells of a merge ExcelJS knows echo the master's value.
      if (cell.master !== cell) return;
      const gridCell = gridCellOf(cell, date1904);
      if (gridCell) cells.push([rowNumber - 1, colNumber - 1, gridCell]);
    });
  });
  const areas = merges ?? mergesOf(ws);
  const byRow = mergesByRow(
    cells.map(([r]) => r),
    areas,
  );
  const visible = cells.filter(([r, c]) => !(byRow.get(r) ?? []).some((m) => c >= m.left && c <= m.right && (r !== m.top || c !== m.left)));
  return new Grid(ws.name, visible, [...areas]);
}

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

export function gridFromWorksheet(ws: Worksheet, date1904 = false): Grid {
  const cells: Array<[number, number, GridCell]> = [];
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      // Covered cells of a merge echo the master's value; Office.js reports them empty.
      if (cell.master !== cell) return;
      const gridCell = gridCellOf(cell, date1904);
      if (gridCell) cells.push([rowNumber - 1, colNumber - 1, gridCell]);
    });
  });
  return new Grid(ws.name, cells, mergesOf(ws));
}

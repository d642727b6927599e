/**
 * Row heights the scored sheet needs so that wrapped commentary prints without overlapping the next row
 * (SPEC §6.2 ¶3). Excel never grows a row for a merged cell, nor a row with a custom height; hosts
 * know the sheet's column widths and row heights, the core knows the text: hosts pass the former in.
 */
import type { CellRange } from '../grid';
import type { WritePlan } from '../writePlan';
import { wrappedRowHeight } from './textHeight';

export interface SheetLayout {
  /** Column width in characters (Excel's default 8.43 when unset). */
  columnWidth(col: number): number;
  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined;
  /** Current row height in points, or undefined for the default height (15). */
  rowHeight(row: number): number | undefined;
}

/**
 * Heights (points, by 0-based row) for rows holding a wrapped value of the plan that does not fit the
 * row as it is; rows that fit are left out. `fontSize` is the sheet's font size (11 by default).
 */
export function wrappedRowHeights(plan: WritePlan, layout: SheetLayout, fontSize = 11): Record<number, number> {
  const out: Record<number, number> = {};
  for (const change of plan.changes) {
    if (!change.wrap || typeof change.value !== 'string' || change.value === '') continue;
    const area = layout.mergeAt(change.row, change.col) ?? { top: change.row, bottom: change.row, left: change.col, right: change.col };
    let width = 0;
    for (let c = area.left; c <= area.right; c++) width += layout.columnWidth(c);
    // A merged area spanning rows shares its height among them: only what the rows lack goes on the last one.
    let available = 0;
    for (let r = area.top; r <= area.bottom; r++) available += out[r] ?? layout.rowHeight(r) ?? 15;
    const needed = wrappedRowHeight(change.value, width, fontSize);
    if (needed <= available + 0.5) continue;
    const last = area.bottom;
    out[last] = (out[last] ?? layout.rowHeight(last) ?? 15) + (needed - available);
  }
  return out;
}

/**
 * The scored unit sheet's own print layout (SPEC §6, issue 9 item 3), host-neutral: which rows grow so
 * wrapped commentary prints without overlapping the next row, whether the sheet is fitted to one page
 * wide, and what 撤销评分 puts back. Like cells, every decision starts from the unit's originals kept in
 * the snapshot, so re-scoring never ratchets a row up and never mistakes our own fit for the unit's.
 */
import type { CellRange } from '../../core/grid';
import { wrappedRowHeights } from '../../core/review/unitRowHeights';
import type { WritePlan } from '../../core/writePlan';

/** A row as the unit had it: height in points, and whether that is the sheet's standard (not custom) height. */
export interface RowHeightState {
  height: number;
  standard: boolean;
}

/** Print scaling as the unit set it, the same over Office.js `pageLayout` and ET `PageSetup`. */
export interface PageFitState {
  /** Percentage scale, or null in fit-to-pages mode. */
  scale: number | null;
  /** Pages wide / tall in fit-to-pages mode, else null. */
  fitWide: number | null;
  fitTall: number | null;
  /** The print area's address, or null when the whole sheet prints. */
  printArea: string | null;
}

/** A row we grew: as the unit had it, and the height we set. */
export interface RowRecord {
  before: RowHeightState;
  wrote: number;
}

/** What our write-back changed in a sheet's layout, holding the unit's originals. */
export interface LayoutRecord {
  /** 0-based row → the row before our first write. */
  rows: Record<number, RowRecord>;
  /** Present when we fitted the sheet to the page: the setup before, and the pages wide we set. */
  page?: { before: PageFitState; fitToWidth: number };
}

/** What the host knows of the sheet now, to tell our layout from a clerk's later change. */
export interface LayoutNow {
  /** A row's height in points, or undefined where the host did not read it (then it counts as ours). */
  rowHeight(row: number): number | undefined;
  /** The page setup now, or null where not read. */
  page: PageFitState | null;
}

/** Excel keeps row heights in whole pixels: a height we set may read back up to a pixel off. */
const HEIGHT_SLACK = 1;

/**
 * The record without what the clerk has changed since our write (a row set to another height, a page
 * set up otherwise): that is the unit's layout now, which undo and re-scoring keep — as with cells.
 */
export function reconcileLayout(record: LayoutRecord | undefined, now: LayoutNow): LayoutRecord | undefined {
  if (!record) return undefined;
  const rows: Record<number, RowRecord> = {};
  for (const [row, r] of Object.entries(record.rows)) {
    const height = now.rowHeight(Number(row));
    if (height === undefined || Math.abs(height - r.wrote) <= HEIGHT_SLACK) rows[Number(row)] = r;
  }
  const p = now.page;
  const pageOurs = !record.page || !p || (p.scale === null && p.fitWide === record.page.fitToWidth && p.fitTall === null && p.printArea === null);
  return { rows, ...(record.page && pageOurs ? { page: record.page } : {}) };
}

/** scored sheet → its layout record. */
export type LayoutBook = Map<string, LayoutRecord>;

/** The sheet as the host reads it now (merges as the plan's grid saw them). */
export interface LiveLayout {
  /** Column width in characters of the Normal font. */
  columnWidth(col: number): number;
  mergeAt(row: number, col: number): CellRange | undefined;
  rowHeight(row: number): RowHeightState;
}

/** Whether the unit set a page setup of its own: then the plan's fit-to-width must leave it alone. */
export function hasOwnPageSetup(p: PageFitState): boolean {
  return p.printArea !== null || p.fitWide !== null || p.fitTall !== null || (p.scale !== null && p.scale !== 100);
}

/** The font size the wrapped cells' rows are sized for: the largest among them (a row fitting it fits the rest). */
export function wrappedFontSize(plan: WritePlan, sizeOf: (cell: string) => number | undefined): number {
  const sizes = plan.changes.filter((c) => c.wrap).map((c) => sizeOf(c.cell) ?? 11);
  return sizes.length ? Math.max(...sizes) : 11;
}

/** The layout writes of one apply (or undo). */
export interface LayoutWrite {
  /** Rows to set to a height (points). */
  heights: Record<number, number>;
  /** Rows an earlier scoring grew that go back to the unit's height. */
  restoreRows: Record<number, RowHeightState>;
  /** Fit to this many pages wide, or null to leave the page setup alone. */
  fitToWidth: number | null;
  /** The page setup to put back (we fitted it earlier and no longer do), or null. */
  restorePage: PageFitState | null;
  /** The sheet's layout record after this write (null: nothing of ours is left in the layout). */
  record: LayoutRecord | null;
}

/**
 * What an apply does to the layout. `page` is the setup read now (null where the host cannot read it,
 * e.g. Office.js below ExcelApi 1.9: then the page is never touched); `old` is the record of an earlier scoring.
 */
export function planLayout(plan: WritePlan, live: LiveLayout, old: LayoutRecord | undefined, page: PageFitState | null, fontSize = 11): LayoutWrite {
  const original = (row: number): RowHeightState => old?.rows[row]?.before ?? live.rowHeight(row);
  const heights = wrappedRowHeights(plan, { columnWidth: (c) => live.columnWidth(c), mergeAt: (r, c) => live.mergeAt(r, c), rowHeight: (r) => original(r).height }, fontSize);
  const rows: Record<number, RowRecord> = {};
  for (const [row, height] of Object.entries(heights)) rows[Number(row)] = { before: original(Number(row)), wrote: height };
  const restoreRows: Record<number, RowHeightState> = {};
  for (const [row, r] of Object.entries(old?.rows ?? {})) if (!(Number(row) in heights)) restoreRows[Number(row)] = r.before;
  // The unit's setup is the one before our first fit, not the fit we left last time.
  const unitPage = old?.page?.before ?? page;
  const fit = plan.printFit && unitPage && !hasOwnPageSetup(unitPage) ? plan.printFit.fitToWidth : null;
  const record: LayoutRecord = { rows, ...(fit !== null && unitPage ? { page: { before: unitPage, fitToWidth: fit } } : {}) };
  return {
    heights,
    restoreRows,
    fitToWidth: fit,
    restorePage: fit === null && old?.page ? old.page.before : null,
    record: Object.keys(rows).length || record.page ? record : null,
  };
}

/** 撤销评分: every row and the page setup back as the record holds them. */
export function undoLayout(old: LayoutRecord): LayoutWrite {
  const restoreRows: Record<number, RowHeightState> = {};
  for (const [row, r] of Object.entries(old.rows)) restoreRows[Number(row)] = r.before;
  return { heights: {}, restoreRows, fitToWidth: null, restorePage: old.page?.before ?? null, record: null };
}

/** Layout writes a host knows how to make. */
export interface LayoutWriter {
  setRowHeight(row: number, height: number): void | Promise<void>;
  restoreRowHeight(row: number, before: RowHeightState): void | Promise<void>;
  setFitToWidth(pages: number): void | Promise<void>;
  restorePage(before: PageFitState): void | Promise<void>;
}

export async function writeLayout(w: LayoutWriter, l: LayoutWrite): Promise<void> {
  for (const [row, before] of Object.entries(l.restoreRows)) await w.restoreRowHeight(Number(row), before);
  for (const [row, height] of Object.entries(l.heights)) await w.setRowHeight(Number(row), height);
  if (l.restorePage) await w.restorePage(l.restorePage);
  if (l.fitToWidth !== null) await w.setFitToWidth(l.fitToWidth);
}

/** The book with this sheet's record replaced (or removed). */
export function withLayout(layouts: LayoutBook, sheet: string, record: LayoutRecord | null): LayoutBook {
  const out = new Map(layouts);
  if (record) out.set(sheet, record);
  else out.delete(sheet);
  return out;
}

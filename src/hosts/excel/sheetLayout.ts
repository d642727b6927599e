/**
 * The scored sheet's row heights, column widths and page setup through Office.js, loaded in the
 * write-back's (or undo's) read sync; addin/unitLayout.ts decides what to change. Which rows matter is
 * known only after that sync (a wrapped cell's merged area, the rows an earlier scoring grew), so from
 * ExcelApi 1.9 the used range's rows and columns come whole (getRowProperties / getColumnProperties) and
 * a wrapped cell's merged area is asked for live (getMergedAreasOrNullObject, 1.13: the commentary cell
 * is its area's top-left cell). Below 1.9 each wrapped cell's own row and column are loaded (rowHeight,
 * columnWidth 1.2; useStandardHeight 1.7, the add-in's floor) and merges are unknown, as in the read.
 */
import { columnLetters, type CellRange } from '../../core/grid';
import type { WritePlan } from '../../core/writePlan';
import type { LayoutNow, LayoutWriter, LiveLayout, PageFitState, RowHeightState } from '../addin/unitLayout';
import type { ExcelCapabilities } from './capabilities';
import { rectOfAddress } from './readSheet';
import type { WriteBatch } from './writeBatch';

/** Points of a column width → characters of the Normal font (the inverse of plannedSheet's columnWidthPoints). */
export function columnWidthCharacters(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}

interface RowProps {
  rowIndex?: number;
  format?: { rowHeight?: number; useStandardHeight?: boolean };
}
interface ColumnProps {
  columnIndex?: number;
  format?: { columnWidth?: number };
}

export interface LayoutReads {
  /** Wrapped cell → its merged area (a null object when it is not merged); empty below ExcelApi 1.13. */
  merges: Map<string, Excel.RangeAreas>;
  /** The used range's rows and columns (ExcelApi 1.9), or else the wrapped cells' own rows and columns. */
  rowProps: OfficeExtension.ClientResult<RowProps[]> | null;
  columnProps: OfficeExtension.ClientResult<ColumnProps[]> | null;
  rows: Map<number, Excel.RangeFormat>;
  columns: Map<number, Excel.RangeFormat>;
  page: { layout: Excel.PageLayout; printArea: Excel.RangeAreas } | null;
}

const rowAddress = (row: number) => `${row + 1}:${row + 1}`;

/** Queues the loads for a plan (or, with none, for an undo); they travel with the next sync. */
export function queueLayoutReads(ws: Excel.Worksheet, caps: ExcelCapabilities, plan: WritePlan | null): LayoutReads {
  const reads: LayoutReads = { merges: new Map(), rowProps: null, columnProps: null, rows: new Map(), columns: new Map(), page: null };
  const wrapped = (plan?.changes ?? []).filter((ch) => ch.wrap && typeof ch.value === 'string' && ch.value !== '');
  if (caps.cellProperties) {
    const used = ws.getUsedRange(false);
    reads.rowProps = used.getRowProperties({ rowIndex: true, format: { rowHeight: true, useStandardHeight: true } });
    if (wrapped.length) reads.columnProps = used.getColumnProperties({ columnIndex: true, format: { columnWidth: true } });
    if (caps.merges) for (const ch of wrapped) reads.merges.set(ch.cell, ws.getRange(ch.cell).getMergedAreasOrNullObject().load('address'));
  } else {
    for (const ch of wrapped) {
      if (!reads.rows.has(ch.row)) reads.rows.set(ch.row, ws.getRange(rowAddress(ch.row)).format.load('rowHeight,useStandardHeight'));
      const letters = columnLetters(ch.col);
      if (!reads.columns.has(ch.col)) reads.columns.set(ch.col, ws.getRange(`${letters}:${letters}`).format.load('columnWidth'));
    }
  }
  if (caps.pageLayout) {
    const layout = ws.pageLayout.load('zoom');
    const printArea = layout.getPrintAreaOrNullObject().load('address');
    reads.page = { layout, printArea };
  }
  return reads;
}

/**
 * Office reports `zoom` with a scale, or with pages wide/tall in fit-to-page mode; the page counts
 * mean something only in that mode.
 */
export function pageFitOf(zoom: Excel.PageLayoutZoomOptions | null | undefined, printArea: string | null): PageFitState {
  const scale = typeof zoom?.scale === 'number' ? zoom.scale : null;
  const fit = (n: number | null | undefined) => (scale === null && typeof n === 'number' && n > 0 ? n : null);
  return { scale, fitWide: fit(zoom?.horizontalFitToPages), fitTall: fit(zoom?.verticalFitToPages), printArea };
}

export interface LoadedLayout {
  live: LiveLayout;
  /** Rows and page as read now (unread rows unknown), to tell a clerk's later change from ours. */
  now: LayoutNow;
}

/** The loaded layout, or null when its sync did not run (the read fell back to bands): queue it again. */
export function layoutOf(reads: LayoutReads): LoadedLayout | null {
  try {
    return liveLayoutOf(reads);
  } catch {
    return null;
  }
}

/** The loaded layout; throws PropertyNotLoaded when its sync did not run. */
export function liveLayoutOf(reads: LayoutReads): LoadedLayout {
  const rows = new Map<number, RowHeightState>();
  const widths = new Map<number, number>();
  for (const p of reads.rowProps?.value ?? []) {
    if (p.rowIndex !== undefined && p.format?.rowHeight !== undefined) rows.set(p.rowIndex, { height: p.format.rowHeight, standard: p.format.useStandardHeight === true });
  }
  for (const p of reads.columnProps?.value ?? []) {
    if (p.columnIndex !== undefined && p.format?.columnWidth !== undefined) widths.set(p.columnIndex, columnWidthCharacters(p.format.columnWidth));
  }
  for (const [row, format] of reads.rows) rows.set(row, { height: format.rowHeight, standard: format.useStandardHeight === true });
  for (const [col, format] of reads.columns) widths.set(col, columnWidthCharacters(format.columnWidth));
  const areas = new Map<string, CellRange>();
  for (const areasNow of reads.merges.values()) {
    if (areasNow.isNullObject) continue;
    const area = rectOfAddress(areasNow.address.split(',')[0]);
    areas.set(`${area.top},${area.left}`, area);
  }
  const page = reads.page ? pageFitOf(reads.page.layout.zoom, reads.page.printArea.isNullObject ? null : reads.page.printArea.address) : null;
  const live: LiveLayout = {
    // Outside the used range a row or column has Excel's standard size.
    columnWidth: (col) => widths.get(col) ?? 8.43,
    mergeAt: (row, col) => areas.get(`${row},${col}`),
    rowHeight: (row) => rows.get(row) ?? { height: 15, standard: true },
  };
  const now: LayoutNow = { rowHeight: (row) => rows.get(row)?.height, page };
  return { live, now };
}

/** The layout writes, queued on the write-back's batch. */
export class ExcelLayoutWriter implements LayoutWriter {
  constructor(
    private readonly batch: WriteBatch,
    private readonly caps: ExcelCapabilities,
  ) {}

  async setRowHeight(row: number, height: number): Promise<void> {
    await this.batch.cost();
    this.batch.ws.getRange(rowAddress(row)).format.rowHeight = height;
  }

  async restoreRowHeight(row: number, before: RowHeightState): Promise<void> {
    await this.batch.cost();
    const format = this.batch.ws.getRange(rowAddress(row)).format;
    // A standard-height row goes back to following the sheet's standard, not to a custom copy of it.
    if (before.standard) format.useStandardHeight = true;
    else format.rowHeight = before.height;
  }

  async setFitToWidth(pages: number): Promise<void> {
    if (!this.caps.pageLayout) return;
    await this.batch.cost();
    this.batch.ws.pageLayout.zoom = { horizontalFitToPages: pages, verticalFitToPages: 0 };
  }

  async restorePage(before: PageFitState): Promise<void> {
    if (!this.caps.pageLayout) return;
    await this.batch.cost(before);
    const fitted = before.fitWide !== null || before.fitTall !== null;
    this.batch.ws.pageLayout.zoom = fitted ? { horizontalFitToPages: before.fitWide ?? 0, verticalFitToPages: before.fitTall ?? 0 } : { scale: before.scale ?? 100 };
  }
}

/**
 * The scored sheet's row heights, column widths, merged areas and page setup through ET (synchronous:
 * asked for as the shared layout decision needs them). ET measures column widths in characters already,
 * row heights in points; `PageSetup.Zoom` is a percentage, or false in fit-to-pages mode.
 */
import { columnLetters } from '../../core/grid';
import type { LayoutNow, LayoutWriter, LiveLayout, PageFitState, RowHeightState } from '../addin/unitLayout';
import type { EtRange, EtWorksheet } from './etTypes';
import { rectOfEtAddress } from './readSheet';

const rowRange = (ws: EtWorksheet, row: number) => ws.Range(`A${row + 1}`) as EtRange;

export function etLiveLayout(ws: EtWorksheet): LiveLayout {
  return {
    columnWidth: (col) => Number((ws.Range(`${columnLetters(col)}1`) as EtRange).ColumnWidth),
    mergeAt: (row, col) => {
      const area = (ws.Range(`${columnLetters(col)}${row + 1}`) as EtRange).MergeArea;
      const rect = rectOfEtAddress(area.Address());
      return rect.bottom > rect.top || rect.right > rect.left ? rect : undefined;
    },
    rowHeight: (row) => {
      const range = rowRange(ws, row);
      return { height: Number(range.RowHeight), standard: range.UseStandardHeight === true };
    },
  };
}

/** Rows and page as they are now (ET answers any row at once). */
export function etLayoutNow(ws: EtWorksheet): LayoutNow {
  return { rowHeight: (row) => Number(rowRange(ws, row).RowHeight), page: etPageFit(ws) };
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v : null);

export function etPageFit(ws: EtWorksheet): PageFitState {
  const page = ws.PageSetup;
  const zoom = page.Zoom as unknown;
  const scale = typeof zoom === 'number' ? zoom : null;
  // The page counts mean something only in fit-to-pages mode (Zoom = false).
  return {
    scale,
    fitWide: scale === null ? numberOrNull(page.FitToPagesWide) : null,
    fitTall: scale === null ? numberOrNull(page.FitToPagesTall) : null,
    printArea: page.PrintArea ? String(page.PrintArea) : null,
  };
}

export class EtLayoutWriter implements LayoutWriter {
  constructor(private readonly ws: EtWorksheet) {}

  setRowHeight(row: number, height: number): void {
    rowRange(this.ws, row).RowHeight = height;
  }

  restoreRowHeight(row: number, before: RowHeightState): void {
    // A standard-height row goes back to following the sheet's standard, not to a custom copy of it.
    if (before.standard) rowRange(this.ws, row).UseStandardHeight = true;
    else rowRange(this.ws, row).RowHeight = before.height;
  }

  setFitToWidth(pages: number): void {
    const page = this.ws.PageSetup;
    page.Zoom = false as never;
    page.FitToPagesWide = pages as never;
    page.FitToPagesTall = false as never;
  }

  restorePage(before: PageFitState): void {
    const page = this.ws.PageSetup;
    page.FitToPagesWide = (before.fitWide ?? false) as never;
    page.FitToPagesTall = (before.fitTall ?? false) as never;
    const fitted = before.fitWide !== null || before.fitTall !== null;
    page.Zoom = (fitted ? false : (before.scale ?? 100)) as never;
  }
}

/**
 * The sheet read for a sheet too large for one response: Excel on the web refuses a response above 5 MB
 * (ResponsePayloadSizeLimitExceeded), which a sheet formatted down to row 3,000 reaches. One sync learns
 * the used range; then row bands sized to stay far below the limit, one sync each; then the merges.
 * Taken only after the one-sync read failed, so the normal sheet still costs one sync.
 */
import { columnLetters, type CellRange } from '../../core/grid';
import type { ExcelCapabilities } from './capabilities';
import { addressesOf, queueBandsFrom } from './mergeBands';

/** Bytes one band's response may reach: well below 5 MB, since the estimate below is rough. */
export const BAND_RESPONSE_BYTES = 2.5 * 1024 * 1024;
/** Estimated response bytes per cell: values, formulas, valueTypes and numberFormat as JSON. */
const CELL_BYTES = 120;
/** …and its fill through getCellProperties. */
const FILL_BYTES = 60;

export function isResponseTooLarge(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Rows per band for a range this wide. */
export function bandRows(columns: number, fills: boolean): number {
  return Math.max(1, Math.floor(BAND_RESPONSE_BYTES / (columns * (CELL_BYTES + (fills ? FILL_BYTES : 0)))));
}

export interface BandedCells {
  /** The whole used range (formatted cells too): every matrix below covers it. */
  rect: CellRange;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  fillProps: unknown[][] | null;
  /** Merged areas by address; null when merges are not read or Excel refused to list them. */
  merges: string[] | null;
  syncs: number;
}

function a1(rect: CellRange): string {
  return `${columnLetters(rect.left)}${rect.top + 1}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** Reads `rect` (known from an earlier sync) of `ws` band by band. */
export async function readInBands(context: Excel.RequestContext, ws: Excel.Worksheet, rect: CellRange, caps: ExcelCapabilities): Promise<BandedCells> {
  const out: BandedCells = { rect, values: [], formulas: [], valueTypes: [], numberFormat: [], fillProps: caps.cellProperties ? [] : null, merges: null, syncs: 0 };
  const step = bandRows(rect.right - rect.left + 1, caps.cellProperties);
  for (let top = rect.top; top <= rect.bottom; top += step) {
    const band = { ...rect, top, bottom: Math.min(rect.bottom, top + step - 1) };
    const range = ws.getRange(a1(band)).load('values,formulas,valueTypes,numberFormat');
    const fills = caps.cellProperties ? range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : null;
    await context.sync();
    out.syncs++;
    out.values.push(...range.values);
    out.formulas.push(...range.formulas);
    out.valueTypes.push(...(range.valueTypes as string[][]));
    out.numberFormat.push(...range.numberFormat);
    if (fills) out.fillProps!.push(...fills.value);
  }
  if (caps.merges) {
    const bands = queueBandsFrom(ws, rect, rect.top);
    out.syncs++;
    try {
      await context.sync();
      out.merges = addressesOf(bands);
    } catch {
      out.merges = null; // a band above Excel's 512 areas: no merges at all rather than some (as mergeBands.ts)
    }
  }
  return out;
}

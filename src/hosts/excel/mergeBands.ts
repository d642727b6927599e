/**
 * A sheet's merged areas, asked for in row bands. Excel refuses to list more than 512 merged areas in
 * one getMergedAreasOrNullObject call, and a form merges cells on every row (偏差原因 I13:J13,
 * I14:J14, …), so a 1,000-indicator sheet has too many for one call on the whole sheet. The call lists
 * only merges whose TOP-LEFT cell lies in the range, so bands of entire rows neither miss a merge nor
 * list one twice, whatever columns it spans.
 *
 * Requirement sets: getMergedAreasOrNullObject ExcelApi 1.13; getCell, getOffsetRange, getEntireRow and
 * Worksheet.getRange("3:52") 1.1; getResizedRange 1.2 — all within what `caps.merges` already demands.
 */
import type { CellRange } from '../../core/grid';

/** Rows per call: a form merges a few areas per row, so 50 rows stay far below Excel's 512. */
export const MERGE_BAND_ROWS = 50;
/** Bands queued with the read itself: the used range's first 5,000 rows, in the read's one sync. */
export const FIRST_SYNC_BANDS = 100;
export const FIRST_SYNC_ROWS = MERGE_BAND_ROWS * FIRST_SYNC_BANDS;
/** Calls for the rows below those (one more sync); on a huge used range the bands widen to keep the request small. */
export const MAX_REST_BANDS = 1000;

export type MergeBands = Excel.RangeAreas[];

function queueBand(rows: Excel.Range): Excel.RangeAreas {
  const merged = rows.getMergedAreasOrNullObject();
  merged.areas.load('items/address');
  return merged;
}

/**
 * The first 5,000 rows' bands, anchored at the used range's top-left: its size is unknown before the
 * sync, and bands below it come back as null objects. (The whole used range holds every merge, since
 * Excel counts merged cells as used.) A used range starting in the sheet's last 5,000 rows would push a
 * band off the grid and fail the sync; the caller then reads again without merges.
 */
export function queueFirstBands(usedAll: Excel.Range): MergeBands {
  const origin = usedAll.getCell(0, 0);
  const bands: MergeBands = [];
  for (let k = 0; k < FIRST_SYNC_BANDS; k++) {
    const rows = origin.getOffsetRange(k * MERGE_BAND_ROWS, 0).getResizedRange(MERGE_BAND_ROWS - 1, 0).getEntireRow();
    bands.push(queueBand(rows));
  }
  return bands;
}

/** Bands for the used range's rows below the first 5,000 (none when it is not taller). */
export function queueRestBands(ws: Excel.Worksheet, used: CellRange): MergeBands {
  return queueBandsFrom(ws, used, used.top + FIRST_SYNC_ROWS);
}

/** Bands for the used range's rows from `first` (0-based) down, at most MAX_REST_BANDS calls. */
export function queueBandsFrom(ws: Excel.Worksheet, used: CellRange, first: number): MergeBands {
  const rest = used.bottom - first + 1;
  if (rest <= 0) return [];
  const size = Math.max(MERGE_BAND_ROWS, Math.ceil(rest / MAX_REST_BANDS));
  const bands: MergeBands = [];
  for (let top = first; top <= used.bottom; top += size) {
    bands.push(queueBand(ws.getRange(`${top + 1}:${Math.min(top + size, used.bottom + 1)}`)));
  }
  return bands;
}

/** Every area the bands listed, by address ("表!I13:J13"), each once. */
export function addressesOf(bands: MergeBands): string[] {
  const seen = new Set<string>();
  for (const band of bands) {
    if (band.isNullObject) continue;
    for (const area of band.areas.items) seen.add(area.address);
  }
  return [...seen];
}

/**
 * All merges of a used range whose first bands were read: taller than 5,000 rows costs one more sync.
 * A band there above 512 areas fails that sync; the Grid then gets no merges at all (null: unknown), as
 * when the first sync fails (the core reads blank-below level cells anyway), rather than some of them.
 */
export async function readAllMerges(context: Excel.RequestContext, ws: Excel.Worksheet, first: MergeBands, used: CellRange): Promise<string[] | null> {
  const rest = queueRestBands(ws, used);
  if (rest.length === 0) return addressesOf(first);
  try {
    await context.sync();
  } catch {
    return null;
  }
  return addressesOf([...first, ...rest]);
}

/**
 * Our two very hidden sheets in a WPS workbook: the undo snapshot (same rows as the Excel host writes)
 * and the settings (one row per key). Both are read fresh on every use — the ribbon page and the task
 * pane are separate pages over one document, so no copy may be trusted across calls.
 */
import { decodeSnapshotRecords, encodeSnapshot, type AddedSheets, type SnapshotBook, type SnapshotRecords } from '../addin/snapshot';
import type { LayoutBook } from '../addin/unitLayout';
import { SNAPSHOT_SHEET } from '../addin/workbookHost';
import { asMatrix } from './readSheet';
import type { EtApplication, EtRange, EtWorksheet } from './etTypes';

export const SETTINGS_SHEET = '_ziping_settings';
const XL_SHEET_VERY_HIDDEN = 2;
const MARK = '~';

export function findSheet(app: EtApplication, name: string): EtWorksheet | null {
  const sheets = app.ActiveWorkbook.Worksheets;
  const lower = name.toLowerCase();
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i) as EtWorksheet;
    if (ws.Name.toLowerCase() === lower) return ws;
  }
  return null;
}

function usedRows(ws: EtWorksheet): unknown[][] {
  const used = ws.UsedRange;
  return asMatrix(used.Value2, used.Rows.Count, used.Columns.Count);
}

/** A very hidden sheet at the end of the workbook (created on first use). */
function ensureHiddenSheet(app: EtApplication, name: string): EtWorksheet {
  const existing = findSheet(app, name);
  if (existing) return existing;
  const sheets = app.ActiveWorkbook.Worksheets;
  const active = app.ActiveSheet as EtWorksheet;
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count)) as EtWorksheet;
  ws.Name = name;
  ws.Visible = XL_SHEET_VERY_HIDDEN as never;
  active.Activate(); // Add made the new sheet active; the clerk stays where they were
  return ws;
}

export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false; // otherwise ET asks the clerk to confirm
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

function writeRows(ws: EtWorksheet, rows: string[][]): void {
  ws.UsedRange.ClearContents();
  if (!rows.length) return;
  const width = rows[0].length;
  const range = ws.Range(`A1:${columnName(width - 1)}${rows.length}`) as EtRange;
  range.Value2 = rows as never;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function readSnapshotBook(app: EtApplication): SnapshotRecords {
  const ws = findSheet(app, SNAPSHOT_SHEET);
  return ws ? decodeSnapshotRecords(usedRows(ws)) : { book: new Map(), added: new Map(), layouts: new Map() };
}

/** Rewrites the snapshot sheet with `book`, the added sheets and the layouts; deletes it when nothing is left to undo. */
export function writeSnapshotBook(app: EtApplication, book: SnapshotBook, added: AddedSheets, layouts: LayoutBook): void {
  const rows = encodeSnapshot(book, added, layouts);
  if (!rows.length) {
    const ws = findSheet(app, SNAPSHOT_SHEET);
    if (ws) deleteSheet(app, ws);
    return;
  }
  writeRows(ensureHiddenSheet(app, SNAPSHOT_SHEET), rows);
}

export function readSetting<T>(app: EtApplication, key: string): T | null {
  const ws = findSheet(app, SETTINGS_SHEET);
  if (!ws) return null;
  for (const row of usedRows(ws)) {
    if (row[0] !== MARK + key) continue;
    try {
      return JSON.parse(String(row[1]).slice(MARK.length)) as T;
    } catch {
      return null;
    }
  }
  return null;
}

/** Replaces one key's row, keeping every other key as it is in the document now. */
export function writeSetting<T>(app: EtApplication, key: string, value: T): void {
  const ws = ensureHiddenSheet(app, SETTINGS_SHEET);
  const rows = usedRows(ws)
    .filter((r) => typeof r[0] === 'string' && r[0].startsWith(MARK) && r[0] !== MARK + key)
    .map((r) => [String(r[0]), String(r[1] ?? '')]);
  rows.push([MARK + key, MARK + JSON.stringify(value)]);
  writeRows(ws, rows);
}

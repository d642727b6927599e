/**
 * The undo snapshot as rows of the very hidden sheet: one row per touched cell, holding that cell's
 * CellState as JSON. A cell holds at most 32,767 characters, so long JSON continues in the next cells.
 * Every piece starts with "~" so Excel never reads a piece as a number, date or formula.
 */
import type { SnapshotEntry } from './cellState';
import type { LayoutBook, LayoutRecord } from './unitLayout';

/** sheet → cell address → state before our first write. */
export type SnapshotBook = Map<string, Map<string, SnapshotEntry>>;

/** scored sheet → sheets its write-back added (the 复核表), which 撤销评分 deletes. */
export type AddedSheets = Map<string, string[]>;

/** Every sheet our write-backs added: not the unit's, so never listed for scoring or undo of its own. */
export function addedSheetNames(added: AddedSheets): Set<string> {
  return new Set([...added.values()].flat());
}

interface AddedRecord {
  sheet: string;
  added: string;
}

function isAdded(v: unknown): v is AddedRecord {
  const r = v as AddedRecord;
  return typeof r === 'object' && r !== null && typeof r.sheet === 'string' && typeof r.added === 'string';
}

interface LayoutRow {
  sheet: string;
  layout: LayoutRecord;
}

/** A row of the scored sheet's layout (row heights, page fit); versions before it skip such rows. */
function isLayout(v: unknown): v is LayoutRow {
  const r = v as LayoutRow;
  return typeof r === 'object' && r !== null && typeof r.sheet === 'string' && typeof r.layout?.rows === 'object' && r.layout.rows !== null;
}

const PIECE_MARK = '~';
/** Below Excel's 32,767-character cell limit, with room for the mark. */
export const PIECE_CHARS = 32000;

interface SnapshotRecord extends SnapshotEntry {
  sheet: string;
}

function isRecord(v: unknown): v is SnapshotRecord {
  const r = v as SnapshotRecord;
  return (
    typeof r === 'object' && r !== null && typeof r.sheet === 'string' &&
    typeof r.before?.cell === 'string' && typeof r.wrote === 'object' && r.wrote !== null
  );
}

/** Rows read from the snapshot sheet's used range → the book. Unreadable rows are skipped. */
export function decodeSnapshot(rows: readonly (readonly unknown[])[]): SnapshotBook {
  return decodeSnapshotRecords(rows).book;
}

/** Everything the snapshot sheet holds. */
export interface SnapshotRecords {
  book: SnapshotBook;
  added: AddedSheets;
  /** Row heights and page setup our write-backs changed (absent from snapshots of older versions). */
  layouts: LayoutBook;
}

/** The book, the added sheets and the layouts, from the snapshot sheet's rows. */
export function decodeSnapshotRecords(rows: readonly (readonly unknown[])[]): SnapshotRecords {
  const book: SnapshotBook = new Map();
  const added: AddedSheets = new Map();
  const layouts: LayoutBook = new Map();
  for (const row of rows) {
    const json = row
      .filter((v): v is string => typeof v === 'string' && v.startsWith(PIECE_MARK))
      .map((v) => v.slice(PIECE_MARK.length))
      .join('');
    if (!json) continue;
    let record: unknown;
    try {
      record = JSON.parse(json);
    } catch {
      continue; // a damaged row must not block reading the rest
    }
    if (isAdded(record)) {
      added.set(record.sheet, [...(added.get(record.sheet) ?? []), record.added]);
      continue;
    }
    if (isLayout(record)) {
      layouts.set(record.sheet, record.layout);
      continue;
    }
    if (!isRecord(record)) continue;
    const { sheet, before, wrote } = record;
    if (!book.has(sheet)) book.set(sheet, new Map());
    book.get(sheet)!.set(before.cell, { before, wrote });
  }
  return { book, added, layouts };
}

/** The added sheets, the layouts and the book → a rectangular block of text cells (padded with ""), sheet by sheet. */
export function encodeSnapshot(book: SnapshotBook, added: AddedSheets = new Map(), layouts: LayoutBook = new Map()): string[][] {
  const records: string[] = [];
  for (const [sheet, names] of added) for (const name of names) records.push(JSON.stringify({ sheet, added: name }));
  for (const [sheet, layout] of layouts) records.push(JSON.stringify({ sheet, layout }));
  for (const [sheet, cells] of book) {
    for (const entry of cells.values()) records.push(JSON.stringify({ sheet, before: entry.before, wrote: entry.wrote }));
  }
  const rows: string[][] = [];
  for (const json of records) {
    const row: string[] = [];
    for (let at = 0; at < json.length; at += PIECE_CHARS) row.push(PIECE_MARK + json.slice(at, at + PIECE_CHARS));
    rows.push(row);
  }
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

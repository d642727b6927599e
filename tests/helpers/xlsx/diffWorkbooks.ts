/**
 * Every difference between two ExcelJS workbooks that a scored copy could introduce: sheet list,
 * sheet state, merges, and per cell value, formula, style parts and note. Used to prove that a
 * write-back touched exactly the cells its plan names.
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../../../src/core/grid';

export type DiffWhat =
  | 'sheet'
  | 'sheetOrder'
  | 'sheetState'
  | 'merge'
  | 'value'
  | 'formula'
  | 'numFmt'
  | 'font'
  | 'fill'
  | 'border'
  | 'alignment'
  | 'protection'
  | 'note';

export interface WorkbookDiff {
  sheet: string;
  /** A1 address, a merge range, or "" for sheet-level differences. */
  cell: string;
  what: DiffWhat;
  before?: unknown;
  after?: unknown;
}

const STYLE_PARTS = ['numFmt', 'font', 'fill', 'border', 'alignment', 'protection'] as const;

/** JSON with sorted keys, undefined and empty objects dropped: equal meaning → equal text. */
function canonical(v: unknown): string {
  return JSON.stringify(normalize(v)) ?? 'null';
}

function normalize(v: unknown): unknown {
  if (v instanceof Date) return { date: v.toISOString() };
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      const n = normalize((v as Record<string, unknown>)[key]);
      if (n !== undefined) out[key] = n;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v === null ? undefined : v;
}

/** ExcelJS treats "no fill" and `pattern: 'none'` alike when writing; so do we. */
function normalizeStylePart(part: (typeof STYLE_PARTS)[number], v: unknown): unknown {
  if (part === 'fill' && v && typeof v === 'object' && (v as { pattern?: string }).pattern === 'none') return undefined;
  if (part === 'numFmt' && v === 'General') return undefined;
  return v;
}

function noteText(note: unknown): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts ?? [];
  return texts.map((t) => t.text ?? '').join('');
}

/** What a cell holds, independent of how ExcelJS stores it (a formula's cached result, a merge's master). */
function cellValue(cell: ExcelJS.Cell): unknown {
  if (cell.master !== cell) return { mergedInto: cell.master.address };
  const v = cell.value;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return { result: v.result };
  return v;
}

function addressesOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  // The model lists only cells that exist, without creating any (getCell/eachRow would).
  const rows = (ws.model as { rows?: Array<{ cells?: Array<{ address: string }> }> }).rows ?? [];
  for (const row of rows) {
    for (const cell of row.cells ?? []) out.push(cell.address);
  }
  return out;
}

function diffCell(sheet: string, address: string, a: ExcelJS.Cell | undefined, b: ExcelJS.Cell | undefined): WorkbookDiff[] {
  const out: WorkbookDiff[] = [];
  const push = (what: DiffWhat, before: unknown, after: unknown) => {
    if (canonical(before) !== canonical(after)) out.push({ sheet, cell: address, what, before, after });
  };
  push('value', a ? cellValue(a) : undefined, b ? cellValue(b) : undefined);
  push('formula', a?.formula, b?.formula);
  for (const part of STYLE_PARTS) {
    push(part, normalizeStylePart(part, a?.style?.[part]), normalizeStylePart(part, b?.style?.[part]));
  }
  push('note', noteText(a?.note), noteText(b?.note));
  return out;
}

function diffSheet(name: string, a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): WorkbookDiff[] {
  const out: WorkbookDiff[] = [];
  if (a.state !== b.state) out.push({ sheet: name, cell: '', what: 'sheetState', before: a.state, after: b.state });

  const mergesA = new Set<string>(a.model.merges ?? []);
  const mergesB = new Set<string>(b.model.merges ?? []);
  for (const m of mergesA) if (!mergesB.has(m)) out.push({ sheet: name, cell: m, what: 'merge', before: 'merged', after: 'not merged' });
  for (const m of mergesB) if (!mergesA.has(m)) out.push({ sheet: name, cell: m, what: 'merge', before: 'not merged', after: 'merged' });

  const addresses = [...new Set([...addressesOf(a), ...addressesOf(b)])];
  for (const address of addresses) {
    const { row, col } = parseA1(address)!;
    out.push(...diffCell(name, address, a.findCell(row + 1, col + 1), b.findCell(row + 1, col + 1)));
  }
  return out;
}

export function diffWorkbooks(before: ExcelJS.Workbook, after: ExcelJS.Workbook): WorkbookDiff[] {
  const out: WorkbookDiff[] = [];
  const namesA = before.worksheets.map((ws) => ws.name);
  const namesB = after.worksheets.map((ws) => ws.name);
  for (const n of namesA) if (!namesB.includes(n)) out.push({ sheet: n, cell: '', what: 'sheet', before: 'present', after: 'absent' });
  for (const n of namesB) if (!namesA.includes(n)) out.push({ sheet: n, cell: '', what: 'sheet', before: 'absent', after: 'present' });
  const common = namesA.filter((n) => namesB.includes(n));
  const orderB = namesB.filter((n) => namesA.includes(n));
  if (common.join('\u0000') !== orderB.join('\u0000')) {
    out.push({ sheet: '', cell: '', what: 'sheetOrder', before: common, after: orderB });
  }
  for (const name of common) {
    out.push(...diffSheet(name, before.getWorksheet(name)!, after.getWorksheet(name)!));
  }
  return out;
}

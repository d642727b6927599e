/**
 * Node-only: build the fake Excel host's workbook model from an .xlsx with ExcelJS — values,
 * formulas with their cached results, number formats, solid fills, notes, merges, visibility.
 * Covered cells of a merge are left out, so they read as "" as in Excel.
 */
import ExcelJS from 'exceljs';
import { toScalar } from '../../src/hosts/xlsx/cellValue';
import type { FakeCell, FakeSheet, FakeVisibility, FakeWorkbookModel } from './fakeExcel/model';

const VISIBILITY: Record<string, FakeVisibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : undefined;
}

/** "#RRGGBB" for a solid fill with an ARGB colour; theme/indexed colours are not modelled. */
function solidFillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function fakeCellOf(cell: ExcelJS.Cell, date1904: boolean): FakeCell | null {
  const raw = cell.value as unknown;
  const out: FakeCell = { value: null };
  if (typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw)) {
    const text = cell.formula || (raw as { formula?: string }).formula;
    if (text) out.formula = `=${text}`;
    out.value = toScalar((raw as { result?: unknown }).result, date1904);
  } else {
    out.value = toScalar(raw, date1904);
  }
  if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
  const fill = solidFillOf(cell);
  if (fill) out.fill = fill;
  const note = noteText(cell.note);
  if (note !== undefined) out.note = note;
  const empty = (out.value === null || out.value === '') && !out.formula;
  return empty && !out.numberFormat && !out.fill && out.note === undefined ? null : out;
}

function sheetOf(ws: ExcelJS.Worksheet, date1904: boolean): FakeSheet {
  const cells: Record<string, FakeCell> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const fake = fakeCellOf(cell, date1904);
      if (fake) cells[cell.address] = fake;
    });
  });
  return { name: ws.name, visibility: VISIBILITY[ws.state] ?? 'Visible', cells, merges: [...(ws.model.merges ?? [])] };
}

export function fakeWorkbookFromExcelJS(wb: ExcelJS.Workbook): FakeWorkbookModel {
  const date1904 = Boolean(wb.properties?.date1904);
  const sheets = wb.worksheets.map((ws) => sheetOf(ws, date1904));
  const activeTab = wb.views?.[0]?.activeTab ?? 0;
  const active = sheets[activeTab]?.visibility === 'Visible' ? sheets[activeTab] : sheets.find((s) => s.visibility === 'Visible');
  return { sheets, activeSheet: active?.name ?? sheets[0]?.name ?? '', selection: null, settings: {}, formulaResults: {} };
}

export async function loadFakeWorkbook(path: string): Promise<FakeWorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return fakeWorkbookFromExcelJS(wb);
}

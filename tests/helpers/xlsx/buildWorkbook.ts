/**
 * Build an .xlsx Buffer from a compact description, so tests can make layout variants in code.
 *
 * @example
 * await buildWorkbook([{ name: '自评表', start: 'B3', rows: [['分值', '得分'], [10, { formula: 'B4', result: 10 }]],
 *   merges: ['B1:C1'], numFmts: { C4: '0%' } }])
 */
import ExcelJS from 'exceljs';

export type CellSpec =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  /** Formula text with or without its leading "="; `result` is the cached value Excel would save. */
  | { formula: string; result?: number | string | boolean }
  | { error: string }
  | { richText: Array<{ text: string; font?: Partial<ExcelJS.Font> }> };

export interface SheetSpec {
  name: string;
  /** Row arrays of cell values; the first value lands on `start` (default "A1"). */
  rows: CellSpec[][];
  start?: string;
  /** Merged areas in A1 notation, e.g. "A1:J1". Values in covered cells are dropped by ExcelJS. */
  merges?: string[];
  /** Number formats by A1 address, e.g. { F18: '0%' }. */
  numFmts?: Record<string, string>;
  /** Plain notes by A1 address. */
  notes?: Record<string, string>;
  state?: 'visible' | 'hidden' | 'veryHidden';
}

function toCellValue(spec: CellSpec): ExcelJS.CellValue {
  if (spec && typeof spec === 'object' && 'formula' in spec) {
    return { formula: spec.formula.replace(/^=/, ''), result: spec.result } as ExcelJS.CellFormulaValue;
  }
  return spec as ExcelJS.CellValue;
}

export function buildWorkbookObject(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    const origin = ws.getCell(spec.start ?? 'A1');
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        ws.getCell(Number(origin.row) + r, Number(origin.col) + c).value = toCellValue(value);
      }),
    );
    for (const [addr, fmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const [addr, note] of Object.entries(spec.notes ?? {})) ws.getCell(addr).note = note;
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  return wb;
}

export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const data = await buildWorkbookObject(sheets).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

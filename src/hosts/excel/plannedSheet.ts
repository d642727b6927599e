/**
 * The sheets a plan adds (the 复核表, WritePlan.sheets), written in the write-back's own batch: values,
 * number formats, styles, merges, column widths, row heights and the print setup. Requirement sets:
 * add/position/values/format.font/fill/wrapText/alignment/borders ExcelApi 1.1; merge, columnWidth and
 * rowHeight 1.2 (below the add-in's 1.7 floor); pageLayout and setPrintTitleRows 1.9, skipped below it.
 */
import { columnLetters, toA1 } from '../../core/grid';
import type { PlannedCell, PlannedCellStyle, PlannedSheet } from '../../core/writePlan';
import type { ExcelCapabilities } from './capabilities';
import { valueToWrite } from '../addin/cellState';
import type { WriteBatch } from './writeBatch';
export { chooseNames } from '../addin/plannedSheets';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Characters of the Normal font (Calibri 11: 7 px each, 5 px padding) → points, as Excel's column widths. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Office.js commands one cell's style takes: one per property, four for the borders. */
function styleCommands(s: PlannedCellStyle): number {
  return Object.entries(s).filter(([k, v]) => v !== undefined && (k !== 'border' || v)).length + (s.border ? EDGES.length - 1 : 0);
}

async function writeCells(batch: WriteBatch, ws: Excel.Worksheet, cells: readonly PlannedCell[]): Promise<void> {
  if (cells.length === 0) return;
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  // One values write for the block; null leaves a cell alone.
  const values: Array<Array<string | number | boolean | null>> = [];
  for (let r = top; r <= bottom; r++) values.push(Array<null>(right - left + 1).fill(null));
  for (const c of cells) values[c.row - top][c.col - left] = valueToWrite(c.value, c.style?.numFmt ?? 'General');
  await batch.cost(values);
  ws.getRange(`${toA1(top, left)}:${toA1(bottom, right)}`).values = values;
  for (const c of cells) {
    const s = c.style;
    if (!s) continue;
    // Each property set is a command of its own (four for the borders): count them all, or a large
    // 复核表 passes the 5 MB request limit while the estimate says 4.
    await batch.cost(s);
    for (let i = 1; i < styleCommands(s); i++) await batch.cost();
    const range = ws.getRange(toA1(c.row, c.col));
    if (s.numFmt) range.numberFormat = [[s.numFmt]];
    if (s.bold !== undefined) range.format.font.bold = s.bold;
    if (s.fontSize) range.format.font.size = s.fontSize;
    if (s.fontColor) range.format.font.color = s.fontColor;
    if (s.fill) range.format.fill.color = s.fill;
    if (s.wrap !== undefined) range.format.wrapText = s.wrap;
    if (s.horizontal) range.format.horizontalAlignment = H_ALIGN[s.horizontal];
    if (s.vertical) range.format.verticalAlignment = V_ALIGN[s.vertical];
    if (s.border) for (const edge of EDGES) range.format.borders.getItem(edge).style = 'Continuous';
  }
}

/** Queues one planned sheet as `name`, at `position`; the caller has removed an earlier one of ours. */
export async function queuePlannedSheet(batch: WriteBatch, caps: ExcelCapabilities, sheet: PlannedSheet, name: string, position: number): Promise<void> {
  await batch.cost(name);
  const ws = batch.context.workbook.worksheets.add(name);
  ws.position = position;
  await writeCells(batch, ws, sheet.cells);
  for (const area of sheet.merges) {
    await batch.cost(area);
    ws.getRange(area).merge(false);
  }
  for (let c = 0; c < sheet.columnWidths.length; c++) {
    await batch.cost();
    const letters = columnLetters(c);
    ws.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(sheet.columnWidths[c]);
  }
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    await batch.cost();
    ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
  }
  if (!caps.pageLayout) return;
  await batch.cost(sheet.page);
  const page = ws.pageLayout;
  page.orientation = sheet.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: sheet.page.fitToWidth, verticalFitToPages: 0 };
  const t = sheet.page.titleRows;
  if (t) page.setPrintTitleRows(`$${t.first + 1}:$${t.last + 1}`);
}

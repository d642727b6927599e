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

/** Office.js commands one style takes on a range: one per property, four (five with the inside line) for the borders. */
function styleCommands(s: PlannedCellStyle, rows: number): number {
  const borders = s.border ? EDGES.length + (rows > 1 ? 1 : 0) : 0;
  return Object.entries(s).filter(([k, v]) => v !== undefined && k !== 'border').length + borders;
}

/** A column's consecutive cells of one look: styled with one set of commands. */
interface StyleRun {
  col: number;
  top: number;
  bottom: number;
  style: PlannedCellStyle;
}

/**
 * Cells grouped into vertical runs of the same look. A 复核表's columns keep their look down the
 * indicator rows, so a 1,000-indicator sheet takes a few hundred style commands instead of 100,000 —
 * which kept its write under Excel on the web's 5 MB request limit only by splitting it into six.
 */
export function styleRuns(cells: readonly PlannedCell[]): StyleRun[] {
  const keys = new Map<PlannedCellStyle, string>();
  const keyOf = (s: PlannedCellStyle) => keys.get(s) ?? keys.set(s, JSON.stringify(s)).get(s)!;
  const styled = cells.filter((c): c is PlannedCell & { style: PlannedCellStyle } => c.style !== undefined);
  styled.sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: StyleRun[] = [];
  for (const c of styled) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.bottom === c.row - 1 && (last.style === c.style || keyOf(last.style) === keyOf(c.style))) last.bottom = c.row;
    else runs.push({ col: c.col, top: c.row, bottom: c.row, style: c.style });
  }
  return runs;
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
  for (const run of styleRuns(cells)) {
    const s = run.style;
    const rows = run.bottom - run.top + 1;
    // Each property set is a command of its own (four or five for the borders): count them all.
    await batch.cost(s);
    for (let i = 1; i < styleCommands(s, rows); i++) await batch.cost();
    const range = ws.getRange(`${toA1(run.top, run.col)}:${toA1(run.bottom, run.col)}`);
    if (s.numFmt) range.numberFormat = Array.from({ length: rows }, () => [s.numFmt!]);
    if (s.bold !== undefined) range.format.font.bold = s.bold;
    if (s.fontSize) range.format.font.size = s.fontSize;
    if (s.fontColor) range.format.font.color = s.fontColor;
    if (s.fill) range.format.fill.color = s.fill;
    if (s.wrap !== undefined) range.format.wrapText = s.wrap;
    if (s.horizontal) range.format.horizontalAlignment = H_ALIGN[s.horizontal];
    if (s.vertical) range.format.verticalAlignment = V_ALIGN[s.vertical];
    if (s.border) {
      // Every cell of the run framed: the run's outline, and the lines between its cells.
      for (const edge of EDGES) range.format.borders.getItem(edge).style = 'Continuous';
      if (rows > 1) range.format.borders.getItem('InsideHorizontal').style = 'Continuous';
    }
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

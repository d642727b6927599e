/**
 * The sheets a plan adds (the 复核表), written through ET: added after the sheet they name, values in one
 * Value2 write, then styles, merges, widths, heights and the print setup (A4 landscape, one page wide,
 * title rows repeated).
 */
import { columnLetters, toA1 } from '../../core/grid';
import type { PlannedSheet } from '../../core/writePlan';
import { valueToWrite } from '../addin/cellState';
import { bgrOfHex } from './cellIO';
import type { EtApplication, EtRange, EtWorksheet } from './etTypes';

const XL_LANDSCAPE = 2;
const XL_PORTRAIT = 1;
const XL_PAPER_A4 = 9;
const XL_CONTINUOUS = 1;
const H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;
const V_ALIGN = { top: -4160, middle: -4108 } as const;

/** Adds `sheet` as `name` right after `afterSheet` (or at the end) and fills it in. */
export function addPlannedSheet(app: EtApplication, sheet: PlannedSheet, name: string, afterSheet: EtWorksheet | null): void {
  const sheets = app.ActiveWorkbook.Worksheets;
  const active = app.ActiveSheet as EtWorksheet;
  const ws = sheets.Add(undefined, afterSheet ?? sheets.Item(sheets.Count)) as EtWorksheet;
  ws.Name = name;
  active.Activate(); // Add made the new sheet active; the clerk stays where they were
  const cells = sheet.cells;
  if (cells.length) {
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.max(...cells.map((c) => c.row));
    const right = Math.max(...cells.map((c) => c.col));
    const values: unknown[][] = Array.from({ length: bottom - top + 1 }, () => Array(right - left + 1).fill(''));
    for (const c of cells) values[c.row - top][c.col - left] = valueToWrite(c.value, c.style?.numFmt ?? 'General');
    (ws.Range(`${toA1(top, left)}:${toA1(bottom, right)}`) as EtRange).Value2 = values as never;
  }
  for (const c of cells) {
    const s = c.style;
    if (!s) continue;
    const range = ws.Range(toA1(c.row, c.col)) as EtRange;
    if (s.numFmt) range.NumberFormat = s.numFmt;
    if (s.bold !== undefined) range.Font.Bold = s.bold;
    if (s.fontSize) range.Font.Size = s.fontSize;
    if (s.fontColor) range.Font.Color = bgrOfHex(s.fontColor);
    if (s.fill) range.Interior.Color = bgrOfHex(s.fill);
    if (s.wrap !== undefined) range.WrapText = s.wrap;
    if (s.horizontal) range.HorizontalAlignment = H_ALIGN[s.horizontal] as never;
    if (s.vertical) range.VerticalAlignment = V_ALIGN[s.vertical] as never;
    if (s.border) range.Borders.LineStyle = XL_CONTINUOUS as never;
  }
  for (const area of sheet.merges) (ws.Range(area) as EtRange).Merge();
  sheet.columnWidths.forEach((width, c) => {
    const letters = columnLetters(c);
    (ws.Range(`${letters}1:${letters}1`) as EtRange).ColumnWidth = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) (ws.Range(`A${Number(row) + 1}`) as EtRange).RowHeight = height;
  const page = ws.PageSetup;
  page.Orientation = (sheet.page.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT) as never;
  page.PaperSize = XL_PAPER_A4 as never;
  page.Zoom = false as never;
  page.FitToPagesWide = sheet.page.fitToWidth as never;
  page.FitToPagesTall = false as never;
  const t = sheet.page.titleRows;
  if (t) page.PrintTitleRows = `$${t.first + 1}:$${t.last + 1}`;
}

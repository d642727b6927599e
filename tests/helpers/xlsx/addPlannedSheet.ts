/**
 * TEST helper only: adds a PlannedSheet (the 复核表) to an ExcelJS workbook, so the render test can print
 * what the core plans before the production copy writer (issue 13) applies `WritePlan.sheets` itself.
 */
import type ExcelJS from 'exceljs';
import type { PlannedCellStyle, PlannedSheet } from '../../../src/core';

const argb = (hex: string) => `FF${hex.replace(/^#/, '').toUpperCase()}`;
const THIN = { style: 'thin' as const };

function styleOf(s: PlannedCellStyle): Partial<ExcelJS.Style> {
  return {
    font: { name: 'Noto Sans CJK SC', size: s.fontSize ?? 11, bold: !!s.bold, ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}) },
    alignment: { wrapText: !!s.wrap, horizontal: s.horizontal, vertical: s.vertical },
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } } as ExcelJS.Fill } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    ...(s.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
  };
}

export function addPlannedSheet(workbook: ExcelJS.Workbook, planned: PlannedSheet): ExcelJS.Worksheet {
  workbook.getWorksheet(planned.name) && workbook.removeWorksheet(workbook.getWorksheet(planned.name)!.id);
  const titles = planned.page.titleRows;
  const ws = workbook.addWorksheet(planned.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: planned.page.orientation,
      fitToPage: true,
      fitToWidth: planned.page.fitToWidth,
      fitToHeight: 0,
      ...(titles ? { printTitlesRow: `${titles.first + 1}:${titles.last + 1}` } : {}),
    },
  });
  planned.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of planned.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.value !== '') cell.value = c.value;
    if (c.style) cell.style = styleOf(c.style);
  }
  for (const m of planned.merges) ws.mergeCells(m);
  for (const [row, h] of Object.entries(planned.rowHeights)) ws.getRow(Number(row) + 1).height = h;
  // Put it right after the sheet it reviews, as the hosts do.
  const after = workbook.getWorksheet(planned.after);
  if (after) {
    const order = workbook.worksheets.filter((w) => w !== ws);
    order.splice(order.indexOf(after) + 1, 0, ws);
    order.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i));
  }
  return ws;
}

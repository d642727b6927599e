/**
 * Renders scored copies as a clerk prints them: LibreOffice headless → PDF, pdftotext per page.
 * Skips (with a message) only where soffice or pdftotext is absent.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, applyPlan } from '../../src/hosts/xlsx';
import { scoreGrid, planSheet, isReviewSheet, wrappedRowHeights, parseRangeA1, NATIONAL, DEFAULT_PLAN_OPTIONS, type WritePlan, type CellRange } from '../../src/core';

const mergesOf = (ws: ExcelJS.Worksheet): CellRange[] =>
  ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m)).filter((m): m is CellRange => m !== null);
import { addPlannedSheet } from '../helpers/xlsx/addPlannedSheet';

export const hasTool = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Scores `input` and writes its scored copy with the 复核表 to `output`; returns the plans. */
export async function writeScoredCopyWithReview(input: string, output: string, date: string): Promise<WritePlan[]> {
  const { workbook, grids } = await readWorkbookFile(input);
  const sheetNames = grids.filter((g) => !isReviewSheet(g)).map((g) => g.sheet);
  const plans = grids.map((g) => planSheet(g, scoreGrid(g, NATIONAL), DEFAULT_PLAN_OPTIONS, { date, sheetNames })).filter((p) => p.changes.length || p.sheets?.length);
  for (const plan of plans) {
    applyPlan(workbook, plan);
    applyPrintData(workbook.getWorksheet(plan.sheet)!, plan);
    for (const sheet of plan.sheets ?? []) addPlannedSheet(workbook as unknown as ExcelJS.Workbook, sheet);
  }
  await (workbook as unknown as ExcelJS.Workbook).xlsx.writeFile(output);
  return plans;
}

/** What the production writer does with the plan's print data: wrap, grow rows, fit to one page wide. */
function applyPrintData(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  for (const c of plan.changes) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.wrap || c.fontColor) {
      cell.style = {
        ...cell.style,
        alignment: { ...cell.style.alignment, wrapText: c.wrap ?? cell.style.alignment?.wrapText },
        font: { ...cell.style.font, ...(c.fontColor ? { color: { argb: `FF${c.fontColor.slice(1)}` } } : {}) },
      };
    }
  }
  const merges = mergesOf(ws);
  const heights = wrappedRowHeights(plan, {
    columnWidth: (col) => ws.getColumn(col + 1).width ?? 8.43,
    mergeAt: (row, col) => merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right),
    rowHeight: (row) => ws.getRow(row + 1).height,
  });
  for (const [row, h] of Object.entries(heights)) ws.getRow(Number(row) + 1).height = h;
  const setup = ws.pageSetup;
  if (plan.printFit && !setup.fitToPage && !setup.printArea) ws.pageSetup = { ...setup, fitToPage: true, fitToWidth: plan.printFit.fitToWidth, fitToHeight: 0 };
}

/** Converts workbooks to PDF in `outDir` with one soffice run (its own profile folder). */
export function toPdf(files: string[], outDir: string): void {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 180_000 });
}

export interface PdfPage {
  text: string;
  width: number;
  height: number;
}

export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return sizes.map((size, i) => ({ ...size, text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }) }));
}

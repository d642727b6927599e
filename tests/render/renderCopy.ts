/**
 * Renders scored copies as a clerk prints them: LibreOffice headless → PDF, pdftotext per page.
 * Skips (with a message) only where soffice or pdftotext is absent.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, applyPlan } from '../../src/hosts/xlsx';
import { scoreGrid, planSheet, isReviewSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, type WritePlan } from '../../src/core';
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
    for (const sheet of plan.sheets ?? []) addPlannedSheet(workbook as unknown as ExcelJS.Workbook, sheet);
  }
  await (workbook as unknown as ExcelJS.Workbook).xlsx.writeFile(output);
  return plans;
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

/**
 * Renders scored copies as a clerk prints them: LibreOffice headless → PDF, pdftotext per page.
 * Skips (with a message) only where soffice or pdftotext is absent.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookFile, writePatchedCopy } from '../../src/hosts/xlsx';
import { scoreGrid, planSheet, isReviewSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, type WritePlan } from '../../src/core';
import type { Grid } from '../../src/core/grid';

export const hasTool = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Scores `input` and writes its scored copy with the 复核表 to `output` as `ziping score --out` does; returns the plans and the grids read. */
export async function writeScoredCopyWithReview(input: string, output: string, date: string): Promise<{ plans: WritePlan[]; grids: Grid[] }> {
  const read = await readWorkbookFile(input, { revertZiping: true });
  const sheetNames = read.grids.filter((g) => !isReviewSheet(g)).map((g) => g.sheet);
  const plans = read.grids
    .map((g) => ({ g, score: scoreGrid(g, NATIONAL) }))
    .filter(({ score }) => score.tables.length > 0)
    .map(({ g, score }) => planSheet(g, score, DEFAULT_PLAN_OPTIONS, { date, sheetNames }));
  await writePatchedCopy(read, plans, output);
  return { plans, grids: read.grids };
}

/** Converts workbooks to PDF in `outDir` with one soffice run (its own profile folder). */
export function toPdf(files: string[], outDir: string): void {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 180_000 });
}

export interface PdfPage {
  /** pdftotext -layout: lines as printed. */
  text: string;
  /** pdftotext -raw: in drawing order, so a cell's wrapped lines stay together. */
  raw: string;
  width: number;
  height: number;
}

export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const page = (i: number, mode: string) => execFileSync('pdftotext', [mode, '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' });
  return sizes.map((size, i) => ({ ...size, text: page(i, '-layout'), raw: page(i, '-raw') }));
}

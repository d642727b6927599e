/** Scores a workbook with the core and writes its patched copy in memory, as `ziping score --out` does. */
import { promises as fs } from 'node:fs';
import { DEFAULT_PLAN_OPTIONS, NATIONAL, planSheet, scoreGrid, type PlanOptions, type WritePlan } from '../../src/core';
import type { PlannedSheet } from '../../src/core/writePlan';
import { patchScoredCopy, readWorkbookBuffer, type WorkbookRead } from '../../src/hosts/xlsx';

/** A small 复核表-like sheet, so every copy also exercises the added-sheet path of the writer. */
export function reviewSheetFor(sheet: string): PlannedSheet {
  return {
    name: `复核表-${sheet}`.slice(0, 31),
    after: sheet,
    cells: [
      { row: 0, col: 0, value: '复核表', style: { bold: true, fontSize: 14 } },
      { row: 2, col: 0, value: '指标', style: { bold: true, border: true, fill: '#DDEBF7' } },
      { row: 2, col: 1, value: '复核得分', style: { bold: true, border: true, fill: '#DDEBF7' } },
      { row: 3, col: 0, value: '培训人数', style: { border: true, wrap: true } },
      { row: 3, col: 1, value: 7.63, style: { border: true, numFmt: '0.00', horizontal: 'right' } },
    ],
    merges: ['A1:B1'],
    columnWidths: [30, 12],
    rowHeights: { 0: 24, 3: 30 },
    page: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, titleRows: { first: 2, last: 2 } },
  };
}

export interface ScoredCopy {
  read: WorkbookRead;
  plans: WritePlan[];
  copy: Buffer;
}

export async function scoreCopy(bytes: Buffer, options: PlanOptions = DEFAULT_PLAN_OPTIONS, withReviewSheet = true): Promise<ScoredCopy> {
  const read = await readWorkbookBuffer(bytes, { revertZiping: true });
  const plans: WritePlan[] = [];
  for (const grid of read.grids) {
    const score = scoreGrid(grid, NATIONAL);
    if (!score.tables.length) continue;
    const plan = planSheet(grid, score, options);
    plans.push(withReviewSheet ? { ...plan, sheets: [...(plan.sheets ?? []), reviewSheetFor(grid.sheet)] } : plan);
  }
  return { read, plans, copy: await patchScoredCopy(read.source, plans) };
}

export const scoreCopyOfFile = async (file: string, options?: PlanOptions, withReviewSheet?: boolean) =>
  scoreCopy(await fs.readFile(file), options, withReviewSheet);

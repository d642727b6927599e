/** Scores a workbook with the core and writes its patched copy in memory, as `ziping score --out` does. */
import { promises as fs } from 'node:fs';
import { DEFAULT_PLAN_OPTIONS, NATIONAL, planSheet, scoreGrid, type PlanOptions, type WritePlan } from '../../src/core';
import { patchScoredCopy, readWorkbookBuffer, type WorkbookRead } from '../../src/hosts/xlsx';

export interface ScoredCopy {
  read: WorkbookRead;
  plans: WritePlan[];
  copy: Buffer;
}

export async function scoreCopy(bytes: Buffer, options: PlanOptions = DEFAULT_PLAN_OPTIONS, withReviewSheet = true): Promise<ScoredCopy> {
  const read = await readWorkbookBuffer(bytes, { revertZiping: true });
  const plans: WritePlan[] = [];
  const sheetNames = read.grids.map((g) => g.sheet);
  for (const grid of read.grids) {
    const score = scoreGrid(grid, NATIONAL);
    if (!score.tables.length) continue;
    // The real 复核表 (SPEC §6.1), so every copy also exercises the added-sheet path of the writer.
    plans.push(planSheet(grid, score, { ...options, reviewSheet: withReviewSheet }, { date: '2026-12-01', sheetNames }));
  }
  return { read, plans, copy: await patchScoredCopy(read.source, plans) };
}

export const scoreCopyOfFile = async (file: string, options?: PlanOptions, withReviewSheet?: boolean) =>
  scoreCopy(await fs.readFile(file), options, withReviewSheet);

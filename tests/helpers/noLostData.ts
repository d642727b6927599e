/**
 * "No lost data": compares a scored copy with its input cell by cell (values, formulas, styles, merges,
 * notes — diffWorkbooks) against the write plan recomputed from the input with the core.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN_OPTIONS, NATIONAL, planSheet, scoreGrid, type PlanOptions, type Profile, type WritePlan } from '../../src/core';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { diffWorkbooks, type WorkbookDiff } from './xlsx/diffWorkbooks';

export interface CopyCheck {
  /** "sheet!A1" of every cell the plans name. */
  planned: Set<string>;
  /** Every difference between input and copy. */
  diffs: WorkbookDiff[];
  /** Differences in cells (or merges, sheets) the plans do not name, sheets the plans add aside: must be empty. */
  outside: WorkbookDiff[];
  plans: WritePlan[];
  input: ExcelJS.Workbook;
  output: ExcelJS.Workbook;
}

export const cellKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

export async function checkScoredCopy(
  inputPath: string,
  outputPath: string,
  profile: Profile = NATIONAL,
  options: PlanOptions = DEFAULT_PLAN_OPTIONS,
): Promise<CopyCheck> {
  const { grids } = await readWorkbookFile(inputPath);
  // readWorkbookFile's workbook holds values only (no merges, notes): compare ExcelJS's full view of both files.
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(inputPath);
  const plans: WritePlan[] = [];
  for (const grid of grids) {
    const score = scoreGrid(grid, profile);
    if (score.tables.length) plans.push(planSheet(grid, score, options));
  }
  const planned = new Set(plans.flatMap((p) => p.changes.map((c) => cellKey(p.sheet, c.cell))));
  const output = new ExcelJS.Workbook();
  await output.xlsx.readFile(outputPath);
  const diffs = diffWorkbooks(input, output);
  // A sheet the plan adds (the 复核表) is planned as a whole: it may appear, and anything inside it may differ.
  const addedSheets = new Set(plans.flatMap((p) => (p.sheets ?? []).map((s) => s.name)));
  const outside = diffs.filter((d) => !addedSheets.has(d.sheet) && !(d.cell && planned.has(cellKey(d.sheet, d.cell)) && d.what !== 'merge'));
  return { planned, diffs, outside, plans, input, output };
}

/** Formula cells of a workbook, "sheet!A1" → formula text (shared formulas translated). */
export function formulaCells(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) out.set(cellKey(ws.name, cell.address), cell.formula);
      }),
    );
  }
  return out;
}

/**
 * readWorkbookFile's `workbook` holds cell values only (ExcelJS reads a values-only package); tests that
 * inspect notes, fills or merges through ExcelJS load the whole file with ExcelJS beside the grids.
 */
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../src/hosts/xlsx';

export async function readFullWorkbook(file: string) {
  const { grids } = await readWorkbookFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { grids, workbook };
}

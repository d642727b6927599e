/** Load an .xlsx with ExcelJS and build one Grid per worksheet, in workbook order. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import { sniffProblem, XlsxReadError } from './errors';
import { gridFromWorksheet } from './gridFromWorksheet';

/** Our own undo snapshot sheet (written by the add-in); never a table, never read as one. */
export const SNAPSHOT_SHEET_NAME = '_ziping_snapshot';

export interface ReadOptions {
  /** Build grids only for these sheet names (all sheets when absent). */
  sheets?: readonly string[];
}

export interface WorkbookRead {
  workbook: ExcelJS.Workbook;
  /** One per worksheet in workbook order, hidden ones included, the snapshot sheet excluded. */
  grids: Grid[];
  /** Names of the grids whose sheet is hidden or very hidden. */
  hiddenSheets: string[];
}

export async function readWorkbookFile(path: string, opts: ReadOptions = {}): Promise<WorkbookRead> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxReadError('notFound', `找不到文件：${path}`, { cause: err });
    if (code === 'EISDIR') throw new XlsxReadError('notXlsx', `这是文件夹，不是 .xlsx 文件：${path}`, { cause: err });
    throw new XlsxReadError('corrupt', `无法读取文件：${path}（${(err as Error).message}）`, { cause: err });
  }
  return readWorkbookBuffer(buf, opts);
}

export async function readWorkbookBuffer(buf: Buffer, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const sniffed = sniffProblem(buf);
  if (sniffed) throw sniffed;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads.
    await workbook.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (err) {
    throw new XlsxReadError('corrupt', `文件已损坏或不是有效的 .xlsx 文件（${(err as Error).message}）。`, {
      cause: err,
    });
  }
  return { workbook, ...gridsOf(workbook, opts) };
}

/** Grids for an already loaded workbook (e.g. after applying a plan). */
export function gridsOf(workbook: ExcelJS.Workbook, opts: ReadOptions = {}): Omit<WorkbookRead, 'workbook'> {
  const date1904 = Boolean(workbook.properties?.date1904);
  const wanted = opts.sheets ? new Set(opts.sheets) : null;
  const grids: Grid[] = [];
  const hiddenSheets: string[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name === SNAPSHOT_SHEET_NAME) continue;
    if (wanted && !wanted.has(ws.name)) continue;
    grids.push(gridFromWorksheet(ws, date1904));
    if (ws.state === 'hidden' || ws.state === 'veryHidden') hiddenSheets.push(ws.name);
  }
  return { grids, hiddenSheets };
}

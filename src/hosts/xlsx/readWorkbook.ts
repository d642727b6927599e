/**
 * Load an .xlsx and build one Grid per worksheet, in workbook order. The package is opened with JSZip;
 * ExcelJS reads a values-only package rebuilt from it (valuesPackage.ts); the opened package stays in
 * `source` for the patching writer.
 */
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import { fileLabel, readMessages as M, XlsxReadError } from './errors';
import { inspectWorkbookBytes } from './inspectBytes';
import { megabytes, XLSX_LIMITS, type XlsxLimits } from './limits';
import { gridFromWorksheet } from './gridFromWorksheet';
import type { CellRange } from '../../core/grid';
import { OoxmlPackage } from './ooxml/package';
import { PackageError, readStructure, type WorkbookStructure } from './ooxml/workbookStructure';
import { buildValuesPackage } from './valuesPackage';
import { readZipingRecord, type ZipingRecord } from './patch/zipingMark';
import { revertZipingChanges } from './patch/revert';

/** Our own undo snapshot sheet (written by the add-in); never a table, never read as one. */
export const SNAPSHOT_SHEET_NAME = '_ziping_snapshot';
/** The WPS add-in's settings sheet (very hidden): ours too, never a table. */
export const SETTINGS_SHEET_NAME = '_ziping_settings';

export interface ReadOptions {
  /** Build grids only for these sheet names (all sheets when absent). */
  sheets?: readonly string[];
  /** The file's path as given, used in error messages (readWorkbookFile sets it). */
  file?: string;
  /** Input limits; XLSX_LIMITS unless a test narrows them. */
  limits?: XlsxLimits;
  /** When the file is a ziping copy, read it as it was before ziping marked it (re-scoring, SPEC §6.2). */
  revertZiping?: boolean;
}

/** The opened input package, for writing a copy that changes only what a plan names. */
export interface WorkbookSource {
  pkg: OoxmlPackage;
  structure: WorkbookStructure;
  /** What an earlier ziping run changed, when this file is a ziping copy. */
  record: ZipingRecord | null;
  /** True once ziping's earlier marks were taken out of `pkg`. */
  reverted: boolean;
}

export interface WorkbookRead {
  /** ExcelJS's view of cell values (no merges, validations or other sheet features). */
  workbook: ExcelJS.Workbook;
  /** One per worksheet in workbook order, hidden ones included, the snapshot sheet excluded. */
  grids: Grid[];
  /** Names of the grids whose sheet is hidden or very hidden. */
  hiddenSheets: string[];
  /** The workbook is a copy ziping wrote (custom document property), e.g. a unit's resubmission. */
  zipingCopy: boolean;
  source: WorkbookSource;
}

/** O_NONBLOCK where the platform has it: opening a named pipe must not wait for a writer. */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
const CHUNK = 1024 * 1024;

/** What a path that is not a regular file is, in the clerk's words; null for a regular file. */
function notRegularKind(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return '命名管道';
  if (stat.isSocket()) return '套接字';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

function refuseIfNotRegular(stat: Stats, f: string): void {
  const kind = notRegularKind(stat);
  if (kind === 'folder') throw new XlsxReadError('notXlsx', M.folder(f));
  if (kind) throw new XlsxReadError('notXlsx', M.notRegular(f, kind));
}

/**
 * The file's bytes. Only regular files are read: a device (/dev/zero) never ends and a named pipe
 * blocks until someone writes, so both are refused from `stat` before opening, and checked again on
 * the open handle (the path may have changed in between). The size limit counts the bytes actually
 * read, never `stat.size` alone (0 for devices, stale for a file still growing).
 */
async function readBytes(path: string, limits: XlsxLimits): Promise<Buffer> {
  const f = fileLabel(path);
  let handle: fs.FileHandle | undefined;
  try {
    refuseIfNotRegular(await fs.stat(path), f);
    handle = await fs.open(path, OPEN_FLAGS);
    const stat = await handle.stat();
    refuseIfNotRegular(stat, f);
    if (stat.size > limits.maxFileBytes) {
      throw new XlsxReadError('tooLarge', M.fileTooLarge(f, megabytes(stat.size), megabytes(limits.maxFileBytes)));
    }
    return await readAtMost(handle, limits.maxFileBytes, f);
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxReadError('notFound', M.notFound(f), { cause: err });
    if (code === 'EISDIR') throw new XlsxReadError('notXlsx', M.folder(f), { cause: err });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new XlsxReadError('unreadable', M.unreadable(f), { cause: err });
    throw new XlsxReadError('unreadable', M.ioError(f, code), { cause: err });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Reads to the end, refusing as soon as more than `max` bytes have come in. */
async function readAtMost(handle: fs.FileHandle, max: number, f: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > max) throw new XlsxReadError('tooLarge', M.fileTooLarge(f, `${megabytes(max)}以上`, megabytes(max)));
  }
  return Buffer.concat(chunks, total);
}

export async function readWorkbookFile(path: string, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const buf = await readBytes(path, opts.limits ?? XLSX_LIMITS);
  return readWorkbookBuffer(buf, { ...opts, file: opts.file ?? path });
}

export async function readWorkbookBuffer(buf: Buffer, opts: ReadOptions = {}): Promise<WorkbookRead> {
  const problem = inspectWorkbookBytes(buf, { file: opts.file, limits: opts.limits });
  if (problem) throw problem;
  const f = fileLabel(opts.file);
  let source: WorkbookSource;
  let values: { bytes: Buffer; merges: Map<string, CellRange[]> };
  try {
    const pkg = await OoxmlPackage.open(buf);
    const structure = await readStructure(pkg);
    source = { pkg, structure, record: await readZipingRecord(pkg), reverted: false };
    if (opts.revertZiping && source.record) {
      await revertZipingChanges(source);
      source.structure = await readStructure(pkg);
    }
    values = await buildValuesPackage(pkg, source.structure);
  } catch (err) {
    if (err instanceof PackageError) throw new XlsxReadError('corrupt', M.damagedPackage(f, err.message), { cause: err });
    const detail = String((err as Error)?.message ?? err).slice(0, 200);
    throw new XlsxReadError('corrupt', M.unparseable(f, detail), { cause: err });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads.
    await workbook.xlsx.load(values.bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (err) {
    const detail = String((err as Error)?.message ?? err).slice(0, 200);
    throw new XlsxReadError('corrupt', M.unparseable(f, detail), { cause: err });
  }
  const expected = source.structure.sheets.filter((s) => s.isWorksheet).length;
  if (workbook.worksheets.length !== expected) {
    // Never score a workbook with a sheet silently missing.
    throw new XlsxReadError('corrupt', M.damagedPackage(f, `工作簿列出 ${expected} 张工作表，只读到 ${workbook.worksheets.length} 张`));
  }
  return { workbook, ...gridsOf(workbook, opts, values.merges), zipingCopy: source.record !== null, source };
}

/** Grids for an already loaded workbook (e.g. after applying a plan). */
export function gridsOf(
  workbook: ExcelJS.Workbook,
  opts: ReadOptions = {},
  merges?: ReadonlyMap<string, CellRange[]>,
): Pick<WorkbookRead, 'grids' | 'hiddenSheets'> {
  const date1904 = Boolean(workbook.properties?.date1904);
  const wanted = opts.sheets ? new Set(opts.sheets) : null;
  const grids: Grid[] = [];
  const hiddenSheets: string[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name === SNAPSHOT_SHEET_NAME || ws.name === SETTINGS_SHEET_NAME) continue;
    if (wanted && !wanted.has(ws.name)) continue;
    grids.push(gridFromWorksheet(ws, date1904, merges?.get(ws.name)));
    if (ws.state === 'hidden' || ws.state === 'veryHidden') hiddenSheets.push(ws.name);
  }
  return { grids, hiddenSheets };
}

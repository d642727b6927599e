/** Atomic writes of workbooks, and the "scored copy" a CLI run produces (patched, never re-saved by ExcelJS). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Workbook } from 'exceljs';
import type { WritePlan } from '../../core/writePlan';
import { OverwriteInputError, XlsxWriteError } from './errors';
import { readWorkbookFile, type WorkbookRead } from './readWorkbook';
import { patchScoredCopy } from './patchWorkbook';
import { isSameFile } from './paths';

/** Folders this process has created or found, so a batch does not ask for each copy again. */
const knownFolders = new Set<string>();

/** Longest file name most file systems allow (ext4, NTFS, APFS: 255 bytes or UTF-16 units). */
const NAME_MAX_BYTES = 255;

/**
 * A unique hidden temp file beside `target`, for an atomic write: `.<name>.<pid>.<random>.tmp`, with
 * the name cut (at a character boundary) so the whole stays within 255 bytes of UTF-8 — a long Chinese
 * file name (85 characters = 255 bytes) must still get a temp file.
 */
export function tempNameFor(target: string): string {
  const suffix = `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const room = NAME_MAX_BYTES - Buffer.byteLength(suffix) - 1; // 1 for the leading dot
  let name = '';
  let bytes = 0;
  for (const ch of path.basename(target)) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > room) break;
    name += ch;
    bytes += size;
  }
  return path.join(path.dirname(target), `.${name}${suffix}`);
}

/**
 * Write the workbook to a temp file beside `outputPath`, then rename it into place, so a reader
 * never sees half a file and a failed write leaves any earlier file intact. Creates the folder.
 * Failures become an XlsxWriteError with a zh-CN message; the temp file is always removed.
 * (No fsync: safe against the process failing, not against power loss.)
 */
export async function writeWorkbookFile(workbook: Workbook, outputPath: string): Promise<void> {
  await writeFileAtomically(async () => Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer), outputPath);
}

/** Writes the bytes `produce` returns under `outputPath` via a temp file and a rename (see above). */
export async function writeFileAtomically(produce: () => Promise<Buffer>, outputPath: string): Promise<void> {
  const target = path.resolve(outputPath);
  const dir = path.dirname(target);
  const tmp = tempNameFor(target);
  try {
    const data = await produce();
    if (!knownFolders.has(dir)) await fs.mkdir(dir, { recursive: true });
    // 'wx': never follow or reuse something already at the temp name.
    await fs.writeFile(tmp, data, { flag: 'wx' }).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT' || !knownFolders.has(dir)) throw err;
      // The folder went away since (a clerk tidied up mid-run): make it again.
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(tmp, data, { flag: 'wx' });
    });
    knownFolders.add(dir);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new XlsxWriteError(outputPath, err);
  }
}

/** Writes the scored copy of a workbook read by readWorkbookFile: its package with only the plans' changes. */
export async function writePatchedCopy(read: WorkbookRead, plans: readonly WritePlan[], outputPath: string): Promise<void> {
  await writeFileAtomically(() => patchScoredCopy(read.source, plans), outputPath);
}

/** Load `inputPath`, apply the plans, and write the result to `outputPath`; the input is never written. */
export async function writeScoredCopy(inputPath: string, outputPath: string, plans: readonly WritePlan[]): Promise<void> {
  if (await isSameFile(inputPath, outputPath)) throw new OverwriteInputError(outputPath);
  const read = await readWorkbookFile(inputPath, { sheets: [] });
  await writePatchedCopy(read, plans, outputPath);
}

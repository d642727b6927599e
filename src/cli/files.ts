/** Expands the command's paths into workbook files, keeping each one's path relative to what was given. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { canonicalPath, isSameFile } from '../hosts/xlsx/paths';
import { naturalCompare } from './naturalSort';

export interface InputFile {
  /** The path as it will be reported (as given, or joined under the folder given). */
  file: string;
  /**
   * Path under --out and in the summary: relative to the folder given (prefixed with that folder's name
   * when several paths were given, so two units' 自评表.xlsx stay apart), or the bare name of a file given.
   */
  relative: string;
  /** Why no --out copy may be written for this file (an .xlsm would lose its macros); absent otherwise. */
  copyRefused?: string;
  /** Found by scanning a folder (not named on the command line): a ziping copy found so is not scored (SPEC §6.2). */
  fromFolder?: boolean;
}

export interface InputProblem {
  file: string;
  /** As InputFile.relative; the path as given for a path that does not exist. */
  relative: string;
  error: string;
}

export interface ExpandOptions {
  /** Files and folders a folder scan must not enter: this run's --out folder and --summary file. */
  exclude?: string[];
}

const isHiddenOrLock = (name: string) => name.startsWith('~$') || name.startsWith('.');

/** Files found in folders that are listed but cannot be scored, with the reason (SPEC §7.1: nothing skipped silently). */
const UNSCORABLE: Array<[RegExp, string]> = [
  [/\.xls$/i, '是旧版 Excel 格式（.xls），无法读取：请在 Excel 或 WPS 中“另存为”.xlsx 后再评分。'],
  [/\.et$/i, '是 WPS 表格格式（.et），无法读取：请在 WPS 中“另存为”.xlsx 后再评分。'],
  [/\.csv$/i, '是 CSV 文本文件，没有自评表的表头和合并单元格，无法识别：请提供 .xlsx 工作簿。'],
];

const XLSM_NO_COPY = '启用宏的工作簿（.xlsm）：已评分，但未写出副本（另存会丢失其中的宏）。';

export async function expandInputs(paths: string[], options: ExpandOptions = {}): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const exclude = new Set(await Promise.all((options.exclude ?? []).map(canonicalPath)));
  const several = paths.length > 1;
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      problems.push({ file: given, relative: given, error: `找不到文件或文件夹“${given}”，请检查路径是否正确。` });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(withCopyRule({ file: given, relative: path.basename(given) }));
      continue;
    }
    // Several folders: each keeps its name as the first level, so their files never collide under --out.
    const prefix = several ? path.basename(path.resolve(given)) : '';
    const found = await walk(given, exclude);
    if (found.length === 0) {
      problems.push({ file: given, relative: prefix || given, error: `文件夹“${given}”中没有 .xlsx 工作簿。` });
    }
    for (const f of found) {
      const relative = path.join(prefix, path.relative(given, f));
      const unscorable = UNSCORABLE.find(([pattern]) => pattern.test(f));
      if (unscorable) problems.push({ file: f, relative, error: `“${relative}”${unscorable[1]}` });
      else files.push(withCopyRule({ file: f, relative, fromFolder: true }));
    }
  }
  return { files, problems };
}

function withCopyRule(input: InputFile): InputFile {
  return /\.xlsm$/i.test(input.file) ? { ...input, copyRefused: XLSM_NO_COPY } : input;
}

const LISTED = /\.(xlsx|xlsm|xls|et|csv)$/i;

/** Files under `dir` in natural order (单位2 before 单位10), skipping lock files, hidden entries and `exclude`. */
async function walk(dir: string, exclude: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => naturalCompare(a.name, b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (isHiddenOrLock(e.name) || e.name === 'node_modules') continue;
    if (exclude.size > 0 && exclude.has(await canonicalPath(full))) continue;
    if (e.isDirectory()) out.push(...(await walk(full, exclude)));
    else if (e.isFile() && LISTED.test(e.name)) out.push(full);
  }
  return out;
}

/** The scored copy's path under `outDir`; refuses anything that would land outside it. */
export function outputPathFor(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new Error(`输出路径“${target}”不在输出文件夹“${root}”内，已拒绝写入。`);
  }
  return target;
}

/**
 * Copies that must not be written, decided before anything is: a copy that would land on an input of
 * this run, or on the copy of another input with the same relative name. File → zh-CN reason.
 */
export async function outputConflicts(files: InputFile[], outDir: string): Promise<Map<string, string>> {
  const inputs = new Set(await Promise.all(files.map((f) => canonicalPath(f.file))));
  const taken = new Map<string, string>();
  const conflicts = new Map<string, string>();
  for (const f of files) {
    let target: string;
    try {
      target = outputPathFor(outDir, f.relative);
    } catch (e) {
      conflicts.set(f.file, (e as Error).message);
      continue;
    }
    const real = await canonicalPath(target);
    const other = taken.get(real);
    if (inputs.has(real)) conflicts.set(f.file, `副本路径“${target}”是本次要评分的输入文件，已拒绝覆盖原表。请换一个 --out 文件夹。`);
    else if (other) conflicts.set(f.file, `副本路径“${target}”已被“${other}”的副本占用（文件名相同），未写出。请分批处理或先改名。`);
    else taken.set(real, f.file);
  }
  return conflicts;
}

/** The --summary file must not be one of the inputs. */
export async function summaryIsInput(summary: string, files: InputFile[]): Promise<boolean> {
  for (const f of files) if (await isSameFile(summary, f.file)) return true;
  return false;
}

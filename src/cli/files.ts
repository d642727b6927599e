/** Expands the command's paths into workbook files, keeping each one's path relative to what was given. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { canonicalPath, isSameFile } from '../hosts/xlsx/paths';

export interface InputFile {
  /** The path as it will be reported (as given, or joined under the folder given). */
  file: string;
  /** Path under --out: the file name, or its path relative to the folder given. */
  relative: string;
}

export interface InputProblem {
  file: string;
  error: string;
}

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');

export async function expandInputs(paths: string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      problems.push({ file: given, error: `找不到文件或文件夹“${given}”，请检查路径是否正确。` });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(given);
      if (found.length === 0) problems.push({ file: given, error: `文件夹“${given}”中没有 .xlsx 工作簿（.xls 旧格式请先在 Excel 中另存为 .xlsx）。` });
      for (const f of found) files.push({ file: f, relative: path.relative(given, f) });
    } else {
      files.push({ file: given, relative: path.basename(given) });
    }
  }
  return { files, problems };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') out.push(...(await walk(full)));
    else if (e.isFile() && isWorkbookName(e.name)) out.push(full);
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

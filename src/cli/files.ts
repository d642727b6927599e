/** Expands the command's paths into workbook files, keeping each one's path relative to what was given. */
import { promises as fs } from 'fs';
import * as path from 'path';

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

/** `ziping inspect <file-or-folder>...`: what the recogniser finds on every sheet, in Chinese (or --json). */
import { readWorkbookFile, XlsxReadError } from '../hosts/xlsx';
import { inspectGrid, formatSheetReport, type SheetReport } from '../core';
import { expandInputs } from './files';

export interface InspectFlags {
  json?: boolean;
}

interface FileInspection {
  file: string;
  error: string | null;
  sheets: SheetReport[];
}

/** Resolves to the exit code: 0, or 1 when a file could not be read. */
export async function runInspect(paths: string[], flags: InspectFlags, io: { out: NodeJS.WritableStream }): Promise<number> {
  const { files, problems } = await expandInputs(paths);
  const results: FileInspection[] = problems.map((p) => ({ file: p.file, error: p.error, sheets: [] }));
  for (const { file } of files) {
    const result = await inspectFile(file);
    results.push(result);
    if (!flags.json) io.out.write(formatFile(result));
  }
  if (flags.json) io.out.write(JSON.stringify({ files: results }, null, 2) + '\n');
  else for (const p of problems) io.out.write(`${p.file}\n  无法处理：${p.error}\n\n`);
  return results.some((r) => r.error) ? 1 : 0;
}

async function inspectFile(file: string): Promise<FileInspection> {
  try {
    const { grids } = await readWorkbookFile(file);
    return { file, error: null, sheets: grids.map(inspectGrid) };
  } catch (e) {
    const error = e instanceof XlsxReadError ? e.message : `读取“${file}”时出错：${e instanceof Error ? e.message : String(e)}`;
    return { file, error, sheets: [] };
  }
}

function formatFile(r: FileInspection): string {
  if (r.error) return `${r.file}\n  无法处理：${r.error}\n\n`;
  return [r.file, ...r.sheets.flatMap(formatSheetReport).map((l) => `  ${l}`)].join('\n') + '\n\n';
}

/** `ziping score <file-or-folder>... [--profile P] [--json] [--out DIR] [--summary FILE.xlsx] [--overwrite-scores]` */
import { Command, CommanderError } from 'commander';
import { PROFILES, DEFAULT_PLAN_OPTIONS } from '../core';
import { expandInputs, outputConflicts, summaryIsInput } from './files';
import type { FileReport } from './scoreFile';
import { scoreBatch } from './scoreBatch';
import { formatFileReport } from './textReport';
import { createProgress } from './progress';

interface ScoreFlags {
  profile: string;
  json?: boolean;
  out?: string;
  summary?: string;
  overwriteScores?: boolean;
  commentary: boolean;
  mark: boolean;
  reviewSheet: boolean;
}

/** Runs the command; resolves to the exit code (0 ok, 1 a file failed, 2 usage). */
export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let code = 0;
  const program = new Command('ziping')
    .description('自评表评分助手：识别、校验并复核评分预算绩效自评表')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });
  program
    .command('score')
    .description('为工作簿（或文件夹中的所有 .xlsx）中的自评表复核评分')
    .argument('<paths...>', '.xlsx 文件或文件夹')
    .option('--profile <name>', `评分规则：${Object.keys(PROFILES).join(' / ')}`, 'national')
    .option('--json', '在标准输出打印一个 JSON 文档（SPEC §7 格式）')
    .option('--out <dir>', '把写回评分结果的副本存到该文件夹（原文件不改动）')
    .option('--summary <file>', '写出汇总表 .xlsx（每张自评表一行）')
    .option('--overwrite-scores', '写回时覆盖单位填写的得分（默认只填空白单元格）')
    .option('--no-commentary', '不写入偏差说明')
    .option('--no-mark', '不标注问题单元格')
    .option('--no-review-sheet', '副本中不生成“复核表”工作表（默认在每张评分的工作表后插入）')
    .action(async (paths: string[], flags: ScoreFlags) => {
      code = await runScore(paths, flags, io);
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

async function runScore(paths: string[], flags: ScoreFlags, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  const profile = Object.hasOwn(PROFILES, flags.profile) ? PROFILES[flags.profile] : undefined;
  if (!profile) {
    io.err.write(`未知的评分规则“${flags.profile}”，可选：${Object.keys(PROFILES).join('、')}。\n`);
    return 2;
  }
  const { files: found, problems } = await expandInputs(paths);
  if (flags.summary && (await summaryIsInput(flags.summary, found))) {
    io.err.write(`汇总表“${flags.summary}”是要评分的输入文件，已拒绝覆盖。请换一个文件名。\n`);
    return 2;
  }
  // Copies that would overwrite an input or each other are refused before any file is written.
  const conflicts = flags.out ? await outputConflicts(found, flags.out) : new Map<string, string>();
  const files = found.filter((f) => !conflicts.has(f.file));
  problems.push(...[...conflicts].map(([file, error]) => ({ file, error })));
  const reports: FileReport[] = problems.map((p) => ({ file: p.file, error: p.error, tables: [], skippedSheets: [] }));
  const plan = { ...DEFAULT_PLAN_OPTIONS, overwriteScores: !!flags.overwriteScores, writeCommentary: flags.commentary, markCells: flags.mark, reviewSheet: flags.reviewSheet };
  const progress = createProgress(files.length, io.err);
  const scored = await scoreBatch(files, { profileName: flags.profile, plan, outDir: flags.out ?? null }, {
    onDone: (report) => progress.tick(report.file),
    onReport: (report) => {
      if (!flags.json) io.out.write(formatFileReport(report) + '\n\n');
    },
  });
  reports.push(...scored);
  progress.stop();
  if (!flags.json) for (const p of problems) io.out.write(formatFileReport(reports.find((r) => r.file === p.file)!) + '\n\n');
  // Loaded only when asked for: it pulls in ExcelJS, which the main thread otherwise never needs.
  if (flags.summary) await (await import('./summary')).writeSummary(reports, flags.summary);
  if (flags.json) io.out.write(JSON.stringify({ profile: profile.id, files: reports }, null, 2) + '\n');
  else io.err.write(closingLine(reports) + '\n');
  return reports.some((r) => r.error) ? 1 : 0;
}

function closingLine(reports: FileReport[]): string {
  const failed = reports.filter((r) => r.error).length;
  const tables = reports.reduce((n, r) => n + r.tables.length, 0);
  const evaluations = reports.reduce((n, r) => n + r.tables.filter((t) => t.kind === 'evaluation').length, 0);
  const counted = `${tables - evaluations} 张自评表${evaluations ? `，${evaluations} 张评价表` : ''}`;
  return `共 ${reports.length} 个文件，${counted}${failed ? `，${failed} 个文件无法处理` : ''}。`;
}

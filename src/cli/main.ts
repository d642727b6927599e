/**
 * `ziping score <文件或文件夹>... [--profile 名称 | --profile-file 规则.json] [--json] [--quiet]
 *   [--out 目录] [--summary 汇总.xlsx] [--title 标题] [--overwrite-scores] [--no-commentary] [--no-mark] [--no-review-sheet]`
 */
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import { DEFAULT_PLAN_OPTIONS } from '../core';
import { expandInputs, outputConflicts, summaryIsInput, type InputFile } from './files';
import type { FileReport } from './scoreFile';
import { scoreBatch } from './scoreBatch';
import { formatFileReport, needsAttention, reportHeader } from './textReport';
import { createProgress } from './progress';
import { chineseCommand, usageErrorText } from './help';
import { chooseProfile, profileNamesText } from './profileChoice';
import { closingLines } from './closing';
import { defaultTitle, type ReportEntry } from './summaryRows';
import { guardedWriter, type Io } from './output';

// Read at run time: from build/cli and src/cli alike this is the project's package.json (bundled into release/).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

interface ScoreFlags {
  profile?: string;
  profileFile?: string;
  json?: boolean;
  quiet?: boolean;
  out?: string;
  summary?: string;
  title?: string;
  overwriteScores?: boolean;
  commentary: boolean;
  mark: boolean;
  reviewSheet: boolean;
}

/** Runs the command; resolves to the exit code (0 ok, 1 a file failed, 2 usage). */
export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let code = 0;
  const program = chineseCommand(new Command('ziping'))
    .usage('<命令> [选项]')
    .description('自评表评分助手：识别、校验并复核评分预算绩效自评表')
    .version(VERSION, '-v, --version', '显示版本号')
    .helpCommand('help [命令]', '显示命令的帮助')
    .exitOverride()
    // commander's own English error lines are replaced by usageErrorText below.
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s), outputError: () => undefined });
  chineseCommand(program.command('score'))
    .usage('<文件或文件夹...> [选项]')
    .description('为工作簿（或文件夹中的所有工作簿）中的自评表复核评分')
    .argument('<文件或文件夹...>', '.xlsx 文件或文件夹（文件夹会递归查找）')
    .option('--profile <名称>', `评分规则，默认 national。可选：${profileNamesText()}`)
    .option('--profile-file <规则.json>', '从 JSON 文件读入自定义评分规则（会先校验）')
    .option('--json', '在标准输出只打印一个 JSON 文档（SPEC §7 格式）')
    .option('-q, --quiet', '只列出有错误或警告的文件，以及合计')
    .option('--out <目录>', '把写回评分结果的副本存到该文件夹（原文件不改动）')
    .option('--summary <汇总.xlsx>', '写出汇总工作簿：汇总、问题清单、单位汇总')
    .option('--title <标题>', '汇总表标题（默认为文件夹名）')
    .option('--overwrite-scores', '写回时覆盖单位填写的得分（默认只填空白单元格）')
    .option('--no-commentary', '不写入偏差说明')
    .option('--no-mark', '不标注问题单元格')
    .option('--no-review-sheet', '副本中不生成“复核表”工作表（默认在每张评分的工作表后插入）')
    .action(async (paths: string[], flags: ScoreFlags) => {
      code = await runScore(paths, flags, io);
    });
  program
    .command('inspect')
    .description('查看每个工作表识别到的自评表：表头各列的用途、资金行、指标行、总分行；没有识别到时说明原因')
    .argument('<paths...>', '.xlsx 文件或文件夹')
    .option('--json', '在标准输出打印 JSON')
    .action(async (paths: string[], flags: { json?: boolean }) => {
      code = await (await import('./inspect')).runInspect(paths, flags, io);
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    // `ziping help score` also ends as 'commander.help', with process.exitCode as its code: asked-for help is 0;
    // help shown because no command was given is a usage error.
    if (e.code === 'commander.help') return argv[2] === 'help' ? 0 : 2;
    io.err.write(usageErrorText(e));
    return 2;
  }
  return code;
}

async function runScore(paths: string[], flags: ScoreFlags, io: Io): Promise<number> {
  const out = guardedWriter(io.out);
  const usage = (lines: string[]) => {
    io.err.write(lines.map((l) => l + '\n').join(''));
    return 2;
  };
  const choice = await chooseProfile(flags.profile, flags.profileFile);
  if (!choice.ok) return usage(flags.profileFile ? [`规则文件“${flags.profileFile}”有误：`, ...choice.errors.map((e) => `  · ${e}`)] : choice.errors);
  const profile = choice.profile;
  if (flags.summary && !/\.xlsx$/i.test(flags.summary)) return usage([`汇总表文件名“${flags.summary}”应以 .xlsx 结尾。`]);

  // This run's own outputs are never inputs, even when they sit inside an input folder (reruns).
  const exclude = [flags.out, flags.summary].filter((p): p is string => !!p);
  const { files: found, problems } = await expandInputs(paths, { exclude });
  if (flags.summary && (await summaryIsInput(flags.summary, found))) return usage([`汇总表“${flags.summary}”是要评分的输入文件，已拒绝覆盖。请换一个文件名。`]);
  // Copies that would overwrite an input or each other are refused before any file is written.
  const conflicts = flags.out ? await outputConflicts(found, flags.out) : new Map<string, string>();
  const files = found.filter((f) => !conflicts.has(f.file));
  for (const f of found) if (conflicts.has(f.file)) problems.push({ file: f.file, relative: f.relative, error: conflicts.get(f.file)! });

  if (!flags.json) out.write(reportHeader(profile.name) + '\n\n');
  const print = (report: FileReport) => {
    if (flags.json || (flags.quiet && !needsAttention(report))) return;
    out.write(formatFileReport(report, { quiet: flags.quiet }) + '\n\n');
  };
  const plan = { ...DEFAULT_PLAN_OPTIONS, overwriteScores: !!flags.overwriteScores, writeCommentary: flags.commentary, markCells: flags.mark, reviewSheet: flags.reviewSheet };
  const progress = createProgress(files.length, io.err);
  const scored = await scoreBatch(files, { profileName: profile.id, profile: choice.builtIn ? undefined : profile, plan, outDir: flags.out ?? null }, {
    onDone: (report) => progress.tick(report.file),
    onReport: print,
  });
  progress.stop();
  const failed: FileReport[] = problems.map((p) => ({ file: p.file, error: p.error, tables: [], skippedSheets: [] }));
  failed.forEach(print);

  const entries = toEntries(files, scored, problems, failed);
  let summaryError: string | null = null;
  if (flags.summary) {
    try {
      // Loaded only when asked for: it pulls in ExcelJS, which the main thread otherwise never needs.
      const { writeSummary } = await import('./summary');
      await writeSummary(entries, flags.summary, { title: flags.title ?? defaultTitle(paths), profile, date: new Date() });
    } catch (e) {
      summaryError = `汇总表“${flags.summary}”未能写出：${e instanceof Error ? e.message : String(e)}`;
    }
  }
  const reports = entries.map((e) => e.report);
  if (flags.json) out.write(JSON.stringify({ profile: profile.id, files: reports }, null, 2) + '\n');
  else io.err.write(closingLines(reports, { summary: summaryError ? null : (flags.summary ?? null), out: flags.out ?? null }).join('\n') + '\n');
  if (summaryError) io.err.write(summaryError + '\n');
  if (out.closed && !flags.json) io.err.write('（标准输出已被关闭，其余报告未显示；汇总表和副本照常写出。）\n');
  return reports.some((r) => r.error) || summaryError ? 1 : 0;
}

/** Scored files and the problems found before scoring, each with its path relative to the folder given. */
function toEntries(files: InputFile[], scored: FileReport[], problems: Array<{ relative: string }>, failed: FileReport[]): ReportEntry[] {
  return [
    ...scored.map((report, i) => ({ report, relative: files[i].relative })),
    ...failed.map((report, i) => ({ report, relative: problems[i].relative || path.basename(report.file) })),
  ];
}

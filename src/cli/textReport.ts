/**
 * The readable report printed by default: one block per table, laid out for an 80-column terminal
 * (CJK characters take two columns; numbers are never cut, long text is wrapped or shortened with …).
 */
import type { TableEvaluation } from '../core';
import type { FileReport } from './scoreFile';
import { fmtNum, fmtPercent } from '../core/format';
import { displayWidth } from './displayWidth';
import { isEvaluationResult } from '../core';
import { formatEvaluationTable } from './evaluationReport';
import { KIND_LABEL, SEVERITY_LABEL, severityCounts, unscoredReason } from './tableStatus';

export const TERMINAL_WIDTH = 80;


/** Pads or shortens (with …) text to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const s = text.replace(/\s+/g, ' ');
  if (displayWidth(s) <= width) return s + ' '.repeat(width - displayWidth(s));
  const [head] = splitAt(s, width - 1);
  return head + '…' + ' '.repeat(width - 1 - displayWidth(head));
}

/** Right-aligns a number in `width` columns; a wider number keeps all its digits. */
const right = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;

/**
 * Wraps a line to `width` columns; continuation lines are indented two more than the first. Runs of
 * ASCII letters and digits (numbers, cell addresses, file names) are kept whole where they fit.
 */
export function wrapLine(line: string, width = TERMINAL_WIDTH): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = ' '.repeat(Math.min(/^ */.exec(line)![0].length + 2, width / 2));
  const tokens = line.match(/[A-Za-z0-9.,%:/\\_+\-]+|./gu) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current && displayWidth(current + token) > width) {
      lines.push(current.trimEnd());
      current = indent + (token === ' ' ? '' : token);
      // A single token longer than a line is cut where it must be.
      while (displayWidth(current) > width) {
        const [head, tail] = splitAt(current, width);
        lines.push(head);
        current = indent + tail;
      }
    } else current += token;
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

function splitAt(s: string, width: number): [string, string] {
  let w = 0;
  let i = 0;
  const chars = [...s];
  while (i < chars.length && w + displayWidth(chars[i]) <= width) w += displayWidth(chars[i++]);
  return [chars.slice(0, i).join(''), chars.slice(i).join('')];
}

export const num = (x: number | null) => (x === null ? '—' : fmtNum(x));

/** The indicator table's columns: widths add up to 77 with the indent, 79 with the 「←」 marker. */
const COLUMNS: Array<[string, number, 'text' | 'number']> = [
  ['单元格', 6, 'text'],
  ['三级指标', 17, 'text'],
  ['年度指标值', 14, 'text'],
  ['实际完成值', 14, 'text'],
  ['分值', 6, 'number'],
  ['自评', 6, 'number'],
  ['复核', 6, 'number'],
];

function tableLine(values: string[]): string {
  return '  ' + values.map((v, i) => (COLUMNS[i][2] === 'number' ? right(v, COLUMNS[i][1]) : fit(v, COLUMNS[i][1]))).join(' ');
}

/** Marks an indicator whose reported score differs from the recomputed one (explained once, in the header). */
export const MISMATCH_MARK = ' ←';

/** The lines printed before the first file: the profile in use and what 「←」 means. */
export function reportHeader(profileName: string, width = TERMINAL_WIDTH): string {
  return [`评分规则：${profileName}`, `行末「${MISMATCH_MARK.trim()}」：该指标的自评得分与复核得分不符。`].flatMap((l) => wrapLine(l, width)).join('\n');
}

export interface ReportOptions {
  /** Only the totals line and the errors and warnings of each table (for hundreds of files). */
  quiet?: boolean;
  width?: number;
}

/** True when a file has something a clerk must act on: it could not be read, or a table has errors or warnings. */
export function needsAttention(report: FileReport): boolean {
  if (report.error) return true;
  if (report.skippedSheets.some((s) => s.severity !== 'info')) return true;
  return report.tables.some((t) => t.findings.some((f) => f.severity !== 'info'));
}

export function formatFileReport(report: FileReport, options: ReportOptions = {}): string {
  const lines: string[] = [`文件：${report.file}`];
  if (report.error) {
    lines.push(`  ✗ 无法处理：${report.error}`);
  } else {
    if (report.tables.length === 0) lines.push('  未找到自评表，未评分。');
    for (const t of report.tables) lines.push(...(isEvaluationResult(t) ? formatEvaluationTable(t) : formatTable(t, options.quiet === true)));
    for (const s of report.skippedSheets) if (!options.quiet || s.severity !== 'info') lines.push(`  （跳过）${s.reason}`);
    if (report.output && !options.quiet) lines.push(`  已写出评分副本：${report.output}`);
    if (report.copyNotWritten) lines.push(`  ${report.copyNotWritten}`);
  }
  return lines.flatMap((l) => wrapLine(l, options.width ?? TERMINAL_WIDTH)).join('\n');
}

function formatTable(t: TableEvaluation, quiet: boolean): string[] {
  const out = [`  [${t.sheet}] ${t.project ?? t.name ?? '（未命名）'}（${KIND_LABEL[t.kind]}，${t.range}）`];
  const who = [t.department && `主管部门：${t.department}`, t.unit && `${t.kind === 'department' ? '单位' : '实施单位'}：${t.unit}`].filter(Boolean);
  if (who.length && !quiet) out.push(`  ${who.join('　')}`);
  const grade = t.grade
    ? `等级：${t.grade}`
    : t.totalOf100 !== null
      ? `不评级（分值合计${num(t.weightTotal)}≠100，折合百分制${num(t.totalOf100)}，仅供参考）`
      : (unscoredReason(t) ?? '');
  const rate = t.budget?.rate != null ? `  预算执行率 ${fmtPercent(t.budget.rate)}` : '';
  out.push(`  复核得分 ${num(t.total)} / 自评得分 ${num(t.reportedTotal)}  ${grade}${t.weightsAssumed ? '（推定权重）' : ''}${rate}`);
  if (!quiet) {
    out.push(tableLine(COLUMNS.map(([h]) => h)));
    if (t.budget) {
      const b = t.budget;
      out.push(tableLine([b.cell ?? '', '预算执行率', num(b.adjusted), num(b.executed), num(b.weight), num(b.reportedScore), num(b.score)]));
    }
    for (const i of t.indicators) {
      if (i.type === 'not-applicable') continue;
      const differs = i.reportedScore !== null && i.score !== null && Math.abs(i.reportedScore - i.score) > 0.01;
      out.push(tableLine([i.cell, i.name, i.target, i.actual, num(i.weight), num(i.reportedScore), num(i.score)]) + (differs ? MISMATCH_MARK : ''));
    }
  }
  const c = severityCounts(t.findings);
  const shown = quiet ? t.findings.filter((f) => f.severity !== 'info') : t.findings;
  if (shown.length === 0) return out;
  out.push(`  问题：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条${quiet && c.info ? '（提示未列出）' : ''}`);
  for (const f of shown) out.push(`    [${SEVERITY_LABEL[f.severity]}] ${f.message}`);
  return out;
}

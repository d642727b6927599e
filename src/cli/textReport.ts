/** The readable report printed by default: one block per table, widths counted for CJK text. */
import type { TableEvaluation, Finding } from '../core';
import type { FileReport } from './scoreFile';
import { fmtNum, fmtPercent } from '../core/format';
import { isEvaluationResult } from '../core';
import { formatEvaluationTable } from './evaluationReport';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function fit(s: string, width: number): string {
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) {
      out = out.slice(0, -1) + '…';
      w = displayWidth(out);
      break;
    }
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, width - w));
}

export const num = (x: number | null) => (x === null ? '—' : fmtNum(x));
export const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export function formatFileReport(report: FileReport): string {
  const lines: string[] = [`文件：${report.file}`];
  if (report.error) {
    lines.push(`  ✗ 无法处理：${report.error}`);
    return lines.join('\n');
  }
  if (report.tables.length === 0) lines.push('  未找到自评表。');
  for (const t of report.tables) lines.push(...(isEvaluationResult(t) ? formatEvaluationTable(t) : formatTable(t)));
  for (const s of report.skippedSheets) lines.push(`  （跳过）${s.reason}`);
  if (report.output) lines.push(`  已写出评分副本：${report.output}`);
  return lines.join('\n');
}

function formatTable(t: TableEvaluation): string[] {
  const kind = t.kind === 'department' ? '部门整体' : '项目支出';
  const out = [`  [${t.sheet}] ${t.name ?? '（未命名）'}（${kind}，${t.range}）`];
  const missingColumn = t.findings.some((f) => f.code === 'COLUMN_MISSING');
  const grade = t.grade
    ? `等级：${t.grade}`
    : t.totalOf100 !== null
      ? `不评级（分值合计${num(t.weightTotal)}≠100，折合百分制${num(t.totalOf100)}，仅供参考）`
      : missingColumn ? '未评分（缺少必要的列）' : '未评分（无分值）';
  const rate = t.budget?.rate != null ? `  预算执行率 ${fmtPercent(t.budget.rate)}` : '';
  out.push(`    复核得分 ${num(t.total)} / 自评得分 ${num(t.reportedTotal)}  ${grade}${t.weightsAssumed ? '（推定权重）' : ''}${rate}`);
  const cols: Array<[string, number]> = [['单元格', 6], ['三级指标', 26], ['年度指标值', 16], ['实际完成值', 16], ['分值', 6], ['自评', 6], ['复核', 6]];
  out.push('    ' + cols.map(([h, w]) => fit(h, w)).join(' '));
  if (t.budget) {
    const b = t.budget;
    out.push('    ' + [fit(b.cell ?? '', 6), fit('预算执行率', 26), fit(num(b.adjusted), 16), fit(num(b.executed), 16), fit(num(b.weight), 6), fit(num(b.reportedScore), 6), fit(num(b.score), 6)].join(' '));
  }
  for (const i of t.indicators) {
    if (i.type === 'not-applicable') continue;
    const flag = i.reportedScore !== null && i.score !== null && Math.abs(i.reportedScore - i.score) > 0.01 ? ' ←' : '';
    out.push('    ' + [fit(i.cell, 6), fit(i.name, 26), fit(i.target, 16), fit(i.actual, 16), fit(num(i.weight), 6), fit(num(i.reportedScore), 6), fit(num(i.score), 6)].join(' ') + flag);
  }
  const problems = t.findings.filter((f) => f.severity !== 'info');
  const infos = t.findings.length - problems.length;
  out.push(`    问题 ${problems.length} 个${infos ? `，提示 ${infos} 条` : ''}：`);
  for (const f of t.findings) out.push(`      [${SEVERITY_LABEL[f.severity]}] ${f.message}`);
  return out;
}

/** The text report's block for an evaluation scoring table (SPEC §9): its 一级 subtotals and the arithmetic findings. */
import type { EvaluationTableResult } from '../core';
import { fmtPercent } from '../core/format';
import { fit, num } from './textReport';
import { SEVERITY_LABEL } from './tableStatus';

const VARIANT_LABEL: Record<string, string> = { scoring: '综合评分表', summary: '评分结果汇总', 'summary-by-columns': '评分结果汇总' };

export function formatEvaluationTable(t: EvaluationTableResult): string[] {
  const out = [`  [${t.sheet}] ${t.name ?? '（未命名）'}（评价表·${VARIANT_LABEL[t.variant] ?? t.variant}，${t.range}；只核对算术，不改分）`];
  const stated = t.reportedTotal !== null ? `  合计行得分 ${num(t.reportedTotal)}` : '';
  const grade = t.statedGrade ? `  评价等级 ${t.statedGrade}` : '';
  out.push(`    分值合计 ${num(t.weightTotal)}  得分合计 ${num(t.total)}${stated}${grade}`);
  const cols: Array<[string, number]> = [['单元格', 6], ['一级指标', 26], ['标注分值', 8], ['分值合计', 8], ['得分合计', 8], ['得分率', 8]];
  out.push('    ' + cols.map(([h, w]) => fit(h, w)).join(' '));
  for (const s of t.subtotals) {
    const rate = s.weight > 0 ? fmtPercent(s.score / s.weight) : '—';
    const flag = s.statedWeight !== null && Math.abs(s.statedWeight - s.weight) > 0.01 ? ' ←' : '';
    out.push('    ' + [fit(s.cell, 6), fit(s.label, 26), fit(num(s.statedWeight), 8), fit(num(s.weight), 8), fit(num(s.score), 8), fit(rate, 8)].join(' ') + flag);
  }
  out.push(`    问题 ${t.findings.length} 个：`);
  for (const f of t.findings) out.push(`      [${SEVERITY_LABEL[f.severity]}] ${f.message}`);
  return out;
}

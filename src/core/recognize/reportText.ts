/** The recognition report as zh-CN text lines (`ziping inspect`): what was found where, and what was not. */
import { ROLE_NAMES } from './headers';
import { explainClosest, type IndicatorLine, type SheetReport, type TableReport } from './report';
import { quote } from '../format';

const KIND_NAMES = { project: '项目支出绩效自评表', department: '部门整体支出绩效自评表' } as const;

const VARIANT_NAMES: Record<string, string> = {
  national: '全国通用格式（财预〔2020〕10号）',
  central: '中央转移支付绩效目标自评表（分值在指标值之前）',
  yunnan: '云南格式（指标性质 · 指标值 · 度量单位）',
  hubei: '湖北格式（预算执行情况单列分值）',
  'wuhan-dept': '部门整体（无分值、得分列）',
  'chongqing-dept': '部门整体（重庆格式：权重、得分系数）',
  department: '部门整体',
};

const STATUS_MARKS: Record<IndicatorLine['status'], string> = { indicator: '', 'not-applicable': '  [不适用]', placeholder: '  [模板/占位行，不计]' };

export function formatSheetReport(r: SheetReport): string[] {
  const evaluation = r.evaluationTables.map((e) => `  评分表：${e.range}${e.name ? `“${quote(e.name)}”` : ''}（${e.variant}），${e.items}个评分项`);
  if (r.tables.length === 0) {
    if (evaluation.length) return [`工作表「${r.sheet}」：没有自评表，找到 ${evaluation.length} 张综合评分表`, ...evaluation];
    const why = r.closest ? `${explainClosest(r.closest)}。` : '没有哪一行像指标表头（至少要有“三级指标”和“年度指标值”或“实际完成值”）。';
    return [`工作表「${r.sheet}」：没有找到自评表。${why}`];
  }
  return [`工作表「${r.sheet}」：找到 ${r.tables.length} 张自评表`, ...r.tables.flatMap((t, i) => tableLines(t, i + 1).map((l) => `  ${l}`)), ...evaluation];
}

function tableLines(t: TableReport, n: number): string[] {
  const rows = (a: number, b: number) => (a === b ? `第${a}行` : `第${a}–${b}行`);
  const lines = [`表 ${n}：${t.range}，${KIND_NAMES[t.kind]}，${VARIANT_NAMES[t.variant] ?? t.variant}（${t.variant}）${t.name ? `，名称“${quote(t.name)}”` : ''}`];
  lines.push(`  表头（${rows(...t.headerRows)}）：`);
  for (const h of t.header) lines.push(`    ${h.cell.padEnd(5)} ${quote(h.text, 24)} → ${h.role ? ROLE_NAMES[h.role] : '未使用（忽略）'}`);
  lines.push(
    t.budget
      ? `  资金行：第${t.budget.row}行“${quote(t.budget.label, 20)}”${t.budget.cells.length ? `（${t.budget.cells.map((c) => `${c.role} ${c.cell}`).join('，')}）` : ''}`
      : '  资金行：未找到',
  );
  const applicable = t.indicators.filter((i) => i.status === 'indicator').length;
  if (t.indicators.length === 0) lines.push('  指标行：未找到');
  else {
    const first = t.indicators[0].row;
    const last = t.indicators[t.indicators.length - 1].row;
    lines.push(`  指标行：${rows(first, last)}，共${t.indicators.length}行，其中参与核对${applicable}行：`);
    for (const i of t.indicators) lines.push(`    第${i.row}行 ${[i.level1, i.level2, i.name].map((s) => quote(s, 20) || '—').join(' / ')}${STATUS_MARKS[i.status]}`);
  }
  lines.push(t.closing ? `  结束行：${t.closing.cell}“${quote(t.closing.label, 20)}”` : '  结束行：未找到“总分/合计”行');
  for (const f of t.findings) lines.push(`  问题（${f.code}）：${f.message}`);
  return lines;
}

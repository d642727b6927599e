/** The totals printed at the end of a run (stderr), so a clerk sees at once what was and was not scored. */
import type { FileReport } from './scoreFile';
import { severityCounts } from './tableStatus';

export function closingLines(reports: FileReport[], written: { summary: string | null; out: string | null }): string[] {
  const failed = reports.filter((r) => r.error).length;
  const noTable = reports.filter((r) => !r.error && r.tables.length === 0).length;
  const tables = reports.flatMap((r) => r.tables);
  const graded = tables.filter((t) => t.kind !== 'evaluation' && t.total !== null).length;
  const c = severityCounts(tables.flatMap((t) => t.findings));
  const evaluations = tables.filter((t) => t.kind === 'evaluation').length;
  const selfTables = `${tables.length - evaluations} 张自评表（已评分 ${graded} 张）${evaluations ? `，${evaluations} 张评价表` : ''}`;
  const parts = [`共 ${reports.length} 个文件，${selfTables}`];
  if (noTable) parts.push(`${noTable} 个文件未找到自评表`);
  if (failed) parts.push(`${failed} 个文件无法处理`);
  const lines = [`${parts.join('，')}；错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条。`];
  if (written.summary) lines.push(`汇总表已写出：${written.summary}`);
  if (written.out) lines.push(`评分副本已写入：${written.out}`);
  return lines;
}

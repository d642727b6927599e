/** Why a table or file has no score, in the words the terminal and the summary both use. */
import type { TableEvaluation, Finding } from '../core';

export const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export const KIND_LABEL: Record<TableEvaluation['kind'], string> = { project: '项目支出', department: '部门整体', evaluation: '评价表' };

/** Null when the table was scored; else the reason it was not (a clerk must see why a row is blank). */
export function unscoredReason(t: TableEvaluation): string | null {
  if (t.total !== null) return null;
  if (t.findings.some((f) => f.code === 'COLUMN_MISSING')) return '未评分：表头缺少必要的列（见问题清单）';
  if (t.weightTotal === null) return '未评分：表中没有分值，所选评分规则也不提供推定权重';
  return '未评分';
}

/** Counts of a table's findings by severity. */
export function severityCounts(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

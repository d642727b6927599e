/** The 类型 a summary row shows for a table (SPEC §7.1, §9). */
import type { TableEvaluation } from '../core';

const TYPE_LABEL: Record<TableEvaluation['kind'], string> = { project: '项目支出', department: '部门整体', evaluation: '评价表' };

export function tableTypeLabel(t: TableEvaluation): string {
  return TYPE_LABEL[t.kind];
}

/** The 备注 of a summary row: for an evaluation table, that its numbers are the evaluators' and only their sums are checked. */
export function summaryRemark(t: TableEvaluation): string | undefined {
  return t.kind === 'evaluation' ? `${tableTypeLabel(t)}：只核对算术（自评得分列为合计行得分，复核得分列为各项得分之和）` : undefined;
}

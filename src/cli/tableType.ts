/** The 类型 a summary row shows for a table (SPEC §7.1, §9). */
import type { TableEvaluation } from '../core';

const TYPE_LABEL: Record<TableEvaluation['kind'], string> = { project: '项目支出', department: '部门整体', evaluation: '评价表' };

export function tableTypeLabel(t: TableEvaluation): string {
  return TYPE_LABEL[t.kind];
}

/** What the 备注 of an evaluation table's row says: its numbers are the evaluators', only their sums are checked. */
export const EVALUATION_REMARK = '评价表：只核对算术（自评得分列为合计行得分，复核得分列为各项得分之和）';

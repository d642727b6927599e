/** A short zh-CN name for each finding code, shown in the pane instead of the English code. */
import type { FindingCode } from '../core';

/** Partial so a code added to the core later still renders (as 其他问题) until it gets its name here. */
export const FINDING_LABEL: Partial<Record<FindingCode, string>> = {
  TABLE_NOT_FOUND: '未找到自评表',
  COLUMN_MISSING: '缺少列',
  WEIGHT_SUM: '分值合计不符',
  LEVEL1_SPLIT: '一级指标分值比例',
  SCORE_EXCEEDS_WEIGHT: '得分超过分值',
  SCORE_MISMATCH: '得分与完成情况不符',
  TOTAL_MISMATCH: '总分与分项合计不符',
  TOTAL_DIFFERS: '总分与复核得分不同',
  EXECUTION_RATE_MISMATCH: '执行率计算有误',
  BUDGET_LINES_INCONSISTENT: '资金来源合计不符',
  EXECUTION_OVER_BUDGET: '执行数超过预算数',
  EXECUTION_RATE_LOW: '预算执行率偏低',
  VALUE_MISSING: '缺少数值',
  VALUE_UNPARSEABLE: '数值无法识别',
  UNIT_MISMATCH: '计量单位不一致',
  ACTUAL_HAS_COMPARATOR: '实际值带比较符',
  TARGET_MISSED: '未完成指标值',
  DEVIATION_LARGE: '偏差较大',
  REASON_MISSING: '缺少偏差原因',
  QUALITATIVE_OUT_OF_TIER: '定性指标档次不符',
  NEEDS_JUDGEMENT: '需人工判断',
  CELL_ERROR: '单元格错误值',
  PLACEHOLDER_ROW: '占位行',
  EXECUTION_CAP: '执行率封顶',
  SCORE_EXECUTION_INCOHERENT: '得分与执行率不协调',
  QUANTITY_IS_SPENDING: '数量指标填的是资金',
  COST_DIRECTION: '成本指标方向有误',
  DUPLICATE_INDICATOR: '指标重复',
  SATISFACTION_WITHOUT_SURVEY: '满意度无调查依据',
  VAGUE_TARGET: '指标值不明确',
  ALL_FULL_MARKS: '全部满分',
  SUBTOTAL_MISMATCH: '小计不符',
  RATE_MISMATCH: '比率计算有误',
  GRADE_MISMATCH: '等级与得分不符',
};

export function findingLabel(code: FindingCode): string {
  return FINDING_LABEL[code] ?? '其他问题';
}

/**
 * Column roles by meaning (SPEC §1.3): what an indicator or 资金 header must say to give each role.
 * Data, not code paths; the order matters (first match wins: exclusions and narrow words first).
 */
import type { ColumnRole } from '../table';
import { headerGrammar, type HeaderRule } from './headerGrammar';

export const INDICATOR_RULES: ReadonlyArray<HeaderRule<ColumnRole>> = [
  // Columns of their own that share a role word, kept in the report as "ignored".
  { role: null, says: [['得分率', '得分计算方法', '计分方法', '评分方法', '评分标准', '评分依据', '得分依据', '评分细则', '偏差率', '偏离度', '备注', '佐证材料', '证明材料', '数据来源', '序号']] },
  { role: 'coefficient', says: [['得分系数']] },
  { role: 'core', says: [['核心指标']] },
  { role: 'level1', says: [['一级指标']] },
  { role: 'level2', says: [['二级指标']] },
  { role: 'name', says: [['三级指标', '指标名称', '指标内容']] },
  { role: 'nature', says: [['指标性质', '指标属性']], exactly: ['性质'] },
  { role: 'unit', says: [['度量单位', '计量单位']], exactly: ['单位'] },
  { role: 'measures', says: [['改进措施']], unless: ['偏差', '原因'] },
  { role: 'reason', says: [['偏差', '原因', '情况说明']] },
  { role: 'score', says: [['得分', '自评分', '评分']] },
  { role: 'weight', says: [['分值', '权重', '满分', '标准分']] },
  // 完成率 / 完成时间 in a column of its own are the actual only when no other column is.
  { role: 'actual', says: [['完成率', '完成时间', '完成日期', '完成进度']], weak: true },
  { role: 'actual', says: [['实际', '完成'], ['值', '数', '情况', '结果']], exactly: ['实际完成'] },
  { role: 'targetAdjusted', says: [['调整'], ['指标值', '目标值']] },
  { role: 'target', says: [['指标值', '目标值', '计划值', '预期值']], unless: ['实际', '完成'] },
];

/** The indicator header grammar: role of a header cell, and the rule that decided it. */
export const INDICATOR_HEADERS = headerGrammar(INDICATOR_RULES);

/** The role a header cell names in an indicator header row, or null (weak roles included). */
export function indicatorRole(text: string): ColumnRole | null {
  return INDICATOR_HEADERS.role(text);
}

/** Roles a header needs to be read at all, and the name a clerk knows each column by. */
export const ROLE_NAMES: Record<ColumnRole, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  nature: '指标性质',
  target: '年度指标值',
  targetAdjusted: '调整指标值',
  unit: '度量单位',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  coefficient: '得分系数',
  reason: '偏差原因',
  measures: '改进措施',
  core: '是否核心指标',
};

export type BudgetRole = 'planned' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score';

export const BUDGET_RULES: ReadonlyArray<HeaderRule<BudgetRole>> = [
  { role: 'weight', says: [['分值', '权重', '满分']] },
  { role: 'score', says: [['得分']] },
  { role: 'rate', says: [['执行率']] },
  { role: 'planned', says: [['年初'], ['预算']] },
  // 预算执行情况（20分） is the block's label, not a column: no 执行 in a budget amount.
  { role: 'adjusted', says: [['预算数', '全年预算', '调整后预算', '预算金额', '预算安排', '批复预算', '预算批复']], unless: ['执行'] },
  { role: 'executed', says: [['执行数', '全年执行', '执行金额', '执行额', '支出数', '实际支出', '决算数', '实际拨付', '已拨付']] },
];

export const BUDGET_HEADERS = headerGrammar(BUDGET_RULES);

export function budgetRole(text: string): BudgetRole | null {
  return BUDGET_HEADERS.role(text);
}

/** Header synonyms (SPEC §1.2): which words name which column. Data, not code paths. */
import type { ColumnRole } from '../table';
import { normalizeLabel } from '../text';

const INDICATOR_HEADERS: Record<string, ColumnRole> = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标: 'name',
  指标名称: 'name',
  绩效指标名称: 'name',
  指标性质: 'nature',
  年度指标值: 'target',
  年初目标值: 'target',
  年初指标值: 'target',
  全年指标值: 'target',
  年度目标值: 'target',
  指标值: 'target',
  目标值: 'target',
  预期指标值: 'target',
  调整指标值: 'targetAdjusted',
  调整后指标值: 'targetAdjusted',
  度量单位: 'unit',
  计量单位: 'unit',
  实际完成值: 'actual',
  全年实际值: 'actual',
  全年完成值: 'actual',
  实际值: 'actual',
  完成值: 'actual',
  实际完成情况: 'actual',
  分值: 'weight',
  权重: 'weight',
  指标权重: 'weight',
  指标分值: 'weight',
  得分: 'score',
  自评得分: 'score',
  指标得分: 'score',
  得分系数: 'coefficient',
  偏差原因分析及改进措施: 'reason',
  偏差原因: 'reason',
  偏差原因分析: 'reason',
  未完成原因及拟采取的改进措施: 'reason',
  未完成原因分析: 'reason',
  偏差原因及改进措施: 'reason',
  改进措施: 'measures',
  是否核心指标: 'core',
};

/**
 * Every header word holds one of these characters; checking the raw text first spares normalising each
 * data cell of the sheet (header detection looks at every cell).
 */
const HEADER_HINT = /[级指值单性分权得系原偏措核际]/;

/** The role a header cell names in an indicator header row, or null. */
export function indicatorRole(text: string): ColumnRole | null {
  if (text.length > 60 || !HEADER_HINT.test(text)) return null;
  // Every cell of every row is asked; the same few header words recur, so each text is classified once.
  const known = roleCache.get(text);
  if (known !== undefined) return known;
  const role = classifyHeader(text);
  if (roleCache.size >= 5000) roleCache.clear();
  roleCache.set(text, role);
  return role;
}

const roleCache = new Map<string, ColumnRole | null>();

function classifyHeader(text: string): ColumnRole | null {
  const key = normalizeLabel(text);
  if (!key) return null;
  const exact = INDICATOR_HEADERS[key];
  if (exact) return exact;
  if (/偏差|未完成原因|原因分析/.test(key)) return 'reason';
  if (/改进措施/.test(key)) return 'measures';
  return null;
}

export type BudgetRole = 'planned' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score';

const BUDGET_HEADERS: Record<string, BudgetRole> = {
  年初预算数: 'planned',
  全年预算数: 'adjusted',
  预算数: 'adjusted',
  调整后预算数: 'adjusted',
  全年预算: 'adjusted',
  全年执行数: 'executed',
  执行数: 'executed',
  实际执行数: 'executed',
  全年执行: 'executed',
  执行率: 'rate',
  预算执行率: 'rate',
  分值: 'weight',
  执行率权重: 'weight',
  权重: 'weight',
  得分: 'score',
  执行率得分: 'score',
};

export function budgetRole(text: string): BudgetRole | null {
  return BUDGET_HEADERS[normalizeLabel(text)] ?? null;
}

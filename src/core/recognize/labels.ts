/** Row labels (SPEC §1): the words in a row's first cell that say what the row is. Data, not code paths. */
import { normalizeLabel } from '../text';

const BUDGET_TOTAL = /^(年度资金总额|资金总额|部门整体支出总额|整体支出总额|支出总额|合计|预算资金总额|项目资金总额)$/;
const BUDGET_LINE = /^(其中|当年财政拨款|本年财政拨款|财政拨款|上年结转|结转|其他资金|其他|基本支出|项目支出)/;
const TOTAL = /^(总分|合计|总计|自评总分|综合得分|得分合计|总得分)$/;
const NAME = /^(项目名称|单位名称|部门名称|预算单位名称)$/; // 部门（单位）名称 loses its brackets when normalised
const DEPARTMENT = /部门整体|单位整体/;
const FILING = /^(填报单位|填报日期|填表单位|填表日期|填报时间|金额单位|单位:万元|单位:元)/;
/** Rows after the indicators (goals, conclusions, signatures) or the start of the next table. */
const BREAK = /^(年度总体目标|偏差大或目标未完成原因分析|改进措施及结果应用方案|评价结论|自评结论|填报人|联系电话|审核人|单位负责人|说明|备注|项目资金)|自评表$/;

/** Labels of the 资金 total row. */
export const isBudgetTotalLabel = (text: string) => BUDGET_TOTAL.test(normalizeLabel(text));

/** Labels of the 其中 lines under the 资金 total. */
export const isBudgetLineLabel = (text: string) => BUDGET_LINE.test(normalizeLabel(text));

/** 项目名称 / 单位名称 …: the cell right of it holds the table's name. */
export const isNameLabel = (text: string) => NAME.test(normalizeLabel(text));

/** A title naming a 部门整体 form. */
export const isDepartmentTitle = (text: string) => DEPARTMENT.test(normalizeLabel(text));

/** 填报单位（盖章）/ 填报日期 / 金额单位 lines written above a table's title. */
export const isFilingLine = (text: string) => FILING.test(normalizeLabel(text));

/**
 * What a row inside an indicator block is, from its first text: the 总分 row that closes it, a row that
 * ends it without being an indicator (including the title or 项目名称 of a table stacked below), or null.
 * Normalises once: this runs on every row of the block.
 */
export function blockRowKind(text: string): 'total' | 'break' | null {
  const key = normalizeLabel(text);
  if (TOTAL.test(key)) return 'total';
  if (BREAK.test(key) || NAME.test(key) || FILING.test(key)) return 'break';
  return null;
}

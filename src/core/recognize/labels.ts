/** Row labels (SPEC §1): the words in a row's first cell that say what the row is. Data, not code paths. */
import { normalizeLabel } from '../text';

const BUDGET_TOTAL = /^(年度资金总额|资金总额|部门整体支出总额|整体支出总额|支出总额|合计|预算资金总额|项目资金总额)$/;
const BUDGET_LINE = /^(其中|当年财政拨款|本年财政拨款|财政拨款|上年结转|结转|其他资金|其他|基本支出|项目支出)/;
/** The 总分 row (a prefix: "总分（100分）", "合计得分" …). */
const TOTAL = /^(总分|合计|总计|自评总分|综合得分|得分合计|总得分|自评得分合计)/;
const NAME = /^(项目名称|单位名称|部门名称|预算单位名称)$/; // 部门（单位）名称 loses its brackets when normalised
const DEPARTMENT = /部门整体|单位整体/;
const FILING = /^(填报单位|填报日期|填表单位|填表日期|填报时间|金额单位|单位:万元|单位:元)/;
/**
 * Rows that close the indicator block (SPEC §1.3): notes, explanations and signatures, before or after
 * 总分. They are never indicators; a 总分 row may still follow them.
 */
const CLOSING =
  /^(其他需要说明|其他说明|说明|备注|填报人|填表人|审核人|审核意见|联系电话|联系人|单位负责人|财务负责人|项目负责人|填报日期|填表日期|偏差大或目标未完成原因分析|改进措施|评价结论|自评结论|结果应用)/;
/** Rows that start something else: the goals block, the 资金 block or the title of the next table. */
const BREAK = /^(年度总体目标|项目资金)|自评表$/;

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

export type BlockRowKind = 'total' | 'closing' | 'break';

/**
 * What a row inside an indicator block is, from its first text: the 总分 row, a closing row (说明,
 * 填报人 …: not an indicator, the 总分 may follow), a row that starts something else (including the
 * title or 项目名称 of a table stacked below), or null. Normalises once: this runs on every row.
 */
export function blockRowKind(text: string): BlockRowKind | null {
  const key = normalizeLabel(text);
  if (TOTAL.test(key)) return 'total';
  if (CLOSING.test(key)) return 'closing';
  if (BREAK.test(key) || NAME.test(key) || FILING.test(key)) return 'break';
  return null;
}

/** 产出 / 效益 / 满意度: the level-1 family a 二级指标 belongs to (for a level-1 cell that holds only "(50分)"). */
const LEVEL1_FAMILIES: ReadonlyArray<[RegExp, string]> = [
  [/^(数量|质量|时效|成本)/, '产出指标'],
  [/效益|可持续影响/, '效益指标'],
  [/满意/, '满意度指标'],
];

export function level1Family(level2: string): string | null {
  const key = normalizeLabel(level2);
  return LEVEL1_FAMILIES.find(([re]) => re.test(key))?.[1] ?? null;
}

/** A cell that states only points: "(50分)", "（30分）", "50分". */
export function isPointsOnly(text: string): boolean {
  const key = normalizeLabel(text);
  return key === '' ? /\d分/.test(text) : /^\d+(\.\d+)?分$/.test(key);
}

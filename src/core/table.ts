/**
 * Table: what the recogniser found in a Grid, as cell positions only (values stay in the Grid).
 * Every later finding points at one of these cells.
 */
import type { CellRange, CellRef } from './grid';
import type { Finding } from './findings';

export type TableKind = 'project' | 'department';

/** What a column of the indicator block holds. */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature' // 指标性质: ＝ ≥ ≤ 正向 反向 定量 定性
  | 'target' // 年度指标值 (or the bare number in the Yunnan split)
  | 'targetAdjusted' // 调整指标值 (Chongqing)
  | 'unit' // 度量单位 / 计量单位
  | 'actual'
  | 'weight'
  | 'score'
  | 'coefficient' // 得分系数(%)
  | 'reason'
  | 'measures' // 改进措施, when separate from 偏差原因
  | 'core'; // 是否核心指标

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface IndicatorRow {
  row: number;
  level1: string;
  level2: string;
  name: string;
  /** False for "/" rows and template leftovers ("指标2：……" with nothing else). */
  applicable: boolean;
  /** Why the row is not applicable, in zh-CN; null when applicable. */
  notApplicableReason: string | null;
  /** True when the row is a template leftover (gives PLACEHOLDER_ROW). */
  placeholder: boolean;
}

export interface BudgetLine {
  row: number;
  label: string;
}

export interface BudgetBlock {
  /** The 年度资金总额 / 部门整体支出总额 row. */
  row: number;
  labelCell: CellRef;
  planned: CellRef | null; // 年初预算数
  adjusted: CellRef | null; // 全年预算数 (the base of 执行率)
  executed: CellRef | null; // 全年执行数
  rate: CellRef | null; // reported 执行率
  weight: CellRef | null; // 分值
  score: CellRef | null; // reported 得分
  /** Weight stated in a header such as 预算执行情况（20分）, when there is no 分值 cell. */
  statedWeight: number | null;
  /** 其中 lines under the total row. */
  lines: BudgetLine[];
}

export interface TotalRow {
  row: number;
  labelCell: CellRef;
  weight: CellRef | null;
  score: CellRef | null;
  /** An empty cell on the total row, right of the score, where the grade can go. */
  gradeCell: CellRef | null;
}

export interface Table {
  sheet: string;
  kind: TableKind;
  /** Layout variant, for display and tests: national, central, yunnan, hubei, wuhan-dept, chongqing-dept. */
  variant: string;
  range: CellRange;
  name: string | null;
  nameCell: CellRef | null;
  /** 主管部门, 实施单位 (单位名称) and 项目名称 from the header block above the indicators (null when absent). */
  department: string | null;
  unit: string | null;
  project: string | null;
  headerRow: number;
  columns: ColumnMap;
  budget: BudgetBlock | null;
  indicators: IndicatorRow[];
  total: TotalRow | null;
  /** A table-level 偏差原因 cell (部门整体 forms: 偏差大或目标未完成原因分析), when rows have no reason column. */
  reasonCell: CellRef | null;
  /** Problems found while recognising (COLUMN_MISSING, …). */
  findings: Finding[];
}

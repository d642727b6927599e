/**
 * An evaluation scoring table as the recogniser found it (SPEC §9): cell positions only, values stay in the
 * Grid. Three layouts share this shape — the 综合评分表 (一级 · 二级 · 三级指标 … 分值 · 得分), the summary by
 * rows (评价准则 · 准则分值 · 评价得分) and the summary by columns (指标类别 over rows 权重 · 分值 · 得分率).
 */
import type { CellRange, CellRef } from '../grid';

export type EvaluationVariant = 'scoring' | 'summary' | 'summary-by-columns';

/** One scored line: a 三级指标 row, or one 一级指标 of a summary. */
export interface EvaluationItemCells {
  /** The item's name cell (a 三级指标, a 评价准则, a 指标类别 heading). */
  nameCell: CellRef;
  name: string;
  /** Indexes into `EvaluationTable.groups` of the level labels the item sits under (outermost first). */
  groups: number[];
  weight: CellRef | null;
  score: CellRef | null;
  rate: CellRef | null;
}

/** A level label such as "A2绩效目标(5分)" and the items under it. */
export interface LabelGroup {
  cell: CellRef;
  text: string;
  /** 1 for 一级指标, 2 for 二级指标, … */
  level: number;
}

/** A 小计 or 合计 line: what it states, over which items. */
export interface StatedRow {
  labelCell: CellRef;
  label: string;
  weight: CellRef | null;
  score: CellRef | null;
  rate: CellRef | null;
  /** Indexes into `EvaluationTable.items` the line sums. */
  items: number[];
}

export interface EvaluationTable {
  sheet: string;
  variant: EvaluationVariant;
  range: CellRange;
  /** The title above the table (e.g. 评分结果一览表), or null. */
  name: string | null;
  headerRow: number;
  items: EvaluationItemCells[];
  groups: LabelGroup[];
  subtotals: StatedRow[];
  total: StatedRow | null;
  /** The stated 评价等级 cell, when the table states one. */
  grade: CellRef | null;
}

/**
 * The one description of the national-layout 项目支出绩效自评表 (财预〔2020〕10号 annex) that the test builders
 * share: rows of cell values plus A1 merges, both relative to the table's own A1. `toGrid` / `toSheetSpec`
 * (./place) turn it into a Grid or a buildWorkbook SheetSpec.
 *
 * Rows (0-based): 0 title · 1 year · 2 项目名称 · 3 主管部门 · the 资金 block (head, 年度资金总额, 其中 lines) unless
 * left out · goals (2 rows) · indicator header · indicators · 总分 unless left out.
 * Columns A–J: A 绩效指标, B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I:J 偏差原因;
 * without weights (部门整体) G is 偏差原因.
 */
import { toA1 } from '../../../src/core/grid';

/** How the 一级指标 / 二级指标 cells are written: once and merged down, once with blanks below, or on every row. */
export type LevelStyle = 'merged' | 'blank' | 'repeated';

/** A cell of the table: the builder's own value type (a GridCell, a formula spec…) or plain text and numbers. */
export type TableCell<V> = V | string | number | null | undefined;

export interface NationalIndicator<V> {
  level1: TableCell<V>;
  level2: TableCell<V>;
  name: TableCell<V>;
  target?: TableCell<V>;
  actual?: TableCell<V>;
  weight?: TableCell<V>;
  score?: TableCell<V>;
  reason?: TableCell<V>;
}

export interface NationalBudget<V> {
  /** Column heads from D (年初预算数, 全年预算数, …). */
  heads: readonly string[];
  /** The 年度资金总额 line's values from D. */
  total: Array<TableCell<V>>;
  /** 其中 lines: label in B, values from D. */
  lines: Array<{ label: string; values: Array<TableCell<V>> }>;
}

export interface NationalSpec<V> {
  title: string;
  year: string;
  nameLabel: string;
  name: TableCell<V>;
  department: string;
  /** 实施单位 (H4); left out with its label when undefined. */
  unit?: string;
  /** null: no 资金 block at all. */
  budget: NationalBudget<V> | null;
  /** 预期目标 and 实际完成情况 texts. */
  goals: [string, string];
  /** No 分值 / 得分 columns (a 部门整体 form). */
  noWeights?: boolean;
  indicators: Array<NationalIndicator<V>>;
  levels: LevelStyle;
  /** The 总分 row's 分值 and 得分; null leaves the row out. */
  total: { weight?: TableCell<V>; score?: TableCell<V> } | null;
  /** The printed form's merges: title, name/department blocks, 资金 and goals blocks, column A, I:J of the header. */
  formMerges: boolean;
  /** Merge I:J on every indicator row. */
  reasonMerges?: boolean;
  /** Merge I:J on the 总分 row. */
  totalReasonMerge?: boolean;
}

export interface NationalRows<V> {
  rows: Array<Array<TableCell<V>>>;
  merges: string[];
  /** 0-based rows relative to the table; budgetRow is the 年度资金总额 line (-1 without a 资金 block). */
  budgetRow: number;
  headerRow: number;
  firstIndicatorRow: number;
  totalRow: number | null;
  /** 0-based columns of an indicator's cells (-1: not in this form). */
  columns: { name: number; target: number; actual: number; weight: number; score: number; reason: number };
}

/** The 资金 block's column heads of a project form, from D. */
export const BUDGET_HEADS: readonly string[] = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];

/** A 其中 line of a project form: amounts in D–F, dashes under 分值 and 得分. */
export const budgetLine = <V>(label: string, planned: TableCell<V>, adjusted: TableCell<V>, executed: TableCell<V>) => ({
  label,
  values: [planned, adjusted, executed, '—', null, '—'],
});

const WEIGHTED_HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const UNWEIGHTED_HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施'];

/** The table described by `spec`, as rows and merges relative to its own A1, with where its parts landed. */
export function nationalRows<V>(spec: NationalSpec<V>): NationalRows<V> {
  const weighted = !spec.noWeights;
  const rows: Array<Array<TableCell<V>>> = [
    [spec.title],
    [spec.year],
    [spec.nameLabel, null, null, spec.name],
    spec.unit === undefined ? ['主管部门', null, null, spec.department] : ['主管部门', null, null, spec.department, null, null, '实施单位', spec.unit],
  ];
  const merges = spec.formMerges ? ['A1:J1', 'A2:J2', 'A3:C3', 'D3:J3', 'A4:C4', 'D4:F4'] : [];
  if (spec.formMerges && spec.unit !== undefined) merges.push('H4:J4');

  let budgetRow = -1;
  if (spec.budget) {
    const head = rows.length;
    rows.push(['项目资金（万元）', null, null, ...spec.budget.heads]);
    budgetRow = rows.length;
    rows.push([null, '年度资金总额', null, ...spec.budget.total]);
    for (const line of spec.budget.lines) rows.push([null, line.label, null, ...line.values]);
    if (spec.formMerges) {
      merges.push(`A${head + 1}:A${rows.length}`);
      for (let r = head + 1; r <= rows.length; r++) merges.push(`B${r}:C${r}`);
    }
  }

  const goals = rows.length + 1;
  rows.push(['年度总体目标', '预期目标', null, null, null, null, '实际完成情况']);
  rows.push([null, spec.goals[0], null, null, null, null, spec.goals[1]]);
  if (spec.formMerges) merges.push(`A${goals}:A${goals + 1}`, `B${goals}:F${goals}`, `G${goals}:J${goals}`, `B${goals + 1}:F${goals + 1}`, `G${goals + 1}:J${goals + 1}`);

  const headerRow = rows.length;
  rows.push(weighted ? [...WEIGHTED_HEADER] : [...UNWEIGHTED_HEADER]);
  const firstIndicatorRow = rows.length;
  spec.indicators.forEach((ind, i) => {
    const prev = spec.indicators[i - 1];
    const newL1 = !prev || prev.level1 !== ind.level1;
    const newL2 = newL1 || prev.level2 !== ind.level2;
    const show = (isNew: boolean, cell: TableCell<V>) => (spec.levels === 'repeated' || isNew ? cell : null);
    const lead = [null, show(newL1, ind.level1), show(newL2, ind.level2), ind.name, ind.target, ind.actual];
    rows.push(weighted ? [...lead, ind.weight, ind.score, ind.reason ?? null] : [...lead, ind.reason]);
  });
  const lastIndicator = rows.length; // 1-based
  if (spec.formMerges) merges.push(`A${headerRow + 1}:A${lastIndicator}`, `I${headerRow + 1}:J${headerRow + 1}`);
  if (spec.reasonMerges) for (let r = firstIndicatorRow + 1; r <= lastIndicator; r++) merges.push(`I${r}:J${r}`);

  let totalRow: number | null = null;
  if (spec.total) {
    totalRow = rows.length;
    rows.push(weighted ? ['总分', null, null, null, null, null, spec.total.weight, spec.total.score] : ['总分']);
    if (spec.formMerges) merges.push(`A${totalRow + 1}:F${totalRow + 1}`);
    if (spec.totalReasonMerge) merges.push(`I${totalRow + 1}:J${totalRow + 1}`);
  }
  if (spec.levels === 'merged') merges.push(...levelMerges(spec.indicators, firstIndicatorRow));

  const columns = weighted
    ? { name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 }
    : { name: 3, target: 4, actual: 5, weight: -1, score: -1, reason: 6 };
  return { rows, merges, budgetRow, headerRow, firstIndicatorRow, totalRow, columns };
}

/** B merges over each run of one 一级指标, then C merges over each run of one 二级指标 within it (runs of one row stay unmerged). */
function levelMerges<V>(indicators: Array<NationalIndicator<V>>, first: number): string[] {
  const runs = (col: number, sameRun: (a: NationalIndicator<V>, b: NationalIndicator<V>) => boolean) => {
    const out: string[] = [];
    let start = 0;
    for (let i = 1; i <= indicators.length; i++) {
      if (i < indicators.length && sameRun(indicators[i - 1], indicators[i])) continue;
      if (i - 1 > start) out.push(`${toA1(first + start, col)}:${toA1(first + i - 1, col)}`);
      start = i;
    }
    return out;
  };
  return [
    ...runs(1, (a, b) => a.level1 === b.level1),
    ...runs(2, (a, b) => a.level1 === b.level1 && a.level2 === b.level2),
  ];
}

/** Everything above the indicator header of tests/fixtures/national-kunming-2022.xlsx (年度资金总额 values replaceable). */
export function kunming2022Head<V>(
  name: TableCell<V> = '2022年残疾人托养服务市级补助经费',
  budgetTotal: Array<TableCell<V>> = [420, 420, 420, 10, '100%', 10],
): Pick<NationalSpec<V>, 'title' | 'year' | 'nameLabel' | 'name' | 'department' | 'unit' | 'budget' | 'goals'> {
  return {
    title: '项目支出绩效自评表',
    year: '（2022年度）',
    nameLabel: '项目名称',
    name,
    department: '昆明市残疾人联合会',
    unit: '昆明市残疾人联合会',
    budget: {
      heads: BUDGET_HEADS,
      total: budgetTotal,
      lines: [budgetLine<V>('其中：当年财政拨款', 420, 420, 420), budgetLine<V>('上年结转资金', 0, 0, 0), budgetLine<V>('其他资金', 0, 0, 0)],
    },
    goals: ['为2800名残疾人提供托养服务。', '完成2979人的托养服务任务。'],
  };
}

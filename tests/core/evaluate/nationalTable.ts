/**
 * Builds a national-layout 项目支出绩效自评表 (like tests/fixtures/national-kunming-2022.xlsx) as a Grid from a
 * compact description, then scores it through the public facade. Tests describe only what they test.
 *
 * Layout (0-based rows; columns A..I):
 *   0 title · 1 （2022年度） · 2 项目名称 · 3 主管部门
 *   4 项目资金（万元） | 年初预算数 D | 全年预算数 E | 全年执行数 F | 分值 G | 执行率 H | 得分 I
 *   5 年度资金总额, then the 其中 lines
 *   年度总体目标 (2 rows), the indicator header, indicators, 总分.
 * Without weights (`noWeights`) the 分值/得分 columns are left out and the title says 部门整体.
 */
import { Grid, toA1 } from '../../../src/core/grid';
import type { CellRange, CellScalar, GridCell } from '../../../src/core/grid';
import { scoreGrid } from '../../../src/core';
import type { Profile } from '../../../src/core/rules/profile';
import { NATIONAL } from '../../../src/core/rules/profile';
import type { Finding, FindingCode } from '../../../src/core/findings';
import type { IndicatorEvaluation, TableEvaluation } from '../../../src/core/evaluation';

/** A cell: a bare value, or a value with a number format ({ value: 0.95, format: '0%' }). */
export type In = CellScalar | GridCell | undefined;

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  name: string;
  target?: In;
  actual?: In;
  weight?: In;
  score?: In;
  reason?: In;
}

export interface BudgetLineSpec {
  label: string;
  planned?: In;
  adjusted?: In;
  executed?: In;
}

export interface BudgetSpec {
  planned?: In;
  adjusted?: In;
  executed?: In;
  weight?: In;
  rate?: In;
  score?: In;
  /** 其中 lines; default: 当年财政拨款 repeating the total, 上年结转资金 and 其他资金 empty. */
  lines?: BudgetLineSpec[];
}

export interface TableSpec {
  indicators: IndicatorSpec[];
  /** null: no 资金 block at all. */
  budget?: BudgetSpec | null;
  /** The 总分 row; default: sums of the weights and of the reported scores. */
  total?: { weight?: In; score?: In };
  /** No 分值 / 得分 columns (a 部门整体 form). */
  noWeights?: boolean;
}

export interface Built {
  grid: Grid;
  /** A1 address of an indicator's cell by its index in `spec.indicators`. */
  at: (i: number, role: 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason') => string;
  /** A1 addresses of the 资金 row and the 总分 row. */
  budgetAt: (role: 'planned' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score') => string;
  totalAt: (role: 'weight' | 'score') => string;
}

const BUDGET_COLS = { planned: 3, adjusted: 4, executed: 5, weight: 6, rate: 7, score: 8 } as const;

function asCell(v: In): GridCell | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && 'value' in v) return v;
  return { value: v };
}

const num = (v: In): number | null => {
  const c = asCell(v);
  return c && typeof c.value === 'number' ? c.value : null;
};

export function buildNationalTable(spec: TableSpec): Built {
  const cells: Array<[number, number, GridCell]> = [];
  const merges: CellRange[] = [];
  const put = (r: number, c: number, v: In) => {
    const cell = asCell(v);
    if (cell) cells.push([r, c, cell]);
  };
  const weighted = !spec.noWeights;
  const columns = weighted
    ? ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']
    : ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施'];
  const col = { name: 3, target: 4, actual: 5, weight: weighted ? 6 : -1, score: weighted ? 7 : -1, reason: weighted ? 8 : 6 };

  put(0, 0, weighted ? '项目支出绩效自评表' : '部门整体支出绩效自评表');
  put(1, 0, '（2022年度）');
  put(2, 0, weighted ? '项目名称' : '单位名称');
  put(2, 3, '残疾人事业综合经费');
  put(3, 0, '主管部门');
  put(3, 3, '某区残疾人联合会');
  let row = 4;
  let budgetRow = -1;
  if (spec.budget !== null) {
    const b = spec.budget ?? { adjusted: 420, executed: 420, weight: 10, rate: 1, score: 10 };
    put(row, 0, '项目资金（万元）');
    const heads = weighted ? ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] : ['年初预算数', '全年预算数', '全年执行数', '执行率'];
    heads.forEach((h, i) => put(row, 3 + i, h));
    budgetRow = row + 1;
    put(budgetRow, 1, '年度资金总额');
    put(budgetRow, BUDGET_COLS.planned, b.planned ?? b.adjusted);
    put(budgetRow, BUDGET_COLS.adjusted, b.adjusted);
    put(budgetRow, BUDGET_COLS.executed, b.executed);
    if (weighted) {
      put(budgetRow, BUDGET_COLS.weight, b.weight);
      put(budgetRow, BUDGET_COLS.rate, b.rate);
      put(budgetRow, BUDGET_COLS.score, b.score);
    } else {
      put(budgetRow, 6, b.rate);
    }
    const lines = b.lines ?? [
      { label: '其中：当年财政拨款', planned: b.planned ?? b.adjusted, adjusted: b.adjusted, executed: b.executed },
      { label: '上年结转资金' },
      { label: '其他资金' },
    ];
    row = budgetRow + 1;
    for (const line of lines) {
      put(row, 1, line.label);
      put(row, BUDGET_COLS.planned, line.planned);
      put(row, BUDGET_COLS.adjusted, line.adjusted);
      put(row, BUDGET_COLS.executed, line.executed);
      row++;
    }
  }
  put(row, 0, '年度总体目标');
  put(row, 1, '预期目标');
  put(row, 6, '实际完成情况');
  put(row + 1, 1, '开展残疾人康复、培训和补贴工作。');
  put(row + 1, 6, '基本完成年度目标。');
  row += 2;

  const header = row;
  columns.forEach((h, i) => put(header, i, h));
  const first = header + 1;
  let prev1 = '';
  let prev2 = '';
  let start1 = first;
  let start2 = first;
  const closeMerge = (start: number, end: number, c: number) => {
    if (end > start) merges.push({ top: start, left: c, bottom: end, right: c });
  };
  spec.indicators.forEach((ind, i) => {
    const r = first + i;
    const l1 = ind.level1 ?? prev1;
    const l2 = ind.level2 ?? (l1 === prev1 ? prev2 : '');
    // 一级/二级指标 merged vertically, as in the published forms.
    if (l1 !== prev1 || i === 0) {
      closeMerge(start1, r - 1, 1);
      start1 = r;
      put(r, 1, l1);
    }
    if (l2 !== prev2 || l1 !== prev1 || i === 0) {
      closeMerge(start2, r - 1, 2);
      start2 = r;
      put(r, 2, l2);
    }
    prev1 = l1;
    prev2 = l2;
    put(r, col.name, ind.name);
    put(r, col.target, ind.target);
    put(r, col.actual, ind.actual);
    if (weighted) {
      put(r, col.weight, ind.weight);
      put(r, col.score, ind.score);
    }
    put(r, col.reason, ind.reason);
  });
  const totalRow = first + spec.indicators.length;
  closeMerge(start1, totalRow - 1, 1);
  closeMerge(start2, totalRow - 1, 2);
  put(totalRow, 0, '总分');
  if (weighted) {
    const sum = (xs: Array<number | null>) => Math.round(xs.reduce<number>((s, x) => s + (x ?? 0), 0) * 100) / 100;
    const budgetWeight = spec.budget === null ? null : num((spec.budget ?? { weight: 10 }).weight);
    const budgetScore = spec.budget === null ? null : num((spec.budget ?? { score: 10 }).score);
    const total = spec.total ?? {
      weight: sum([budgetWeight, ...spec.indicators.map((i) => num(i.weight))]),
      score: sum([budgetScore, ...spec.indicators.map((i) => num(i.score))]),
    };
    put(totalRow, col.weight, total.weight);
    put(totalRow, col.score, total.score);
  }

  return {
    grid: new Grid('自评表', cells, merges),
    at: (i, role) => toA1(first + i, col[role]),
    budgetAt: (role) => toA1(budgetRow, BUDGET_COLS[role]),
    totalAt: (role) => toA1(totalRow, col[role]),
  };
}

export interface Scored extends Built {
  evaluation: TableEvaluation;
  /** The i-th indicator's evaluation. */
  ind: (i: number) => IndicatorEvaluation;
  /** Findings with this code. */
  codes: (code: FindingCode) => Finding[];
}

/** Builds the table and scores it with `scoreGrid` (recognise + evaluate); fails loudly if not exactly one table. */
export function scoreNational(spec: TableSpec, profile: Profile = NATIONAL): Scored {
  const built = buildNationalTable(spec);
  const sheet = scoreGrid(built.grid, profile);
  if (sheet.tables.length !== 1) throw new Error(`expected one table, found ${sheet.tables.length}`);
  const evaluation = sheet.tables[0].evaluation;
  return {
    ...built,
    evaluation,
    ind: (i) => evaluation.indicators[i],
    codes: (code) => evaluation.findings.filter((f) => f.code === code),
  };
}

/**
 * A full, consistent table of 90 indicator points + 10 for 执行率 where everything is met, with one
 * indicator under test appended to 产出指标/数量指标 (weight 10 taken from the filler). Used where a test is
 * about one indicator but wants a realistic table around it.
 */
export function withFiller(under: IndicatorSpec): IndicatorSpec[] {
  return [
    { level1: '产出指标', level2: '数量指标', ...under },
    { level1: '产出指标', level2: '质量指标', name: '补贴到位率', target: '100%', actual: '100%', weight: 20, score: 20 },
    { level1: '产出指标', level2: '时效指标', name: '资金发放及时率', target: '≥95%', actual: '100%', weight: 20, score: 20 },
    { level1: '效益指标', level2: '社会效益指标', name: '残疾人生活水平', target: '有效提升', actual: '有效提升', weight: 30, score: 30 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '补贴对象满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
  ];
}

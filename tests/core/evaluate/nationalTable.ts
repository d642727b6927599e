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
import { toA1, type CellScalar, type Grid, type GridCell } from '../../../src/core/grid';
import { scoreGrid } from '../../../src/core';
import type { Profile } from '../../../src/core/rules/profile';
import { NATIONAL } from '../../../src/core/rules/profile';
import type { Finding, FindingCode } from '../../../src/core/findings';
import type { IndicatorEvaluation, TableEvaluation } from '../../../src/core/evaluation';
import { BUDGET_HEADS, nationalRows, type NationalBudget, type NationalIndicator } from '../../helpers/layouts/national';
import { toGrid } from '../../helpers/layouts/place';

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
  const weighted = !spec.noWeights;
  // A missing 一级/二级指标 continues the one above (a new 一级指标 starts an empty 二级指标).
  let prev1 = '';
  let prev2 = '';
  const indicators = spec.indicators.map((ind): NationalIndicator<In> => {
    const level1 = ind.level1 ?? prev1;
    const level2 = ind.level2 ?? (level1 === prev1 ? prev2 : '');
    prev1 = level1;
    prev2 = level2;
    return { ...ind, level1, level2 };
  });
  let total: { weight?: In; score?: In } = {};
  if (weighted) {
    const sum = (xs: Array<number | null>) => Math.round(xs.reduce<number>((s, x) => s + (x ?? 0), 0) * 100) / 100;
    const budgetWeight = spec.budget === null ? null : num((spec.budget ?? { weight: 10 }).weight);
    const budgetScore = spec.budget === null ? null : num((spec.budget ?? { score: 10 }).score);
    total = spec.total ?? {
      weight: sum([budgetWeight, ...spec.indicators.map((i) => num(i.weight))]),
      score: sum([budgetScore, ...spec.indicators.map((i) => num(i.score))]),
    };
  }
  const t = nationalRows<In>({
    title: weighted ? '项目支出绩效自评表' : '部门整体支出绩效自评表',
    year: '（2022年度）',
    nameLabel: weighted ? '项目名称' : '单位名称',
    name: '残疾人事业综合经费',
    department: '某区残疾人联合会',
    budget: spec.budget === null ? null : budgetBlock(spec.budget ?? { adjusted: 420, executed: 420, weight: 10, rate: 1, score: 10 }, weighted),
    goals: ['开展残疾人康复、培训和补贴工作。', '基本完成年度目标。'],
    noWeights: !weighted,
    indicators,
    levels: 'merged',
    total,
    formMerges: false,
  });
  const totalRow = t.totalRow!;
  return {
    grid: toGrid(t, '自评表'),
    at: (i, role) => toA1(t.firstIndicatorRow + i, t.columns[role]),
    budgetAt: (role) => toA1(t.budgetRow, BUDGET_COLS[role]),
    totalAt: (role) => toA1(totalRow, t.columns[role]),
  };
}

/** The 资金 block: the 年度资金总额 line from D, and 其中 lines (default: 当年财政拨款 repeating the total). */
function budgetBlock(b: BudgetSpec, weighted: boolean): NationalBudget<In> {
  const planned = b.planned ?? b.adjusted;
  const lines = b.lines ?? [
    { label: '其中：当年财政拨款', planned, adjusted: b.adjusted, executed: b.executed },
    { label: '上年结转资金' },
    { label: '其他资金' },
  ];
  return {
    heads: weighted ? BUDGET_HEADS : ['年初预算数', '全年预算数', '全年执行数', '执行率'],
    total: weighted ? [planned, b.adjusted, b.executed, b.weight, b.rate, b.score] : [planned, b.adjusted, b.executed, b.rate],
    lines: lines.map((l) => ({ label: l.label, values: [l.planned, l.adjusted, l.executed] })),
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

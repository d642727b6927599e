/**
 * A national-layout 项目支出绩效自评表 (财预〔2020〕10号 annex, like tests/fixtures/national-kunming-2022.xlsx)
 * as a buildWorkbook SheetSpec, with any number of indicators and hooks to make it hostile.
 *
 * Rows (1-based, table at A1): 1 title · 2 year · 3 项目名称 · 4 主管部门 · 5 资金 header · 6 年度资金总额 ·
 * 7–9 其中 lines · 10–11 goals · 12 indicator header · 13… indicators · then 总分. Columns A–J
 * (A 绩效指标, B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I:J 偏差原因).
 */
import { parseA1, toA1 } from '../../../src/core/grid';
import { kunming2022Head, nationalRows } from '../layouts/national';
import { placeTables, shiftMerges, toSheetSpec } from '../layouts/place';
import type { CellSpec, SheetSpec } from './buildWorkbook';

export interface IndicatorRow {
  level1: CellSpec;
  level2: CellSpec;
  name: CellSpec;
  target: CellSpec;
  actual: CellSpec;
  weight: CellSpec;
  score: CellSpec;
  reason?: CellSpec;
}

const BASE: Array<[string, string, string, string, string, number, number]> = [
  ['产出指标', '数量指标', '托养服务人数', '≥2800人', '2979人', 20, 20],
  ['产出指标', '质量指标', '托养机构服务规范率', '≥95%', '100%', 10, 10],
  ['产出指标', '时效指标', '补助资金拨付及时率', '100%', '100%', 10, 10],
  ['产出指标', '成本指标', '人均市级补助', '≤1500元/人/年', '1409.87元/人/年', 10, 10],
  ['效益指标', '社会效益指标', '残疾人就业人数', '≥100人', '105人', 15, 15],
  ['效益指标', '可持续影响指标', '托养服务长效机制', '达成年度指标', '达成年度指标', 15, 15],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥85%', '98.06%', 10, 10],
];

/** Seven indicators (weights 90 + 执行率 10 = 100), all met within 10 %: total 100, 优, no findings. */
export function standardIndicators(): IndicatorRow[] {
  return BASE.map(([level1, level2, name, target, actual, weight, score]) => ({ level1, level2, name, target, actual, weight, score }));
}

/** `n` quantitative indicators, numbered, weight 1 each, all met by 0–2 %. */
export function manyIndicators(n: number): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({ level1: '产出指标', level2: '数量指标', name: `服务人数${i + 1}`, target: `≥${100 + (i % 50)}人`, actual: `${100 + (i % 50) + (i % 3)}人`, weight: 1, score: 1 });
  }
  return rows;
}

export interface NationalSheetOptions {
  name?: string;
  indicators?: IndicatorRow[];
  /** Leave out the 总分 row. */
  noTotalRow?: boolean;
  /** Reported total (default: 10 + the sum of numeric scores). */
  total?: CellSpec;
  totalWeight?: CellSpec;
  /** Budget cells of 年度资金总额: planned, adjusted, executed, weight, rate, score. */
  budget?: [CellSpec, CellSpec, CellSpec, CellSpec, CellSpec, CellSpec];
  /** Merge I:J on every indicator row (as published forms do). */
  mergeReasons?: boolean;
  /** Where the table's A1 lands (default A1). */
  at?: string;
  /** Extra merges, relative to the table's A1. */
  extraMerges?: string[];
  /** Merges to drop (relative), e.g. to replace the header merges. */
  dropMerges?: string[];
}

export interface NationalSheet {
  rows: CellSpec[][];
  merges: string[];
  /** 1-based row of the first indicator and of the 总分 row (null when left out), relative to the table. */
  firstIndicatorRow: number;
  totalRow: number | null;
}

export function nationalTable(opts: NationalSheetOptions = {}): NationalSheet {
  const indicators = opts.indicators ?? standardIndicators();
  const sum = (role: 'weight' | 'score') => indicators.reduce((n, i) => n + (typeof i[role] === 'number' ? i[role] : 0), 10);
  const t = nationalRows<CellSpec>({
    ...kunming2022Head(opts.name, opts.budget),
    indicators,
    levels: 'blank',
    total: opts.noTotalRow ? null : { weight: opts.totalWeight ?? sum('weight'), score: opts.total ?? sum('score') },
    formMerges: true,
    reasonMerges: opts.mergeReasons,
  });
  const dropped = new Set(opts.dropMerges ?? []);
  const all = [...t.merges.filter((m) => !dropped.has(m)), ...(opts.extraMerges ?? [])];
  return {
    rows: t.rows,
    merges: opts.at ? shiftMerges(all, opts.at) : all,
    firstIndicatorRow: t.firstIndicatorRow + 1,
    totalRow: t.totalRow === null ? null : t.totalRow + 1,
  };
}

/** One sheet holding a national table (or several, placed with `at`). */
export function nationalSheet(sheet: string, ...tables: NationalSheetOptions[]): SheetSpec {
  const parts = (tables.length ? tables : [{}]).map((opts) => ({ ...nationalTable(opts), at: opts.at ?? 'A1' }));
  return toSheetSpec(placeTables(parts), sheet);
}

/** A1 address of a 1-based (row, column) relative to the table at `at`. */
export const cellAt = (row: number, col: number, at = 'A1') => {
  const o = parseA1(at)!;
  return toA1(o.row + row - 1, o.col + col - 1);
};

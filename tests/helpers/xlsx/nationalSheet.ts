/**
 * A national-layout 项目支出绩效自评表 (财预〔2020〕10号 annex, like tests/fixtures/national-kunming-2022.xlsx)
 * as a buildWorkbook SheetSpec, with any number of indicators and hooks to make it hostile.
 *
 * Rows (1-based, table at A1): 1 title · 2 year · 3 项目名称 · 4 主管部门 · 5 资金 header · 6 年度资金总额 ·
 * 7–9 其中 lines · 10–11 goals · 12 indicator header · 13… indicators · then 总分. Columns A–J
 * (A 绩效指标, B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I:J 偏差原因).
 */
import { parseA1, parseRangeA1, rangeToA1, toA1 } from '../../../src/core/grid';
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
  const rows: CellSpec[][] = [
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', null, null, opts.name ?? '2022年残疾人托养服务市级补助经费'],
    ['主管部门', null, null, '昆明市残疾人联合会', null, null, '实施单位', '昆明市残疾人联合会'],
    ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', null, ...(opts.budget ?? [420, 420, 420, 10, '100%', 10])],
    [null, '其中：当年财政拨款', null, 420, 420, 420, '—', null, '—'],
    [null, '上年结转资金', null, 0, 0, 0, '—', null, '—'],
    [null, '其他资金', null, 0, 0, 0, '—', null, '—'],
    ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
    [null, '为2800名残疾人提供托养服务。', null, null, null, null, '完成2979人的托养服务任务。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  const first = rows.length + 1;
  let prev: IndicatorRow | undefined;
  for (const ind of indicators) {
    const newL1 = !prev || prev.level1 !== ind.level1;
    const newL2 = newL1 || prev!.level2 !== ind.level2;
    rows.push([null, newL1 ? ind.level1 : null, newL2 ? ind.level2 : null, ind.name, ind.target, ind.actual, ind.weight, ind.score, ind.reason ?? null]);
    prev = ind;
  }
  const last = rows.length;
  let totalRow: number | null = null;
  if (!opts.noTotalRow) {
    const weights = indicators.reduce((n, i) => n + (typeof i.weight === 'number' ? i.weight : 0), 10);
    const scores = indicators.reduce((n, i) => n + (typeof i.score === 'number' ? i.score : 0), 10);
    rows.push(['总分', null, null, null, null, null, opts.totalWeight ?? weights, opts.total ?? scores]);
    totalRow = rows.length;
  }
  const merges = [
    'A1:J1', 'A2:J2', 'A3:C3', 'D3:J3', 'A4:C4', 'D4:F4', 'H4:J4', 'A5:A9', 'B5:C5', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9',
    'A10:A11', 'B10:F10', 'G10:J10', 'B11:F11', 'G11:J11', `A12:A${last}`, 'I12:J12',
  ];
  if (opts.mergeReasons) for (let r = first; r <= last; r++) merges.push(`I${r}:J${r}`);
  if (totalRow) merges.push(`A${totalRow}:F${totalRow}`);
  const dropped = new Set(opts.dropMerges ?? []);
  const all = [...merges.filter((m) => !dropped.has(m)), ...(opts.extraMerges ?? [])];
  return { rows, merges: opts.at ? shift(all, opts.at) : all, firstIndicatorRow: first, totalRow };
}

function shift(merges: string[], at: string): string[] {
  const o = parseA1(at)!;
  return merges.map((m) => {
    const r = parseRangeA1(m)!;
    return rangeToA1({ top: r.top + o.row, bottom: r.bottom + o.row, left: r.left + o.col, right: r.right + o.col });
  });
}

/** One sheet holding a national table (or several, placed with `at`). */
export function nationalSheet(sheet: string, ...tables: NationalSheetOptions[]): SheetSpec {
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  for (const opts of tables.length ? tables : [{}]) {
    const t = nationalTable(opts);
    const o = parseA1(opts.at ?? 'A1')!;
    t.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const line = (rows[o.row + r] ??= []);
        line[o.col + c] = v;
      }),
    );
    merges.push(...t.merges);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: sheet, rows, merges };
}

/** A1 address of a 1-based (row, column) relative to the table at `at`. */
export const cellAt = (row: number, col: number, at = 'A1') => {
  const o = parseA1(at)!;
  return toA1(o.row + row - 1, o.col + col - 1);
};

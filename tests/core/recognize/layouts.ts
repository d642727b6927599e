/** Test layouts of SPEC §1, written as they appear in published sheets, and a way to place several in one sheet. */
import { parseA1, parseRangeA1, rangeToA1, type Grid } from '../../../src/core/grid';
import { gridOf, type CellInput } from './gridOf';

export interface Layout {
  rows: CellInput[][];
  /** Merges relative to the layout's own A1. */
  merges: string[];
}

/** How the 一级指标 / 二级指标 cells are written. */
export type LevelStyle = 'merged' | 'blank' | 'repeated';

type IndicatorSpec = [level1: string, level2: string, name: string, target: string, actual: string, weight: number, score: number];

const NATIONAL_INDICATORS: IndicatorSpec[] = [
  ['产出指标', '数量指标', '托养服务人数', '≥2800人', '2979人', 10, 10],
  ['产出指标', '数量指标', '培训次数', '≥4次', '4次', 10, 10],
  ['产出指标', '质量指标', '托养机构服务规范率', '≥95%', '100%', 10, 10],
  ['产出指标', '时效指标', '补助资金拨付及时率', '100%', '100%', 10, 10],
  ['产出指标', '成本指标', '人均市级补助', '≤1500元/人/年', '1409.87元/人/年', 10, 10],
  ['效益指标', '社会效益指标', '减轻残疾人家庭照护负担', '效果明显', '效果明显', 10, 10],
  ['效益指标', '社会效益指标', '残疾人就业人数', '≥100人', '120人', 10, 10],
  ['效益指标', '可持续影响指标', '托养服务长效机制', '达成年度指标', '部分达成年度指标并具有一定效果', 10, 7],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥85%', '98.06%', 10, 10],
];

/** The indicator lines every national layout must give (row numbers relative to a table placed at A1). */
export const NATIONAL_LINES = NATIONAL_INDICATORS.map(([l1, l2, name], i) => `${13 + i} ${l1}/${l2}/${name}`);

/**
 * 财预〔2020〕10号 annex: title, 项目名称, 资金 block rows 5–9, goals rows 10–11, header row 12,
 * nine indicators rows 13–21, 总分 row 22; columns A–J.
 */
export function nationalLayout(style: LevelStyle = 'merged', name = '2022年残疾人托养服务市级补助经费'): Layout {
  const rows: CellInput[][] = [
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', null, null, name],
    ['主管部门', null, null, '昆明市残疾人联合会', null, null, '实施单位', '昆明市残疾人联合会'],
    ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', null, 420, 420, 420, 10, '100%', 10],
    [null, '其中：当年财政拨款', null, 420, 420, 420, '—', null, '—'],
    [null, '上年结转资金', null, 0, 0, 0, '—', null, '—'],
    [null, '其他资金', null, 0, 0, 0, '—', null, '—'],
    ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
    [null, '为2800名残疾人提供托养服务。', null, null, null, null, '完成2979人的托养服务任务。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  NATIONAL_INDICATORS.forEach(([l1, l2, n, target, actual, weight, score], i) => {
    const prev = NATIONAL_INDICATORS[i - 1];
    const newL1 = !prev || prev[0] !== l1;
    const newL2 = newL1 || prev[1] !== l2;
    const show = (isNew: boolean, text: string) => (style === 'repeated' || isNew ? text : null);
    rows.push([null, show(newL1, l1), show(newL2, l2), n, target, actual, weight, score, score < weight ? '部分机构标准不统一。' : null]);
  });
  rows.push(['总分', null, null, null, null, null, 100, 97]);
  const merges = [
    'A1:J1', 'A2:J2', 'A3:C3', 'D3:J3', 'A4:C4', 'D4:F4', 'H4:J4', 'A5:A9', 'B5:C5', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9',
    'A10:A11', 'B10:F10', 'G10:J10', 'B11:F11', 'G11:J11', 'A12:A21', 'I12:J12',
    ...NATIONAL_INDICATORS.map((_, i) => `I${13 + i}:J${13 + i}`),
    'A22:F22', 'I22:J22',
  ];
  if (style === 'merged') merges.push('B13:B17', 'B18:B20', 'C13:C14', 'C18:C19');
  return { rows, merges };
}

/** Shifts a layout's merges so its A1 lands on `at`. */
export function shiftMerges(merges: string[], at: string): string[] {
  const o = parseA1(at)!;
  return merges.map((m) => {
    const r = parseRangeA1(m)!;
    return rangeToA1({ top: r.top + o.row, bottom: r.bottom + o.row, left: r.left + o.col, right: r.right + o.col });
  });
}

/** Several layouts in one sheet, each with its top-left cell at the given address. */
export function sheetOf(parts: Array<{ layout: Layout; at: string }>, sheet = 'Sheet1'): Grid {
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  for (const { layout, at } of parts) {
    const o = parseA1(at)!;
    layout.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const target = (rows[o.row + r] ??= []);
        target[o.col + c] = v;
      }),
    );
    merges.push(...shiftMerges(layout.merges, at));
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return gridOf(rows, merges, { sheet });
}

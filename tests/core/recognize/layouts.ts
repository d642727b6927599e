/** Test layouts of SPEC §1, written as they appear in published sheets, and a way to place several in one sheet. */
import type { Grid } from '../../../src/core/grid';
import type { CellInput } from '../../helpers/layouts/gridOf';
import { kunming2022Head, nationalRows, type LevelStyle } from '../../helpers/layouts/national';
import { placeTables, shiftMerges, toGrid } from '../../helpers/layouts/place';

export { shiftMerges, type LevelStyle };

export interface Layout {
  rows: CellInput[][];
  /** Merges relative to the layout's own A1. */
  merges: string[];
}

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
  const { rows, merges } = nationalRows<CellInput>({
    ...kunming2022Head(name),
    indicators: NATIONAL_INDICATORS.map(([level1, level2, n, target, actual, weight, score]) => ({
      level1, level2, name: n, target, actual, weight, score, reason: score < weight ? '部分机构标准不统一。' : null,
    })),
    levels: style,
    total: { weight: 100, score: 97 },
    formMerges: true,
    reasonMerges: true,
    totalReasonMerge: true,
  });
  return { rows, merges };
}

/** Several layouts in one sheet, each with its top-left cell at the given address. */
export function sheetOf(parts: Array<{ layout: Layout; at: string }>, sheet = 'Sheet1'): Grid {
  return toGrid(placeTables(parts.map(({ layout, at }) => ({ rows: layout.rows, merges: shiftMerges(layout.merges, at), at }))), sheet);
}

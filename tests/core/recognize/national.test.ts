/** SPEC §1.1: the national layout, with 一级/二级指标 merged, written once, or repeated on every row. */
import { recognizeTables } from '../../../src/core/recognize';
import { describeTable, indicatorLines } from './describe';
import { NATIONAL_LINES, nationalLayout, sheetOf, type LevelStyle } from './layouts';

const recognise = (style: LevelStyle) => recognizeTables(sheetOf([{ layout: nationalLayout(style), at: 'A1' }]));

describe('national layout', () => {
  it('names every cell of the table', () => {
    const [table, ...rest] = recognise('merged');
    expect(rest).toHaveLength(0);
    expect(describeTable(table)).toEqual({
      sheet: 'Sheet1',
      kind: 'project',
      variant: 'national',
      range: 'A1:J22',
      name: '2022年残疾人托养服务市级补助经费',
      nameCell: 'D3',
      headerRow: 12,
      columns: { level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' },
      budget: {
        row: 6,
        labelCell: 'B6',
        planned: 'D6',
        adjusted: 'E6',
        executed: 'F6',
        rate: 'H6',
        weight: 'G6',
        score: 'I6',
        statedWeight: null,
        lines: ['7:其中:当年财政拨款', '8:上年结转资金', '9:其他资金'],
      },
      indicatorCount: 9,
      applicableCount: 9,
      firstIndicatorRow: 13,
      lastIndicatorRow: 21,
      total: { labelCell: 'A22', weight: 'G22', score: 'H22', gradeCell: 'I22' },
      reasonCell: null,
      findings: [],
    });
  });

  it.each<LevelStyle>(['merged', 'blank', 'repeated'])('reads the same levels when level cells are %s', (style) => {
    const [table] = recognise(style);
    expect(indicatorLines(table)).toEqual(NATIONAL_LINES);
    expect(table.indicators.every((i) => i.applicable && !i.placeholder && i.notApplicableReason === null)).toBe(true);
  });

  it('gives identical tables whatever the level style', () => {
    const [merged] = recognise('merged');
    for (const style of ['blank', 'repeated'] as const) {
      const [other] = recognise(style);
      expect(other.indicators).toEqual(merged.indicators);
      expect(other.total).toEqual(merged.total);
      expect(other.budget).toEqual(merged.budget);
    }
  });

  it('starts a new level 2 when level 1 changes even if level 2 is blank there', () => {
    // 效益指标 row with its 二级指标 left empty must not inherit 成本指标 from the row above.
    const layout = nationalLayout('blank');
    layout.rows[17][2] = null; // row 18: 效益指标 / (blank) / 减轻残疾人家庭照护负担
    const [table] = recognizeTables(sheetOf([{ layout, at: 'A1' }]));
    expect(indicatorLines(table)[5]).toBe('18 效益指标//减轻残疾人家庭照护负担');
    expect(indicatorLines(table)[6]).toBe('19 效益指标//残疾人就业人数');
  });
});

/**
 * Recognition stays linear (SPEC §8): a 5,000-indicator table and a 100,000-row sheet with no table both
 * finish and give the right counts. No wall-clock asserts: a quadratic recogniser would time the test out.
 */
import { Grid, type GridCell } from '../../../src/core/grid';
import { recognizeTables } from '../../../src/core/recognize';
import { skippedSheet } from '../../../src/core/recognize/skipped';
import { describeTable } from './describe';

type Cell = [number, number, GridCell];
const text = (row: number, col: number, value: string | number): Cell => [row, col, { value }];

function bigTable(indicators: number): Grid {
  const cells: Cell[] = [
    text(0, 0, '项目支出绩效自评表'),
    text(1, 0, '项目名称'),
    text(1, 3, '大表项目'),
    ...['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((h, c) => text(2, c, h)),
  ];
  for (let i = 0; i < indicators; i++) {
    const row = 3 + i;
    if (i % 500 === 0) cells.push(text(row, 1, i < indicators / 2 ? '产出指标' : '效益指标'));
    if (i % 50 === 0) cells.push(text(row, 2, `二级${i / 50}`));
    cells.push(text(row, 3, `指标${i + 1}`), text(row, 4, '≥10人'), text(row, 5, '12人'), text(row, 6, 0.02), text(row, 7, 0.02));
  }
  cells.push(text(3 + indicators, 0, '总分'), text(3 + indicators, 6, 100), text(3 + indicators, 7, 100));
  // The 绩效指标 label merged down the whole block, as in the real form.
  return new Grid('大表', cells, [{ top: 2, left: 0, bottom: 2 + indicators, right: 0 }]);
}

describe('recognition at scale', () => {
  it('reads a 5,000-indicator table completely', () => {
    const [table, ...rest] = recognizeTables(bigTable(5000));
    expect(rest).toHaveLength(0);
    const d = describeTable(table);
    expect([d.headerRow, d.firstIndicatorRow, d.lastIndicatorRow, d.indicatorCount, d.applicableCount]).toEqual([3, 4, 5003, 5000, 5000]);
    expect(d.total).toEqual({ labelCell: 'A5004', weight: 'G5004', score: 'H5004', gradeCell: 'I5004' });
    expect(d.range).toBe('A1:I5004');
    expect(table.indicators[2499]).toMatchObject({ level1: '产出指标', level2: '二级49', name: '指标2500' });
    expect(table.indicators[4999]).toMatchObject({ level1: '效益指标', level2: '二级99', name: '指标5000' });
  });

  it('finds no table in a 100,000-row data sheet, even with a stray cell in the last Excel column', () => {
    const cells: Cell[] = [text(0, 16383, '备注')];
    for (let r = 1; r <= 100000; r++) cells.push(text(r, 0, r), text(r, 1, `单位${r % 97}`), text(r, 2, r * 1.5), text(r, 3, '完成'));
    const grid = new Grid('汇总', cells);
    expect(grid.rowCount).toBe(100001);
    expect(grid.colCount).toBe(16384);
    expect(recognizeTables(grid)).toEqual([]);
    expect(skippedSheet(grid).finding.code).toBe('TABLE_NOT_FOUND');
  });
});

/** Indicator headers over two rows: a group row with words merged down, and words split over the rows. */
import { recognizeTables } from '../../../src/core/recognize';
import { describeTable } from './describe';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';

const INDICATORS: CellInput[][] = [
  [null, '产出指标', '数量指标', '培训人数', '≥100人', '120人', 60, 60],
  [null, '效益指标', '社会效益指标', '受益人数', '≥50人', '50人', 40, 40],
  [null, '总分', null, null, null, null, 100, 100],
];

describe('a group row over the header, its single words merged down', () => {
  // Row 1: 绩效指标 over B:D, 指标值 over E:F, 分值 / 得分 / 偏差原因 merged down to row 2.
  const grid = gridOf(
    [
      [null, '绩效指标', null, null, '指标值', null, '分值', '得分', '偏差原因分析及改进措施'],
      [null, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ...INDICATORS,
    ],
    ['B1:D1', 'E1:F1', 'G1:G2', 'H1:H2', 'I1:J2'],
  );

  it('finds the weight, score and reason columns in the covered cells; the header starts at the group row', () => {
    const [table, ...rest] = recognizeTables(grid);
    expect(rest).toEqual([]);
    const d = describeTable(table);
    expect(d.columns).toEqual({ level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' });
    expect([d.headerRow, d.firstIndicatorRow, d.lastIndicatorRow, d.applicableCount]).toEqual([1, 3, 4, 2]);
    expect(d.total).toEqual({ labelCell: 'B5', weight: 'G5', score: 'H5', gradeCell: 'I5' });
    expect(d.findings).toEqual([]);
  });

  it('takes a merged-down word left of the header too (一级指标 over both rows)', () => {
    const left = gridOf(
      [
        [null, '一级指标', '指标内容', null, '指标值', null, '分值'],
        [null, null, '二级指标', '三级指标', '年度指标值', '实际完成值'],
        [null, '产出指标', '数量指标', '培训人数', '≥100人', '120人', 100],
      ],
      ['B1:B2', 'C1:D1', 'E1:F1', 'G1:G2'],
    );
    const d = describeTable(recognizeTables(left)[0]);
    expect(d.columns).toEqual({ level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G' });
    expect([d.headerRow, d.firstIndicatorRow]).toEqual([1, 3]);
  });

  it('leaves a header whose own row has the word alone: a merge from above does not replace it', () => {
    const own = gridOf(
      [
        [null, '绩效指标', null, null, '分值'],
        [null, '三级指标', '年度指标值', '实际完成值', null, '分值', '得分'],
        [null, '培训人数', '≥100人', '120人', null, 100, 100],
      ],
      ['B1:D1', 'E1:E2'],
    );
    const d = describeTable(recognizeTables(own)[0]);
    expect(d.columns).toEqual({ name: 'B', target: 'C', actual: 'D', weight: 'F', score: 'G' });
    expect(d.headerRow).toBe(2);
  });
});

describe('header words split over two rows', () => {
  const header: CellInput[][] = [
    [null, '一级', '二级', '三级', '年度', '实际', '分值', '得分', '偏差原因分析'],
    [null, '指标', '指标', '指标', '指标值', '完成值', null, null, '及改进措施'],
  ];
  const merges = ['G1:G2', 'H1:H2', 'I1:J1', 'I2:J2'];

  it('joins each column top then bottom, through the words merged down both rows', () => {
    const [table, ...rest] = recognizeTables(gridOf([...header, ...INDICATORS], merges));
    expect(rest).toEqual([]);
    const d = describeTable(table);
    expect(d.columns).toEqual({ level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' });
    expect([d.headerRow, d.firstIndicatorRow, d.lastIndicatorRow, d.applicableCount]).toEqual([1, 3, 4, 2]);
    expect(d.total).toEqual({ labelCell: 'B5', weight: 'G5', score: 'H5', gradeCell: 'I5' });
    expect(d.range).toBe('B1:J5');
  });

  it('starts at the split header, not at the title row above it', () => {
    const titled = gridOf([['项目支出绩效自评表'], ...header, ...INDICATORS], ['A1:J1', ...merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 1)))]);
    const d = describeTable(recognizeTables(titled)[0]);
    expect([d.headerRow, d.firstIndicatorRow, d.range]).toEqual([2, 4, 'A1:J6']);
  });

  it('finds two split headers side by side as two tables', () => {
    const row = (r: CellInput[]) => [...r, null, ...r];
    const grid = gridOf([row(header[0]), row(header[1]), ...INDICATORS.map(row)]);
    const tables = recognizeTables(grid).map(describeTable);
    expect(tables.map((t) => [t.columns.name, t.columns.score, t.applicableCount])).toEqual([
      ['D', 'H', 2],
      ['N', 'R', 2],
    ]);
  });

  it('needs a word that only the join makes: two rows of whole words in different columns are no header', () => {
    const staggered = gridOf([
      ['三级指标', null, '备注'],
      [null, '年度指标值', null],
      ['培训人数', '≥100人', null],
    ]);
    expect(recognizeTables(staggered)).toEqual([]);
  });

  it('does not join data rows into a header (a plain table under one header row reads the same)', () => {
    const plain = gridOf([[null, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], ...INDICATORS]);
    const d = describeTable(recognizeTables(plain)[0]);
    expect([d.headerRow, d.firstIndicatorRow, d.applicableCount]).toEqual([1, 2, 2]);
  });
});

/** SPEC §1 / §1.2: tables anywhere in the sheet, header texts as clerks type them, and every header synonym. */
import { recognizeTables } from '../../../src/core/recognize';
import { describeTable, indicatorLines } from './describe';
import { NATIONAL_LINES, nationalLayout, sheetOf, type Layout } from './layouts';

const HEADER_ROW = 11; // index of the indicator header in nationalLayout().rows (sheet row 12)

/** The national layout with some header texts replaced (by 0-based column of the layout). */
function withHeaders(texts: Record<number, string>, budgetTexts: Record<number, string> = {}): Layout {
  const layout = nationalLayout('merged');
  for (const [col, text] of Object.entries(texts)) layout.rows[HEADER_ROW][Number(col)] = text;
  for (const [col, text] of Object.entries(budgetTexts)) layout.rows[4][Number(col)] = text;
  return layout;
}

describe('a table at B3 under a 填报单位 line', () => {
  const layout = withHeaders(
    { 1: '一级\n指标', 2: '二 级 指 标', 3: '三级指标　', 4: '年度\n指标值(A)', 5: '实际完成值（B）', 6: '分值(100分)', 7: '得 分\n（100分）', 8: '偏差原因分析\n及改进措施' },
    { 3: '年初\n预算数', 4: '全年预算数（A）', 5: '全年执行数（B）', 6: '分 值', 7: '执行率\n（B/A）', 8: '得分（10分）' },
  );
  const sheet = sheetOf([
    { layout: { rows: [[null, '填报单位（盖章）：天长市水利局　　　　填报日期：2023年3月']], merges: ['B1:K1'] }, at: 'A2' },
    { layout, at: 'B3' },
  ]);

  it('finds every column through spaces, line breaks, full-width brackets and (A)/（B）/(100分) suffixes', () => {
    const [table, ...rest] = recognizeTables(sheet);
    expect(rest).toHaveLength(0);
    const d = describeTable(table);
    expect(d.headerRow).toBe(14);
    expect(d.columns).toEqual({ level1: 'C', level2: 'D', name: 'E', target: 'F', actual: 'G', weight: 'H', score: 'I', reason: 'J' });
    expect(d.budget).toMatchObject({ row: 8, labelCell: 'C8', planned: 'E8', adjusted: 'F8', executed: 'G8', weight: 'H8', rate: 'I8', score: 'J8' });
    expect(d.budget!.lines).toEqual(['9:其中:当年财政拨款', '10:上年结转资金', '11:其他资金']);
    expect(d.total).toEqual({ labelCell: 'B24', weight: 'H24', score: 'I24', gradeCell: 'J24' });
    expect([d.firstIndicatorRow, d.lastIndicatorRow, d.applicableCount]).toEqual([15, 23, 9]);
    expect(d.name).toBe('2022年残疾人托养服务市级补助经费');
    expect(d.nameCell).toBe('E5');
    expect(d.range).toBe('B3:K24');
    expect(d.findings).toEqual([]);
  });

  it('keeps the level names and rows, shifted by one row and one column', () => {
    const [table] = recognizeTables(sheet);
    const shifted = NATIONAL_LINES.map((l) => l.replace(/^(\d+)/, (n) => String(Number(n) + 2)));
    expect(indicatorLines(table)).toEqual(shifted);
    expect(table.indicators[0]).toMatchObject({ row: 14, level1: '产出指标' });
  });
});

describe('header synonyms (SPEC §1.2)', () => {
  const roleAt = (layout: Layout) => describeTable(recognizeTables(sheetOf([{ layout, at: 'A1' }]))[0]).columns;

  it.each(['年度指标值', '年初目标值', '年初指标值', '指标值', '全年指标值', '目标值'])('%s is the target column', (text) => {
    expect(roleAt(withHeaders({ 4: text }))).toMatchObject({ name: 'D', target: 'E', actual: 'F' });
  });

  it.each(['实际完成值', '全年实际值', '全年完成值', '实际值', '完成值'])('%s is the actual column', (text) => {
    expect(roleAt(withHeaders({ 5: text }))).toMatchObject({ target: 'E', actual: 'F', weight: 'G' });
  });

  it.each(['分值', '权重', '指标权重', '指标分值'])('%s is the weight column', (text) => {
    expect(roleAt(withHeaders({ 6: text }))).toMatchObject({ actual: 'F', weight: 'G', score: 'H' });
  });

  it.each(['得分', '自评得分', '指标得分'])('%s is the score column', (text) => {
    expect(roleAt(withHeaders({ 7: text }))).toMatchObject({ weight: 'G', score: 'H', reason: 'I' });
  });

  it.each(['偏差原因分析及改进措施', '偏差原因', '未完成原因及拟采取的改进措施'])('%s is the reason column', (text) => {
    const columns = roleAt(withHeaders({ 8: text }));
    expect(columns.reason).toBe('I');
    expect(columns.measures).toBeUndefined();
  });

  it('偏差原因分析 + 改进措施 are two columns: reason and measures', () => {
    const layout = withHeaders({ 8: '偏差原因分析', 9: '改进措施' });
    layout.merges = layout.merges.filter((m) => !/^I\d+:J\d+$/.test(m) || m === 'I22:J22');
    const [table] = recognizeTables(sheetOf([{ layout, at: 'A1' }]));
    const d = describeTable(table);
    expect(d.columns).toMatchObject({ score: 'H', reason: 'I', measures: 'J' });
    expect(d.range).toBe('A1:J22');
    expect(d.applicableCount).toBe(9);
  });

  it('reads the same indicators whatever synonyms the header uses', () => {
    const plain = recognizeTables(sheetOf([{ layout: nationalLayout('merged'), at: 'A1' }]))[0];
    const synonyms = recognizeTables(
      sheetOf([{ layout: withHeaders({ 4: '年初指标值', 5: '全年完成值', 6: '指标权重', 7: '指标得分', 8: '偏差原因' }), at: 'A1' }]),
    )[0];
    expect(synonyms.indicators).toEqual(plain.indicators);
    expect(synonyms.total).toEqual(plain.total);
    expect(synonyms.columns).toEqual(plain.columns);
  });
});

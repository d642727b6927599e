import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { Grid, toA1 } from '../../../src/core/grid';
import { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, SEVERITY_FILL, type PlannedSheet } from '../../../src/core';
import { wrappedLines, lineHeight } from '../../../src/core/review/textHeight';
import { COLUMNS } from '../../../src/core/review/tableBlock';
import { fixture } from '../../helpers/fixtures';

async function gridOfFixture(file: string, sheet?: string): Promise<{ grid: Grid; names: string[] }> {
  const { grids } = await readWorkbookFile(fixture(file));
  return { grid: sheet ? grids.find((g) => g.sheet === sheet)! : grids[0], names: grids.map((g) => g.sheet) };
}

function reviewOf(grid: Grid, names: string[] = [grid.sheet]): PlannedSheet {
  const plan = planSheet(grid, scoreGrid(grid, NATIONAL), DEFAULT_PLAN_OPTIONS, { date: '2026-12-01', sheetNames: names });
  expect(plan.sheets).toHaveLength(1);
  return plan.sheets![0];
}

/** The sheet's text as rows of cells (A1 → value), for reading assertions. */
function rowsOf(sheet: PlannedSheet): Map<number, Map<number, string | number>> {
  const rows = new Map<number, Map<number, string | number>>();
  for (const c of sheet.cells) if (c.value !== '') (rows.get(c.row) ?? rows.set(c.row, new Map()).get(c.row)!).set(c.col, c.value);
  return rows;
}
const rowWith = (sheet: PlannedSheet, col: number, value: string) => [...rowsOf(sheet)].find(([, cells]) => cells.get(col) === value)?.[1];

describe('the 复核表 of national-problems (reported 100, recomputed 96.2)', () => {
  let sheet: PlannedSheet;
  beforeAll(async () => {
    const { grid, names } = await gridOfFixture('national-problems.xlsx', '2023自评');
    sheet = reviewOf(grid, names);
  });

  it('is named after its sheet, inserted after it, and prints A4 landscape one page wide with the header repeated', () => {
    expect(sheet.name).toBe('复核表-2023自评');
    expect(sheet.after).toBe('2023自评');
    expect(sheet.page).toEqual({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, titleRows: { first: 3, last: 3 } });
    const header = rowsOf(sheet).get(3)!;
    expect([...header.values()]).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分', '复核得分', '差异', '复核依据', '问题']);
  });

  it('titles the table with its project, the profile and its source, and the date', () => {
    const rows = rowsOf(sheet);
    expect(rows.get(0)!.get(0)).toBe('2023年度残疾人事业综合经费 项目支出绩效自评表复核表');
    const subtitle = String(rows.get(1)!.get(0));
    expect(subtitle).toContain('全国通用（财预〔2020〕10号）');
    expect(subtitle).toContain(NATIONAL.source);
    expect(subtitle).toContain('复核日期：2026-12-01');
  });

  it('puts the budget line and every indicator side by side: 分值, 自评得分, 复核得分, 差异', () => {
    // 执行率 2794.69 / 3660.83 = 76.34 %: 10 × 76.34 % = 7.63 against the unit's 10.
    const budget = rowWith(sheet, 2, '预算执行率')!;
    expect([5, 6, 7, 8].map((c) => budget.get(c))).toEqual([10, 10, 7.63, -2.37]);
    expect(budget.get(4)).toContain('执行率76.34%');
    // 120 of 140 人: 10 × 120 / 140 = 8.57.
    const training = rowWith(sheet, 2, '残疾人农村实用技术培训人数')!;
    expect([3, 4, 5, 6, 7, 8].map((c) => training.get(c))).toEqual(['140人', '120人', 10, 10, 8.57, -1.43]);
    expect(training.get(9)).toContain('10 × 120 / 140 = 8.57');
    // The unit claimed 16 of 15.
    const petitions = rowWith(sheet, 2, '非法赴市、赴省、赴京上访事件')!;
    expect([5, 6, 7, 8].map((c) => petitions.get(c))).toEqual([15, 16, 15, -1]);
    expect(petitions.get(10)).toContain('H20：自评得分16分超过该指标分值15分。');
    // Ten indicators (D13:D21 minus none) plus the budget line, one row each.
    const body = [...rowsOf(sheet)].filter(([r, cells]) => r > 3 && typeof cells.get(7) === 'number' && r < 14);
    expect(body).toHaveLength(10);
  });

  it('gives the totals, the grade and its basis', () => {
    const total = rowWith(sheet, 0, '合计（自评总分 / 复核总分）')!;
    expect([5, 6, 7, 8].map((c) => total.get(c))).toEqual([100, 100, 96.2, -3.8]);
    expect(total.get(9)).toBe('预算执行率得分7.63分 + 各项指标得分88.57分 = 96.2分');
    expect(String(total.get(10))).toContain('H22：填报总分100分，但各项自评得分（含预算执行率得分）合计为101分。');
    expect(rowWith(sheet, 0, '评价等级')!.get(5)).toBe('优');
    expect(rowWith(sheet, 0, '评价等级')!.get(9)).toBe('复核总分96.2分，评为“优”（≥90分）。');
  });

  it('colours each 问题 cell by its worst finding and explains the colours in one line', () => {
    const h20row = sheet.cells.find((c) => c.col === 10 && String(c.value).startsWith('H20：'))!;
    expect(h20row.style?.fill).toBe(SEVERITY_FILL.error);
    const h15row = sheet.cells.find((c) => c.col === 10 && String(c.value).startsWith('F15：'))!;
    expect(h15row.style?.fill).toBe(SEVERITY_FILL.warning);
    const legend = rowsOf(sheet).get(2)!;
    expect([legend.get(0), legend.get(1), legend.get(2), legend.get(3)]).toEqual(['颜色说明', '错误', '警告', '提示']);
    expect(sheet.cells.find((c) => c.row === 2 && c.col === 1)!.style?.fill).toBe(SEVERITY_FILL.error);
  });

  it('sets every row tall enough for its wrapped text, so nothing overlaps on paper', () => {
    const merged = new Map(sheet.merges.map((m) => [m.split(':')[0], m]));
    for (const c of sheet.cells) {
      if (typeof c.value !== 'string' || c.value === '' || !c.style?.wrap) continue;
      const m = merged.get(toA1(c.row, c.col));
      const lastCol = m ? m.split(':')[1].replace(/\d+/g, '').charCodeAt(0) - 65 : c.col;
      let width = 0;
      for (let col = c.col; col <= lastCol; col++) width += COLUMNS[col].width;
      const size = c.style.fontSize ?? 10;
      const needed = wrappedLines(c.value, width, size) * lineHeight(size);
      expect(sheet.rowHeights[c.row]).toBeGreaterThanOrEqual(needed);
    }
    // The 问题 cell of the petitions row holds two findings of ~25 characters in a 34-wide column: ≥ 4 lines.
    const petitionsRow = sheet.cells.find((c) => c.col === 2 && c.value === '非法赴市、赴省、赴京上访事件')!.row;
    expect(sheet.rowHeights[petitionsRow]).toBeGreaterThanOrEqual(4 * lineHeight(10));
  });
});

describe('a total on the wrong base (SPEC §3.1)', () => {
  it('is not graded: totalOf100 as information, the basis says why, the 复核表 says 不评级', async () => {
    const { grid } = await gridOfFixture('national-problems.xlsx', '2023自评');
    // 残疾人精准康复服务率 (row 19) weighs 5 instead of 15: the weights add up to 90, the total drops by 10 to 86.2.
    const data = grid.toJSON();
    data.cells = data.cells.map(([r, c, cell]) => (r === 18 && c === 6 ? [r, c, { value: 5 }] : [r, c, cell]));
    const wrong = Grid.fromJSON(data);
    const ev = scoreGrid(wrong, NATIONAL).tables[0].evaluation;
    expect(ev.weightTotal).toBe(90);
    expect(ev.total).toBe(86.2);
    expect(ev.grade).toBeNull();
    expect(ev.totalOf100).toBe(95.78); // 86.2 × 100 / 90
    expect(ev.gradeBasis).toBe('各项分值合计90分，不等于总分100分，复核总分86.2分不评定等级；折合100分制为95.78分，仅供参考。');
    expect(ev.findings.map((f) => f.code)).toContain('WEIGHT_SUM');
    const sheet = reviewOf(wrong);
    expect(rowWith(sheet, 0, '评价等级')!.get(5)).toBe('不评级（折合百分制95.78分，仅供参考）');
    // No grade goes into the unit's sheet either.
    const plan = planSheet(wrong, scoreGrid(wrong, NATIONAL), DEFAULT_PLAN_OPTIONS);
    expect(plan.changes.filter((c) => c.kinds.includes('grade'))).toEqual([]);
  });

  it('keeps grading a total whose weights add up to 100', async () => {
    const { grid } = await gridOfFixture('national-problems.xlsx', '2023自评');
    const ev = scoreGrid(grid, NATIONAL).tables[0].evaluation;
    expect(ev).toMatchObject({ weightTotal: 100, total: 96.2, grade: '优', totalOf100: null });
  });
});

describe('several tables and several sheets', () => {
  it('stacks the tables of one sheet, each with its own title, and names every sheet distinctly', async () => {
    const { readWorkbookFile: read } = await import('../../../src/hosts/xlsx');
    const { grids } = await read(fixture('multi-sheet-variants.xlsx'));
    const names = grids.map((g) => g.sheet);
    const sheets = grids.flatMap((g) => planSheet(g, scoreGrid(g, NATIONAL), DEFAULT_PLAN_OPTIONS, { sheetNames: names }).sheets ?? []);
    expect(sheets.length).toBeGreaterThan(1);
    expect(new Set(sheets.map((s) => s.name)).size).toBe(sheets.length);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(names).toContain(s.after);
      const tables = scoreGrid(grids.find((g) => g.sheet === s.after)!, NATIONAL).tables.length;
      const titles = s.cells.filter((c) => c.col === 0 && c.style?.fontSize === 14);
      expect(titles).toHaveLength(tables);
    }
  });

  it('writes no 复核表 when the option is off, or for a sheet without a table', async () => {
    const { grid } = await gridOfFixture('national-problems.xlsx', '2023自评');
    expect(planSheet(grid, scoreGrid(grid, NATIONAL), { ...DEFAULT_PLAN_OPTIONS, reviewSheet: false }).sheets).toBeUndefined();
    const notes = new Grid('填报说明', [[0, 0, { value: '请按要求填写' }]]);
    expect(planSheet(notes, scoreGrid(notes, NATIONAL), DEFAULT_PLAN_OPTIONS).sheets).toBeUndefined();
  });

  it('never scores a 复核表 as a unit table when a scored copy is scored again', async () => {
    const { grid } = await gridOfFixture('national-problems.xlsx', '2023自评');
    const sheet = reviewOf(grid);
    const asGrid = new Grid(sheet.name, sheet.cells.filter((c) => c.value !== '').map((c) => [c.row, c.col, { value: c.value }]));
    const again = scoreGrid(asGrid, NATIONAL);
    expect(again.tables).toEqual([]);
    expect(again.skipped?.finding).toMatchObject({ code: 'TABLE_NOT_FOUND', severity: 'info' });
    expect(again.skipped?.reason).toContain('复核表');
  });
});

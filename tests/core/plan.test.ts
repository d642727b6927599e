import { readWorkbookFile } from '../../src/hosts/xlsx';
import { Grid } from '../../src/core/grid';
import { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, SEVERITY_FILL, REVIEW_FONT_COLOR, type WritePlan } from '../../src/core';
import { fixture } from '../helpers/fixtures';

async function planFor(file: string, sheet: string, options = DEFAULT_PLAN_OPTIONS): Promise<{ grid: Grid; plan: WritePlan }> {
  const { grids } = await readWorkbookFile(fixture(file));
  const grid = grids.find((g) => g.sheet === sheet)!;
  return { grid, plan: planSheet(grid, scoreGrid(grid, NATIONAL), options) };
}
const at = (plan: WritePlan, cell: string) => plan.changes.find((c) => c.cell === cell);

describe('planWrites on national-problems (reported scores present)', () => {
  it('fills only empty cells by default: grade beside the total, commentary into empty reason cells', async () => {
    const { grid, plan } = await planFor('national-problems.xlsx', '2023自评');
    // Reported scores stay: H15 (10, recomputed 8.57) and the total H22 (100, recomputed 96.2) are not written.
    expect(at(plan, 'H15')?.value).toBeUndefined();
    expect(at(plan, 'H22')?.value).toBeUndefined();
    expect(at(plan, 'I6')?.value).toBeUndefined();
    // The grade goes into I22, the empty (merged I22:J22) cell right of the total score.
    expect(at(plan, 'I22')).toMatchObject({ value: '优', kinds: expect.arrayContaining(['grade']) });
    // I13 is empty and 1400 vs 1100 人次 deviates 27.27 %: our commentary goes there, marked as ours (SPEC §6.2).
    expect(at(plan, 'I13')).toMatchObject({
      value: '【复核】实际完成1400人次，较年度指标值1100人次超出300人次（27.27%），偏差较大，请分析年初指标值设定是否偏低。',
      fontColor: REVIEW_FONT_COLOR,
      wrap: true,
    });
    // I15 holds the unit's own reason: it is never overwritten.
    expect(at(plan, 'I15')?.value).toBeUndefined();
    for (const change of plan.changes) {
      if (change.value === undefined) continue;
      const before = grid.text(change.row, change.col);
      expect(before === '' || /^[优良中差]$/.test(before)).toBe(true);
    }
  });

  it('marks problem cells with the most severe fill and one note line per finding', async () => {
    const { plan } = await planFor('national-problems.xlsx', '2023自评');
    const h20 = at(plan, 'H20')!; // 16 > 15 (error) and 16 ≠ 15 (warning)
    expect(h20.fill).toBe(SEVERITY_FILL.error);
    expect(h20.note).toContain('自评得分16分超过该指标分值15分');
    expect(h20.note).toContain('复核得分15分');
    expect(at(plan, 'F15')?.fill).toBe(SEVERITY_FILL.warning);
    // Info findings (执行率 below 90 %) get no fill.
    expect(at(plan, 'H6')?.fill).toBeUndefined();
  });

  it('overwrites reported scores only when asked, and then exactly those that differ', async () => {
    const { plan } = await planFor('national-problems.xlsx', '2023自评', { ...DEFAULT_PLAN_OPTIONS, overwriteScores: true });
    expect(at(plan, 'H15')?.value).toBe(8.57);
    expect(at(plan, 'H20')?.value).toBe(15);
    expect(at(plan, 'I6')?.value).toBe(7.63);
    expect(at(plan, 'H22')?.value).toBe(96.2);
    expect(at(plan, 'H13')?.value).toBeUndefined(); // 10 = 10: nothing to write
  });

  it('writes nothing but the grade when marks and commentary are off and scores agree', async () => {
    const { plan } = await planFor('national-kunming-2022.xlsx', '自评表', { overwriteScores: true, writeCommentary: false, markCells: false, reviewSheet: false });
    expect(plan.changes.map((c) => [c.cell, c.value])).toEqual([['I20', '优']]);
  });
});

describe('planWrites on a table whose score cells are empty', () => {
  it('fills every empty score cell and the total with the recomputed numbers', async () => {
    const { grids } = await readWorkbookFile(fixture('yunnan-lijiang-2020.xlsx'));
    const grid = grids[0];
    // Blank the reported scores (J13:J18) in a copy of the grid.
    const data = grid.toJSON();
    data.cells = data.cells.filter(([r, c]) => !(c === 9 && r >= 12 && r <= 17));
    const blank = new (grid.constructor as typeof Grid)(data.sheet, data.cells, data.merges);
    const plan = planSheet(blank, scoreGrid(blank, NATIONAL), DEFAULT_PLAN_OPTIONS);
    expect(['J13', 'J14', 'J15', 'J16', 'J17', 'J18'].map((c) => at(plan, c)?.value)).toEqual([10, 20, 20, 30, 10, 100]);
  });
});

describe('planWrites on a table missing a required column', () => {
  it('writes no scores, total or grade, but still marks the problem', () => {
    // National layout without the 实际完成值 column: indicators cannot be checked.
    const rows: Array<Array<string | number | null>> = [
      ['项目名称', '缺列项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人数', '≥100人', 60, null],
      ['效益指标', '社会效益指标', '就业率', '≥60%', 40, null],
      ['总分', null, null, null, 100, null],
    ];
    const cells = rows.flatMap((row, r) => row.flatMap((value, c) => (value === null ? [] : [[r, c, { value }] as [number, number, { value: string | number }]])));
    const grid = new Grid('缺列', cells);
    const score = scoreGrid(grid, NATIONAL);
    expect(score.tables[0].evaluation).toMatchObject({ total: null, grade: null });
    const plan = planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
    expect(plan.changes.filter((c) => c.value !== undefined)).toEqual([]);
    expect(plan.changes.find((c) => c.cell === 'A2')).toMatchObject({ fill: SEVERITY_FILL.error, note: expect.stringContaining('实际完成值') });
  });
});

describe('re-scoring a reason cell that holds ziping\'s 【复核】 text (SPEC §6.2)', () => {
  async function withReason(text: string): Promise<{ grid: Grid; plan: WritePlan; codes: string[] }> {
    const { grids } = await readWorkbookFile(fixture('national-problems.xlsx'));
    const data = grids.find((g) => g.sheet === '2023自评')!.toJSON();
    // I13 (row 12, column 8): 1400 of 1100 人次 needs an explanation.
    data.cells = [...data.cells.filter(([r, c]) => !(r === 12 && c === 8)), [12, 8, { value: text }]];
    data.cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const grid = Grid.fromJSON(data);
    const score = scoreGrid(grid, NATIONAL);
    const codes = score.tables[0].evaluation.findings.filter((f) => f.cell === 'I13').map((f) => f.code);
    return { grid, plan: planSheet(grid, score, DEFAULT_PLAN_OPTIONS), codes };
  }
  const commentary = '实际完成1400人次，较年度指标值1100人次超出300人次（27.27%），偏差较大，请分析年初指标值设定是否偏低。';

  it('only ziping\'s text: counts as empty (REASON_MISSING) and is replaced by the current commentary', async () => {
    const { plan, codes } = await withReason('【复核】实际完成1300人次，较年度指标值1100人次超出200人次（18.18%）。');
    expect(codes).toEqual(['REASON_MISSING']);
    expect(at(plan, 'I13')?.value).toBe(`【复核】${commentary}`);
  });

  it('the unit wrote beside ziping\'s line: its words count and stay, ours leave the cell and become a note', async () => {
    const { plan, codes } = await withReason('【复核】旧的复核说明。\n受益人群扩大，实际服务人次增加。');
    expect(codes).toEqual([]);
    expect(at(plan, 'I13')).toMatchObject({ value: '受益人群扩大，实际服务人次增加。', note: `偏差说明（建议）：${commentary}` });
  });

  it('a reason of the unit alone is never touched', async () => {
    const { plan, codes } = await withReason('受益人群扩大。');
    expect(codes).toEqual([]);
    expect(at(plan, 'I13')?.value).toBeUndefined();
  });
});

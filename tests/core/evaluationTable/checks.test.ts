/** The arithmetic checks of SPEC §9 one by one, on small inline tables. */
import { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, SEVERITY_FILL, type EvaluationTableResult, type Profile } from '../../../src/core';
import { PROFILES } from '../../../src/core/rules/profile';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';

const HEADER = ['一级指标', '三级指标', '评价标准', '分值', '得分'];

function scoring(rows: CellInput[][]): CellInput[][] {
  return [HEADER, ...rows];
}

function evaluate(rows: CellInput[][], profile: Profile = NATIONAL): EvaluationTableResult {
  const score = scoreGrid(gridOf(rows), profile);
  expect(score.evaluationTables).toHaveLength(1);
  return score.evaluationTables[0].evaluation;
}

const codes = (t: EvaluationTableResult) => t.findings.map((f) => [f.code, f.cell]);

describe('SCORE_EXCEEDS_WEIGHT', () => {
  it('flags a 得分 above its 分值 at the score cell, and accepts one equal to it', () => {
    const t = evaluate(scoring([
      ['决策(20分)', '立项依据', '见标准', 10, 10],
      [null, '绩效目标', '见标准', 10, 12],
    ]));
    expect(codes(t)).toEqual([['SCORE_EXCEEDS_WEIGHT', 'E3']]);
    expect(t.findings[0].message).toContain('12分超过其分值10分');
  });
});

describe('WEIGHT_SUM', () => {
  const rows = (w: number): CellInput[][] => scoring([
    ['决策', '立项依据', '', 20, 18],
    ['过程', '资金管理', '', 20, 19],
    ['产出', '产出数量', '', 30, 28],
    ['效益', '社会效益', '', w, 25],
  ]);

  it('needs the weights of a whole evaluation (several 一级指标) to add up to 100', () => {
    const t = evaluate(rows(25));
    expect(codes(t)).toEqual([['WEIGHT_SUM', null]]);
    expect(t.findings[0].message).toContain('95分');
    expect(t.grade).toBeNull();
    expect(evaluate(rows(30)).findings).toEqual([]);
    expect(evaluate(rows(30)).grade).toBe('优'); // 90 of 100
  });

  it('reads a 合计 line that states another total than 100 as WEIGHT_SUM at its 分值', () => {
    const t = evaluate([...rows(25), ['合计', null, null, 95, 90]]);
    expect(codes(t)).toEqual([['WEIGHT_SUM', 'D6']]);
  });
});

describe('a header printed again at the top of a page', () => {
  it('continues the table: the 合计 covers the rows on both pages', () => {
    const t = evaluate(scoring([
      ['决策(20分)', '立项依据', '', 10, 10],
      [null, '绩效目标', '', 10, 9],
      HEADER,
      ['产出(80分)', '产出数量', '', 80, 78],
      ['合计', null, null, 100, 97],
    ]));
    expect(t.items).toHaveLength(3);
    expect(t.range).toBe('A1:E6');
    expect(t.findings).toEqual([]);
  });
});

describe('小计 lines', () => {
  it('checks a 小计 in the name column against the items of its group only', () => {
    const t = evaluate(scoring([
      ['决策(20分)', '立项依据', '', 10, 10],
      [null, '绩效目标', '', 10, 8],
      [null, '小计', '', 20, 17], // 10 + 8 = 18
      ['产出(80分)', '产出数量', '', 40, 40],
      [null, '产出质量', '', 40, 40],
      [null, '小计', '', 80, 80],
      ['合计', null, null, 100, 98],
    ]));
    expect(codes(t)).toEqual([['SUBTOTAL_MISMATCH', 'E4']]);
    expect(t.findings[0].message).toContain('17分，不等于上方各项得分合计18分');
    expect(t.items.map((i) => i.name)).toEqual(['立项依据', '绩效目标', '产出数量', '产出质量']);
  });
});

describe('RATE_MISMATCH in a summary by rows', () => {
  it('compares each 得分率 and the 合计 rate with 得分 ÷ 分值, to 0.01 %', () => {
    const t = evaluate([
      ['一级指标', '分值', '得分', '得分率'],
      ['决策', 20, 18, { value: 0.9, format: '0.00%' }],
      ['过程', 30, 29, '96.67%'], // 96.666… rounds to 96.67 %: within 0.01 %
      ['产出', 50, 45, '95%'],
      ['合计', 100, 92, { value: 0.93, format: '0%' }],
    ]);
    expect(codes(t)).toEqual([
      ['RATE_MISMATCH', 'D4'],
      ['RATE_MISMATCH', 'D5'],
    ]);
    expect(t.findings[0].message).toContain('应为90.00%');
    expect(t.findings[1].message).toContain('应为92.00%');
  });
});

describe('GRADE_MISMATCH under the profile’s bands', () => {
  const summary = (total: number, grade: string): CellInput[][] => [
    ['评价准则', '准则分值', '评价得分'],
    ['投入', 50, total / 2],
    ['产出', 50, total / 2],
    ['综合绩效', 100, total],
    ['评价等级', null, grade],
  ];

  it('reads 优秀/良好/一般/较差 as the four grades', () => {
    expect(evaluate(summary(85, '良好')).findings).toEqual([]);
    expect(codes(evaluate(summary(85, '优秀')))).toEqual([['GRADE_MISMATCH', 'C5']]);
  });

  it('grades 65 as 中 nationally and as 差 under 喀什 (中 from 70)', () => {
    expect(evaluate(summary(65, '中')).findings).toEqual([]);
    expect(codes(evaluate(summary(65, '中'), PROFILES.kashgar))).toEqual([['GRADE_MISMATCH', 'C5']]);
  });
});

describe('CELL_ERROR in a table cell', () => {
  it('reports an Excel error value in a 得分 cell (one 一级 label repeated on every row: a part, no WEIGHT_SUM)', () => {
    const t = evaluate(scoring([
      ['决策', '立项依据', '', 10, 10],
      ['决策', '绩效目标', '', 10, { error: '#REF!' }],
      ['决策', '资金投入', '', 10, 9],
    ]));
    expect(codes(t)).toEqual([['CELL_ERROR', 'E3']]);
  });
});

describe('not an evaluation table', () => {
  it('needs two scored lines under a header with a label, a 分值 and a 得分', () => {
    expect(scoreGrid(gridOf([HEADER, ['决策', '立项', '', 10, 10]]), NATIONAL).evaluationTables).toEqual([]);
    expect(scoreGrid(gridOf([['说明', '分值', '得分'], ['a', 1, 1], ['b', 2, 2]]), NATIONAL).evaluationTables).toEqual([]);
  });

  it('is never a 自评表 whose value columns are worded in a way the 自评表 recogniser does not know', () => {
    const rows = (target: string, actual: string): CellInput[][] => [
      ['一级指标', '三级指标', target, actual, '分值', '得分'],
      ['产出指标', '培训人数', '≥100人', '120人', 50, 50],
      ['效益指标', '就业率', '≥60%', '65%', 50, 50],
    ];
    for (const [target, actual] of [['预期目标', '实际完成'], ['计划值', '全年实际数'], ['年度目标', '完成情况']]) {
      expect(scoreGrid(gridOf(rows(target, actual)), NATIONAL).evaluationTables).toEqual([]);
    }
    // 标杆值 · 业绩值 (表4-1) are evaluation words.
    expect(scoreGrid(gridOf(rows('标杆值', '业绩值')), NATIONAL).evaluationTables).toHaveLength(1);
  });
});

describe('write-back: marks only', () => {
  it('fills and notes the cells a finding names and writes no value', () => {
    const grid = gridOf([
      ['评价准则', '准则分值', '评价得分'],
      ['整体投入', 20, 18.52],
      ['整体产出', 80, 77],
      ['综合绩效', 100, 96.1],
      ['评价等级', null, '良'],
    ]);
    const score = scoreGrid(grid, NATIONAL);
    const plan = planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
    expect(plan.changes.map((c) => [c.cell, c.kinds, c.value, c.fill])).toEqual([
      ['C4', ['mark'], undefined, SEVERITY_FILL.error], // 96.1 ≠ 18.52 + 77 = 95.52
      ['C5', ['mark'], undefined, SEVERITY_FILL.warning], // 良 for 96.1
    ]);
    expect(plan.changes[0].note).toContain('95.52分');
    expect(planSheet(grid, score, { ...DEFAULT_PLAN_OPTIONS, markCells: false }).changes).toEqual([]);
  });
});

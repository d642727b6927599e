/** 预算执行率 (SPEC §3.1) and the budget findings, on whole national tables built in code. */
import { scoreNational, withFiller, type BudgetSpec } from './nationalTable';
import { PROFILES } from '../../../src/core/rules/profile';

const FULL = { name: '培训人数', target: '100人', actual: '100人', weight: 10, score: 10 };
const table = (budget: BudgetSpec, profile = 'national') => scoreNational({ budget, indicators: withFiller(FULL) }, PROFILES[profile]);

describe('执行率 score = 分值 × min(执行率, 1)', () => {
  test('2794.69 / 3660.83 = 76.34 % → 10 × 0.7634 = 7.63', () => {
    // 2794.69 / 3660.83 = 0.763403…; 10 × 0.763403 = 7.634 → 7.63
    const s = table({ adjusted: 3660.83, executed: 2794.69, weight: 10, rate: '76.34%', score: 10 });
    const b = s.evaluation.budget!;
    expect(b.rate).toBeCloseTo(0.763403, 6);
    expect(b.score).toBe(7.63);
    expect(b.reportedScore).toBe(10);
    // total: 7.63 + 90 (all indicators met) = 97.63
    expect(s.evaluation.total).toBe(97.63);
    expect(s.codes('SCORE_MISMATCH').map((f) => f.cell)).toEqual([s.budgetAt('score')]);
    expect(s.codes('EXECUTION_RATE_MISMATCH')).toHaveLength(0);
  });

  test('over-execution is capped at the full weight: 450 / 420 → 10, with EXECUTION_OVER_BUDGET', () => {
    // 450 / 420 = 1.0714; min(1.0714, 1) = 1 → 10 × 1 = 10
    const s = table({ adjusted: 420, executed: 450, weight: 10, rate: '107.14%', score: 10 });
    expect(s.evaluation.budget!.score).toBe(10);
    const over = s.codes('EXECUTION_OVER_BUDGET');
    expect(over).toHaveLength(1);
    expect(over[0].cell).toBe(s.budgetAt('executed'));
    expect(over[0].message).toContain('450');
    expect(over[0].message).toContain('420');
  });

  test('the adjusted budget (全年预算数), not 年初预算数, is the base', () => {
    // 年初 300, 全年 400, 执行 380 → 380 / 400 = 95 % → 9.5 (not 380/300 capped at 10)
    const s = table({ planned: 300, adjusted: 400, executed: 380, weight: 10, rate: '95%', score: 9.5 });
    expect(s.evaluation.budget!.rate).toBeCloseTo(0.95, 10);
    expect(s.evaluation.budget!.score).toBe(9.5);
    expect(s.codes('SCORE_MISMATCH')).toHaveLength(0);
  });
});

describe('年度资金总额 empty but 其中 lines filled', () => {
  test('uses the sums of the lines and says so (BUDGET_LINES_INCONSISTENT)', () => {
    // 预算 300 + 100 = 400, 执行 280 + 100 = 380 → 95 % → 10 × 0.95 = 9.5
    const s = table({
      adjusted: null,
      executed: null,
      weight: 10,
      score: 9.5,
      lines: [
        { label: '其中：当年财政拨款', adjusted: 300, executed: 280 },
        { label: '上年结转资金', adjusted: 100, executed: 100 },
      ],
    });
    const b = s.evaluation.budget!;
    expect(b.adjusted).toBe(400);
    expect(b.executed).toBe(380);
    expect(b.score).toBe(9.5);
    const found = s.codes('BUDGET_LINES_INCONSISTENT');
    expect(found.map((f) => f.cell)).toEqual([s.budgetAt('adjusted'), s.budgetAt('executed')]);
    expect(found[0].message).toContain('400万元');
    expect(found[1].message).toContain('380万元');
  });

  test('a total that differs from its lines is reported but kept', () => {
    // total 420 vs lines 300 + 100 = 400: the unit's 420 stays the base → 420 / 420 = 100 %
    const s = table({
      adjusted: 420,
      executed: 420,
      weight: 10,
      rate: 1,
      score: 10,
      lines: [
        { label: '其中：当年财政拨款', adjusted: 300, executed: 320 },
        { label: '上年结转资金', adjusted: 100, executed: 100 },
      ],
    });
    expect(s.evaluation.budget!.rate).toBe(1);
    expect(s.codes('BUDGET_LINES_INCONSISTENT').map((f) => f.cell)).toEqual([s.budgetAt('adjusted')]);
  });

  test('lines that agree with the total give no finding', () => {
    const s = table({ adjusted: 420, executed: 400, weight: 10, rate: '95.24%', score: 9.52 });
    expect(s.codes('BUDGET_LINES_INCONSISTENT')).toHaveLength(0);
    // 400 / 420 = 0.952381 → 9.52
    expect(s.evaluation.budget!.score).toBe(9.52);
  });
});

describe('EXECUTION_RATE_MISMATCH beyond 0.01 %', () => {
  // 2794.69 / 3660.83 = 76.3403 %
  test.each([
    ['76.34%', false], // 0.0003 % off
    ['76.35%', false], // 0.0097 % off
    ['76.36%', true], // 0.0197 % off
    [{ value: 0.7634, format: '0.00%' }, false],
    [{ value: 0.78, format: '0%' }, true],
    [76.34, false], // a bare 76.34 is a percentage without its sign
  ])('reported %p → mismatch %p', (rate, mismatch) => {
    const s = table({ adjusted: 3660.83, executed: 2794.69, weight: 10, rate, score: 7.63 });
    const found = s.codes('EXECUTION_RATE_MISMATCH');
    expect(found).toHaveLength(mismatch ? 1 : 0);
    if (mismatch) {
      expect(found[0].cell).toBe(s.budgetAt('rate'));
      expect(found[0].message).toContain('76.34%');
      expect(found[0].message).toContain('2794.69');
      expect(found[0].message).toContain('3660.83');
    }
  });
});

describe('EXECUTION_RATE_LOW', () => {
  test('national: info below 90 %, with the commentary 「预算执行率76.34%，低于90%，请说明原因。」', () => {
    const s = table({ adjusted: 3660.83, executed: 2794.69, weight: 10, rate: '76.34%', score: 7.63 });
    const low = s.codes('EXECUTION_RATE_LOW');
    expect(low).toHaveLength(1);
    expect(low[0].severity).toBe('info');
    expect(low[0].cell).toBe(s.budgetAt('rate'));
    expect(low[0].message).toBe(`${s.budgetAt('rate')}：预算执行率76.34%，低于90%。`);
    expect(s.evaluation.budgetCommentary).toBe('预算执行率76.34%，低于90%，请说明原因。');
  });

  test('sichuan: a warning that asks for the reason', () => {
    const s = table({ adjusted: 3660.83, executed: 2794.69, weight: 10, rate: '76.34%', score: 7.63 }, 'sichuan');
    const low = s.codes('EXECUTION_RATE_LOW');
    expect(low).toHaveLength(1);
    expect(low[0].severity).toBe('warning');
    expect(low[0].message).toContain('须说明原因');
    // same arithmetic as national: 10 × 0.7634 = 7.63
    expect(s.evaluation.budget!.score).toBe(7.63);
  });

  test('exactly 90 % is not low; 89.99 % is', () => {
    // 378 / 420 = 0.9 exactly
    expect(table({ adjusted: 420, executed: 378, weight: 10, rate: '90%', score: 9 }, 'sichuan').codes('EXECUTION_RATE_LOW')).toHaveLength(0);
    // 8999 / 10000 = 0.8999 → 10 × 0.8999 = 8.999 → 9
    const s = table({ adjusted: 10000, executed: 8999, weight: 10, rate: '89.99%', score: 9 }, 'sichuan');
    expect(s.codes('EXECUTION_RATE_LOW')).toHaveLength(1);
    expect(s.evaluation.budget!.score).toBe(9);
  });
});

describe('hubei: 预算执行 20 points', () => {
  test('20 × 执行率: 336 / 420 = 80 % → 16', () => {
    // 20 × 0.8 = 16; indicators 80 points all met → 96
    const indicators = [
      { level1: '产出指标', level2: '数量指标', name: '培训人数', target: '100人', actual: '100人', weight: 40, score: 40 },
      { level1: '效益指标', level2: '社会效益指标', name: '就业率', target: '≥80%', actual: '85%', weight: 30, score: 30 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
    ];
    const s = scoreNational({ budget: { adjusted: 420, executed: 336, weight: 20, rate: '80%', score: 16 }, indicators }, PROFILES.hubei);
    expect(s.evaluation.budget!.score).toBe(16);
    expect(s.evaluation.total).toBe(96);
    expect(s.evaluation.weightTotal).toBe(100);
    expect(s.codes('WEIGHT_SUM')).toHaveLength(0);
    expect(s.codes('SCORE_MISMATCH')).toHaveLength(0);
  });
});

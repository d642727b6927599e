/** 执行率 caps on the total (profile `executionCaps`, SPEC §3.3): EXECUTION_CAP and the total's basis. */
import { scoreNational, withFiller, type BudgetSpec } from './nationalTable';
import { NATIONAL, type Profile } from '../../../src/core/rules/profile';
import { capFor } from '../../../src/core/evaluate/totals';

/** A provincial 绩效自评操作手册: 70–80 % → at most 89, 60–70 % → 79, < 60 % → 69, < 50 % → 59. */
const CAPS: Profile = {
  ...NATIONAL,
  id: 'caps',
  name: '执行率封顶',
  source: '某省绩效自评操作手册',
  executionCaps: [
    { below: 0.8, maxTotal: 89 },
    { below: 0.7, maxTotal: 79 },
    { below: 0.6, maxTotal: 69 },
    { below: 0.5, maxTotal: 59 },
  ],
};

/** Every indicator met (90 points) with the unit's total written as `reported`. */
const withRate = (budget: BudgetSpec, reported: number, profile: Profile) =>
  scoreNational({ budget, indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }), total: { weight: 100, score: reported } }, profile);

// 执行率 260 / 400 = 65 %: 执行率 score 10 × 0.65 = 6.5; indicators 90 → sum 96.5.
const RATE_65: BudgetSpec = { adjusted: 400, executed: 260, weight: 10, rate: '65%', score: 6.5 };

describe('执行率 65 % with a reported total of 95', () => {
  test('capped to 79 under a profile with caps: EXECUTION_CAP names the band, the cap and the sum; the basis says so', () => {
    const s = withRate(RATE_65, 95, CAPS);
    expect(s.evaluation.total).toBe(79);
    expect(s.evaluation.grade).toBe('中');
    const cap = s.codes('EXECUTION_CAP');
    expect(cap).toHaveLength(1);
    expect(cap[0].severity).toBe('warning');
    expect(cap[0].cell).toBe(s.totalAt('score'));
    expect(cap[0].message).toBe(`${s.totalAt('score')}：预算执行率65.00%，在60%–70%区间，按规则总分不超过79分；各项得分合计96.5分，复核总分按79分计。`);
    expect(s.evaluation.totalBasis).toBe('预算执行率得分6.5分 + 各项指标得分90分 = 96.5分；预算执行率65.00%，在60%–70%区间，按规则总分不超过79分，复核总分按79分计');
    // The unit's 95 is compared with the capped total.
    expect(s.codes('TOTAL_DIFFERS')[0].message).toContain('复核总分79分');
  });

  test('untouched under national', () => {
    const s = withRate(RATE_65, 95, NATIONAL);
    expect(s.evaluation.total).toBe(96.5);
    expect(s.evaluation.grade).toBe('优');
    expect(s.codes('EXECUTION_CAP')).toHaveLength(0);
    expect(s.evaluation.totalBasis).toBe('预算执行率得分6.5分 + 各项指标得分90分 = 96.5分');
  });
});

describe('bands', () => {
  test.each([
    // executed of 400 → 执行率, sum = 10 × 执行率 + 90, total under CAPS
    [320, 98, 98], // 80 %: not below 80 % → no cap
    [316, 97.9, 89], // 79 %: 70–80 % → 89
    [280, 97, 89], // 70 % exactly: not below 70 % → still 70–80 % → 89
    [240, 96, 79], // 60 %: 60–70 % → 79
    [236, 95.9, 69], // 59 %: below 60 % → 69
    [196, 94.9, 59], // 49 %: below 50 % → 59
  ])('executed %p of 400: sum %p → total %p', (executed, sum, total) => {
    const rate = executed / 400;
    const s = withRate({ adjusted: 400, executed, weight: 10, rate, score: sum - 90 }, 100, CAPS);
    expect(s.evaluation.budget!.score! + 90).toBeCloseTo(sum, 9);
    expect(s.evaluation.total).toBe(total);
    expect(s.codes('EXECUTION_CAP')).toHaveLength(total < sum ? 1 : 0);
  });

  test('a total already under its cap is left alone, without a finding', () => {
    // 65 %: 6.5 + 补贴人数 0 of 10 + 80 met = 86.5 > 79 → capped; with 满意度 (10) missed too: 76.5 ≤ 79 → kept
    const indicators = withFiller({ name: '补贴人数', target: '100人', actual: '0人', weight: 10, score: 0, reason: '未开展。' });
    indicators[4] = { ...indicators[4], actual: '0%', score: 0, reason: '未开展调查。' };
    const s = scoreNational({ budget: RATE_65, indicators }, CAPS);
    expect(s.evaluation.total).toBe(76.5);
    expect(s.codes('EXECUTION_CAP')).toHaveLength(0);
  });

  test('capFor picks the tightest band and its lower bound', () => {
    expect(capFor(0.65, CAPS.executionCaps)).toEqual({ low: 0.6, below: 0.7, maxTotal: 79 });
    expect(capFor(0.45, CAPS.executionCaps)).toEqual({ low: 0, below: 0.5, maxTotal: 59 });
    expect(capFor(0.8, CAPS.executionCaps)).toBeNull();
    expect(capFor(0.7, CAPS.executionCaps)).toEqual({ low: 0.7, below: 0.8, maxTotal: 89 });
    expect(capFor(0.5, [])).toBeNull();
  });
});

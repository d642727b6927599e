/** Quantitative rules of SPEC §3.1 on one indicator inside a full national table (budget 10 + 90 met). */
import { scoreNational, withFiller, type IndicatorSpec } from './nationalTable';
import { PROFILES } from '../../../src/core/rules/profile';

/** Scores the indicator under test (weight 10, reported 10 unless given) as row 0 of a full table. */
const one = (u: Partial<IndicatorSpec> & { name: string }, profile = 'national') =>
  scoreNational({ indicators: withFiller({ weight: 10, score: 10, ...u }) }, PROFILES[profile]);

describe('at least', () => {
  test('miss: 10 × 120 / 140 = 8.57, TARGET_MISSED and the arithmetic in the basis', () => {
    // 120 / 140 = 0.857142…; 10 × 0.857142 = 8.5714 → 8.57; total 100 − 10 + 8.57 = 98.57
    const s = one({ name: '残疾人农村实用技术培训人数', target: '140人', actual: '120人' });
    const i = s.ind(0);
    expect(i.score).toBe(8.57);
    expect(i.completion).toBe(0.8571);
    expect(i.direction).toBe('atLeast');
    expect(i.basis).toBe('实际120人 < 指标值140人，完成率85.71%，得分 = 10 × 120 / 140 = 8.57分');
    expect(s.evaluation.total).toBe(98.57);
    expect(s.codes('TARGET_MISSED').map((f) => f.cell)).toEqual([s.at(0, 'actual')]);
    // completion 85.71 %: |0.8571 − 1| = 14.29 % < 20 % → no DEVIATION_LARGE (the miss alone needs a reason)
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(0);
    expect(s.codes('REASON_MISSING').map((f) => f.cell)).toEqual([s.at(0, 'reason')]);
  });

  test('met with a ≥ comparator: 2979 ≥ 2800 → full 10', () => {
    // 2979 / 2800 = 1.063928… → completion 1.0639
    const s = one({ name: '托养服务人数', target: '≥2800人', actual: '2979人' });
    expect(s.ind(0).score).toBe(10);
    expect(s.ind(0).completion).toBe(1.0639);
    expect(s.ind(0).basis).toBe('实际2979人 ≥ 指标值2800人，完成率106.39%，得满分10分');
    expect(s.codes('TARGET_MISSED')).toHaveLength(0);
  });

  test('over-achievement: 1400 of 1100 人次 → full 10, no deduction, DEVIATION_LARGE', () => {
    // 1400 / 1100 = 1.272727 → |1.2727 − 1| = 27.27 % ≥ 20 %
    const s = one({ name: '残疾人康复救助补贴人次', target: '1100人次', actual: '1400人次' });
    expect(s.ind(0).score).toBe(10);
    expect(s.ind(0).completion).toBe(1.2727);
    const dev = s.codes('DEVIATION_LARGE');
    expect(dev).toHaveLength(1);
    expect(dev[0].cell).toBe(s.at(0, 'actual'));
    expect(dev[0].message).toContain('127.27%');
    expect(dev[0].message).toContain('不低于20%');
    expect(s.codes('TARGET_MISSED')).toHaveLength(0);
    expect(s.evaluation.total).toBe(100);
  });
});

describe('at most', () => {
  test('miss: 10 × 0.3 / 0.35 = 8.57', () => {
    // 0.3 / 0.35 = 0.857142 → 8.57
    const s = one({ name: '人均培训成本', target: '≤0.3万元/人/年', actual: '0.35万元/人/年' });
    expect(s.ind(0).direction).toBe('atMost');
    expect(s.ind(0).score).toBe(8.57);
    expect(s.ind(0).completion).toBe(0.8571);
    expect(s.ind(0).basis).toBe('实际0.35万元/人/年 > 指标值0.3万元/人/年，完成率85.71%，得分 = 10 × 0.3 / 0.35 = 8.57分');
    expect(s.codes('TARGET_MISSED')).toHaveLength(1);
  });

  test('met: 0.28 ≤ 0.3 → full 10, no miss', () => {
    // 0.3 / 0.28 = 1.0714: 7.14 % under the cost cap, below the 20 % threshold
    const s = one({ name: '人均培训成本', target: '≤0.3万元/人/年', actual: '0.28万元/人/年' });
    expect(s.ind(0).score).toBe(10);
    expect(s.ind(0).completion).toBe(1.0714);
    expect(s.codes('TARGET_MISSED')).toHaveLength(0);
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(0);
    expect(s.codes('REASON_MISSING')).toHaveLength(0);
  });

  test('no comparator: the name (成本) makes it at most', () => {
    const s = one({ name: '单位成本', target: '50元', actual: '60元' });
    // 10 × 50 / 60 = 8.333 → 8.33
    expect(s.ind(0).direction).toBe('atMost');
    expect(s.ind(0).score).toBe(8.33);
  });
});

describe('equal', () => {
  test('below: proportional, 10 × 8 / 10 = 8', () => {
    const s = one({ name: '培训场次', target: '＝10场', actual: '8场' });
    expect(s.ind(0).direction).toBe('equal');
    expect(s.ind(0).score).toBe(8);
    expect(s.ind(0).basis).toBe('实际8场 < 指标值10场，完成率80.00%，得分 = 10 × 8 / 10 = 8分');
  });

  test('above: full, as over-achievement', () => {
    // 11 / 10 = 1.1 → met, no deviation (10 % < 20 %)
    const s = one({ name: '培训场次', target: '＝10场', actual: '11场' });
    expect(s.ind(0).score).toBe(10);
    expect(s.ind(0).basis).toBe('实际11场 > 指标值10场，完成率110.00%，得满分10分');
    expect(s.codes('TARGET_MISSED')).toHaveLength(0);
  });

  test('exactly equal: full', () => {
    const s = one({ name: '培训场次', target: '=10场', actual: '10场' });
    expect(s.ind(0).score).toBe(10);
    expect(s.ind(0).basis).toBe('实际10场 = 指标值10场，完成率100.00%，得满分10分');
  });
});

describe('target 0 (上访事件 0)', () => {
  test.each([
    ['≤0', '0', 10],
    ['≤0', '2', 0],
    ['0', '0', 10], // no comparator: 上访/事件 in the name → at most
    ['0', '2', 0],
    ['=0', '2', 0],
  ])('target %p, actual %p → %p', (target, actual, score) => {
    const s = one({ name: '非法赴市、赴省、赴京上访事件', target, actual });
    expect(s.ind(0).score).toBe(score);
    expect(s.codes('TARGET_MISSED')).toHaveLength(score === 0 ? 1 : 0);
  });
});

describe('deviation threshold', () => {
  test.each([
    ['national', '120人次', true], // 120 / 100 = 1.20 → |0.20| ≥ 0.20
    ['national', '119人次', false], // 1.19 → 0.19 < 0.20
    ['national', '80人次', true], // 0.80: a miss at exactly −20 %
    ['guangxi', '125人次', false], // 1.25 → 0.25 < 0.30
    ['guangxi', '130人次', true], // 1.30 → 0.30 ≥ 0.30
  ])('%s: actual %s of 100人次 → DEVIATION_LARGE %p', (profile, actual, large) => {
    const s = one({ name: '康复服务人次', target: '100人次', actual }, profile);
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(large ? 1 : 0);
    const needsReason = large || actual === '80人次';
    expect(s.codes('REASON_MISSING')).toHaveLength(needsReason ? 1 : 0);
    expect(s.ind(0).commentary === null).toBe(!needsReason);
  });

  test('guangxi handles misses as national: 75 % → TARGET_MISSED + DEVIATION_LARGE (≤ 80 %) + REASON_MISSING', () => {
    const s = one({ name: '康复服务人次', target: '100人次', actual: '75人次' }, 'guangxi');
    // 10 × 75 / 100 = 7.5
    expect(s.ind(0).score).toBe(7.5);
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(1);
    expect(s.codes('DEVIATION_LARGE')[0].message).toContain('不低于20%');
    expect(s.codes('TARGET_MISSED')).toHaveLength(1);
    expect(s.codes('REASON_MISSING')).toHaveLength(1);
  });
});

describe('units', () => {
  test('money converts: ≤0.3万元/人/年 vs 3000元/人/年 is equal (0.3万元), met', () => {
    const s = one({ name: '人均补助成本', target: '≤0.3万元/人/年', actual: '3000元/人/年' });
    expect(s.ind(0).score).toBe(10);
    expect(s.ind(0).completion).toBe(1);
    expect(s.codes('UNIT_MISMATCH')).toHaveLength(0);
    expect(s.codes('TARGET_MISSED')).toHaveLength(0);
  });

  test('money converts: 3500元/人/年 is 0.35万元 → 10 × 0.3 / 0.35 = 8.57', () => {
    const s = one({ name: '人均补助成本', target: '≤0.3万元/人/年', actual: '3500元/人/年' });
    expect(s.ind(0).score).toBe(8.57);
    expect(s.ind(0).commentary).toBe('实际成本0.35万元/人/年，超出指标值0.3万元/人/年16.67%。');
  });

  test('人 vs 人次 cannot be converted: UNIT_MISMATCH, the reported score is kept', () => {
    const s = one({ name: '补贴人数', target: '100人', actual: '100人次', score: 9 });
    const f = s.codes('UNIT_MISMATCH');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(s.at(0, 'actual'));
    expect(f[0].message).toContain('100人次');
    expect(f[0].message).toContain('100人');
    expect(s.ind(0).score).toBe(9);
    expect(s.codes('SCORE_MISMATCH')).toHaveLength(0);
  });
});

describe('actual that repeats the comparator', () => {
  test('"≥266米" as the actual is read as 266米 with ACTUAL_HAS_COMPARATOR', () => {
    const s = one({ name: '新建道路长度', target: '≥266米', actual: '≥266米' });
    expect(s.ind(0).score).toBe(10);
    const f = s.codes('ACTUAL_HAS_COMPARATOR');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(s.at(0, 'actual'));
    expect(f[0].message).toContain('≥266米');
  });

  test('a bare measured value gives no such finding', () => {
    expect(one({ name: '新建道路长度', target: '≥266米', actual: '270米' }).codes('ACTUAL_HAS_COMPARATOR')).toHaveLength(0);
  });
});

describe('percent cells', () => {
  test('0.9 formatted "0%" is 90 %: 10 × 90 / 95 = 9.47', () => {
    // 90 / 95 = 0.947368 → 9.47
    const s = one({ name: '补贴到位率', target: '≥95%', actual: { value: 0.9, format: '0%' } });
    expect(s.ind(0).score).toBe(9.47);
    expect(s.ind(0).actual).toBe('90%');
  });

  test('a gap between percentages is in 个百分点', () => {
    const s = one({ name: '补贴到位率', target: '≥95%', actual: '90%' });
    expect(s.ind(0).commentary).toBe('实际完成90%，较年度指标值95%少5个百分点，完成率94.74%，未达成年度指标。');
  });
});

/** Large over-achievement under the profile options `overThreshold` and `overAchievement` (SPEC §3.3). */
import { scoreNational, withFiller, type IndicatorSpec } from './nationalTable';
import { NATIONAL, GUANGXI, type Profile } from '../../../src/core/rules/profile';

/** An 一体化平台 manual: 2 points off an indicator completed at 130 % or more. */
const DEDUCT_2: Profile = { ...NATIONAL, id: 'deduct2', name: '扣分', source: '某一体化平台操作手册', overThreshold: 1.3, overAchievement: { action: 'deduct', points: 2 } };
const IGNORE: Profile = { ...NATIONAL, id: 'ignore', name: '不处理', source: '测试', overAchievement: { action: 'none' } };

/** 培训人次 weight 10, reported 10, target 100人次, in a full table (budget 10 + 80 met). */
const over = (actual: string, profile: Profile, extra: Partial<IndicatorSpec> = {}) =>
  scoreNational({ indicators: withFiller({ name: '残疾人培训人次', target: '≥100人次', actual, weight: 10, score: 10, ...extra }) }, profile);

describe('135 % of the target', () => {
  test('national: explained (DEVIATION_LARGE, commentary, REASON_MISSING), not deducted', () => {
    const s = over('135人次', NATIONAL);
    expect(s.ind(0).score).toBe(10);
    expect(s.evaluation.total).toBe(100);
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(1);
    expect(s.codes('REASON_MISSING').map((f) => f.cell)).toEqual([s.at(0, 'reason')]);
    expect(s.ind(0).commentary).toContain('超出35人次');
    expect(s.codes('SCORE_MISMATCH')).toHaveLength(0);
  });

  test('deduct 2: 10 − 2 = 8, the basis and the finding say so, total 98', () => {
    const s = over('135人次', DEDUCT_2);
    expect(s.ind(0).score).toBe(8);
    expect(s.ind(0).basis).toBe('实际135人次 ≥ 指标值100人次，完成率135.00%，超额完成（完成率达130%）按规则扣2分，得分 = 10 − 2 = 8分');
    // 10 (执行率) + 8 + 20 + 20 + 30 + 10 = 98
    expect(s.evaluation.total).toBe(98);
    const dev = s.codes('DEVIATION_LARGE');
    expect(dev).toHaveLength(1);
    expect(dev[0].message).toContain('不低于30%');
    expect(dev[0].message).toContain('扣2分');
    // The unit reported 10: the reviewer's 8 differs.
    expect(s.codes('SCORE_MISMATCH').map((f) => f.cell)).toEqual([s.at(0, 'score')]);
    expect(s.codes('REASON_MISSING')).toHaveLength(1);
  });

  test('guangxi: explained at 135 %, not at 125 %', () => {
    const at135 = over('135人次', GUANGXI);
    expect(at135.codes('DEVIATION_LARGE')).toHaveLength(1);
    expect(at135.codes('REASON_MISSING')).toHaveLength(1);
    expect(at135.ind(0).commentary).not.toBeNull();
    expect(at135.ind(0).score).toBe(10);

    const at125 = over('125人次', GUANGXI);
    expect(at125.codes('DEVIATION_LARGE')).toHaveLength(0);
    expect(at125.codes('REASON_MISSING')).toHaveLength(0);
    expect(at125.ind(0).commentary).toBeNull();
    // …while national, at 120 %, wants 125 % explained.
    expect(over('125人次', NATIONAL).codes('DEVIATION_LARGE')).toHaveLength(1);
  });

  test('deduct 2 at 125 % (under its 130 %): full marks', () => {
    const s = over('125人次', DEDUCT_2);
    expect(s.ind(0).score).toBe(10);
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(0);
  });

  test('none: no finding, no explanation, full marks', () => {
    const s = over('135人次', IGNORE);
    expect(s.ind(0).score).toBe(10);
    expect(s.codes('DEVIATION_LARGE')).toHaveLength(0);
    expect(s.codes('REASON_MISSING')).toHaveLength(0);
  });

  test('a deduction never takes a score below 0: weight 1 loses 1', () => {
    const s = scoreNational({
      indicators: [
        ...withFiller({ name: '残疾人培训人次', target: '≥100人次', actual: '100人次', weight: 9, score: 9 }),
        { level1: '产出指标', level2: '数量指标', name: '宣传场次', target: '2场', actual: '3场', weight: 1, score: 1, reason: '需求增加。' },
      ],
    }, DEDUCT_2);
    // 3 / 2 = 150 % ≥ 130 % → min(2, 1) = 1 point off
    const i = s.evaluation.indicators[5];
    expect(i.name).toBe('宣传场次');
    expect(i.score).toBe(0);
    expect(i.basis).toContain('得分 = 1 − 1 = 0分');
  });
});

describe('an at-most target far under its cap is an over-achievement too', () => {
  test('cost 0.2 against ≤0.3 万元: completion 150 %, deducted under deduct 2', () => {
    const s = scoreNational({ indicators: withFiller({ name: '人均培训成本', target: '≤0.3万元', actual: '0.2万元', weight: 10, score: 10 }) }, DEDUCT_2);
    // 0.3 / 0.2 = 1.5
    expect(s.ind(0).completion).toBe(1.5);
    expect(s.ind(0).score).toBe(8);
    expect(s.ind(0).commentary).toContain('请分析年初指标值设定是否偏高');
  });
});

describe('misses under "over 130 % but under 90 %"', () => {
  const p: Profile = { ...NATIONAL, id: 'x', name: 'x', source: 'x', overThreshold: 1.3, underThreshold: 0.9 };
  test.each([
    ['95人次', false], // 95 %: a miss that needs no explanation
    ['89人次', true],
  ])('%s of 100人次 → REASON_MISSING %p; TARGET_MISSED either way', (actual, reason) => {
    const s = scoreNational({ indicators: withFiller({ name: '康复服务人次', target: '100人次', actual, weight: 10, score: 10 }) }, p);
    expect(s.codes('TARGET_MISSED')).toHaveLength(1);
    expect(s.codes('REASON_MISSING')).toHaveLength(reason ? 1 : 0);
    expect(s.ind(0).commentary === null).toBe(!reason);
  });
});

/** judgeDeviation: when a result needs an explanation and what a large over-achievement costs (SPEC §3.3). */
import { judgeDeviation } from '../../../src/core/rules/deviation';
import { NATIONAL, GUANGXI, type Profile } from '../../../src/core/rules/profile';

const deduct2: Profile = { ...NATIONAL, id: 'deduct', overThreshold: 1.3, overAchievement: { action: 'deduct', points: 2 } };
const ignoreOver: Profile = { ...NATIONAL, id: 'none', overAchievement: { action: 'none' } };
/** "over 130 % but under 90 %": misses from 90 % up need no explanation. */
const over130under90: Profile = { ...NATIONAL, id: 'x', overThreshold: 1.3, underThreshold: 0.9 };

describe('misses', () => {
  test.each([
    // completion, profile, large, needsReason
    [0.95, NATIONAL, null, true], // any miss needs a reason under national
    [0.8, NATIONAL, 'miss', true], // exactly −20 %: large
    [0.81, NATIONAL, null, true],
    [0.75, GUANGXI, 'miss', true], // guangxi's misses are national's: 75 % is large
    [0.95, over130under90, null, false], // 95 % ≥ 90 %: no reason required
    [0.9, over130under90, null, false], // at the bound: not below it
    [0.89, over130under90, null, true],
    [0.7, over130under90, 'miss', true],
  ] as const)('%p under %s', (completion, profile, large, needsReason) => {
    const v = judgeDeviation(completion, false, profile);
    expect(v.large).toBe(large);
    expect(v.needsReason).toBe(needsReason);
    expect(v.deduction).toBe(0);
  });

  test('a miss on a zero base (no completion) always needs a reason', () => {
    expect(judgeDeviation(null, false, over130under90)).toMatchObject({ large: null, needsReason: true });
  });
});

describe('over-achievement', () => {
  test.each([
    // completion, profile, large, needsReason, deduction
    [1.35, NATIONAL, 'over', true, 0], // explained, not deducted
    [1.2, NATIONAL, 'over', true, 0],
    [1.19, NATIONAL, null, false, 0],
    [1.35, GUANGXI, 'over', true, 0],
    [1.25, GUANGXI, null, false, 0], // 125 % < 130 %
    [1.3, GUANGXI, 'over', true, 0],
    [1.35, deduct2, 'over', true, 2],
    [1.25, deduct2, null, false, 0],
    [1.35, ignoreOver, null, false, 0],
  ] as const)('%p under %s', (completion, profile, large, needsReason, deduction) => {
    const v = judgeDeviation(completion, true, profile);
    expect(v).toMatchObject({ large, needsReason, deduction });
  });

  test('the threshold named in messages is the share over 100 %', () => {
    expect(judgeDeviation(1.35, true, GUANGXI).threshold).toBeCloseTo(0.3, 10);
    expect(judgeDeviation(0.5, false, NATIONAL).threshold).toBeCloseTo(0.2, 10);
  });
});

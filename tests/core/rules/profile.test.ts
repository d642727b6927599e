/** Grade bands and the shipped profiles (SPEC §3). */
import { gradeFor, PROFILES, NATIONAL, KASHGAR } from '../../../src/core/rules/profile';
import { validateProfile } from '../../../src/core/rules/validateProfile';

describe('grade bands', () => {
  test.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('national: %p → %s', (total, grade) => {
    expect(gradeFor(total, NATIONAL)).toBe(grade);
  });

  test.each([
    [90, '优'],
    [80, '良'],
    [70, '中'],
    [69.99, '差'],
    [60, '差'], // 中 under national, 差 under kashgar
  ])('kashgar: %p → %s', (total, grade) => {
    expect(gradeFor(total, KASHGAR)).toBe(grade);
  });
});

describe('shipped profiles', () => {
  test.each(Object.keys(PROFILES))('%s is valid, states its source and keys itself by its id', (id) => {
    const p = PROFILES[id];
    expect(p.id).toBe(id);
    expect(p.source).not.toBe('');
    const v = validateProfile(p);
    expect(v).toEqual({ ok: true, profile: p });
  });

  test('the differences of SPEC §3.2 are data', () => {
    expect(PROFILES.hubei.budgetWeight).toBe(20);
    expect(PROFILES.hubei.tierRanges).toEqual({ 1: [0.8, 1], 2: [0.5, 0.8], 3: [0, 0.5] });
    expect(PROFILES.sichuan.executionRateNeedsReason).toBe(true);
    // guangxi: explanation from 130 % of the target; misses exactly as national (any miss, large at ≤ 80 %).
    expect(PROFILES.guangxi.overThreshold).toBe(1.3);
    expect(PROFILES.guangxi.underThreshold).toBe(NATIONAL.underThreshold);
    expect(PROFILES.guangxi.largeMissThreshold).toBe(NATIONAL.largeMissThreshold);
    expect(PROFILES.kashgar.grades.find((g) => g.grade === '中')!.min).toBe(70);
    expect(NATIONAL.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
  });

  test('the national options are the documented defaults of SPEC §3.3', () => {
    expect(NATIONAL.underThreshold).toBe(1); // any miss needs an explanation
    expect(NATIONAL.overThreshold).toBe(1.2);
    expect(NATIONAL.overAchievement).toEqual({ action: 'explain' });
    expect(NATIONAL.executionCaps).toEqual([]);
    expect(NATIONAL.coherence).toBe(0.05);
    for (const p of Object.values(PROFILES)) expect(p.executionCaps).toEqual([]); // no shipped profile caps
  });
});

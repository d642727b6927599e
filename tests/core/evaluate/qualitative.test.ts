/** Qualitative tiers (SPEC §3.1): a reported score inside its tier is kept, outside it gets the default share. */
import { scoreNational, withFiller, type In } from './nationalTable';
import { PROFILES } from '../../../src/core/rules/profile';

const qual = (actual: string, score: In, profile = 'national', weight = 10) =>
  scoreNational({ indicators: withFiller({ name: '管理制度健全性', target: '健全', actual, weight, score }) }, PROFILES[profile]);

describe('national tiers 80–100 % / 60–80 % / 0–60 % (weight 10)', () => {
  test.each([
    // actual, reported, tier, score, out of tier
    ['健全', 10, 1, 10, false],
    ['健全', 8, 1, 8, false], // 8 is the bottom of 8–10
    ['健全', 7.99, 1, 10, true], // below 8 → 100 % = 10
    ['基本健全', 7, 2, 7, false],
    ['基本健全', 6, 2, 6, false],
    ['基本健全', 8, 2, 8, false], // 8 is the top of 6–8
    ['基本健全', 9, 2, 7, true], // → 70 % = 7
    ['基本健全', 5, 2, 7, true],
    ['未完成', 6, 3, 6, false], // 0–6
    ['未完成', 0, 3, 0, false],
    ['未完成', 8, 3, 3, true], // → 30 % = 3
  ])('actual %p, reported %p → tier %p, score %p (out of tier %p)', (actual, reported, tier, score, out) => {
    const s = qual(actual, reported);
    expect(s.ind(0).type).toBe('qualitative');
    expect(s.ind(0).tier).toBe(tier);
    expect(s.ind(0).score).toBe(score);
    const f = s.codes('QUALITATIVE_OUT_OF_TIER');
    expect(f).toHaveLength(out ? 1 : 0);
    if (out) {
      expect(f[0].cell).toBe(s.at(0, 'score'));
      expect(f[0].message).toContain(`${reported}分`);
    }
    // An out-of-tier score is reported once, as QUALITATIVE_OUT_OF_TIER, not also as SCORE_MISMATCH.
    expect(s.codes('SCORE_MISMATCH')).toHaveLength(0);
  });

  test('missing reported score → the default share: tier 2 = 70 % of 15 = 10.5', () => {
    const s = qual('基本健全', null, 'national', 15);
    // filler weights are fixed; here only the indicator matters: 15 × 0.7 = 10.5
    expect(s.ind(0).score).toBe(10.5);
    expect(s.ind(0).basis).toBe('定性指标，属“部分达成”档（9–12分），未填自评得分，按70%计10.5分');
    expect(s.codes('QUALITATIVE_OUT_OF_TIER')).toHaveLength(0);
  });

  test('tier 1 default when missing: 100 %; tier 3: 30 %', () => {
    expect(qual('健全', null).ind(0).score).toBe(10);
    expect(qual('未达成', null).ind(0).score).toBe(3);
  });

  test('actual equal to the target text is tier 1', () => {
    const s = scoreNational({ indicators: withFiller({ name: '群众获得感', target: '逐步增强', actual: '逐步增强', weight: 10, score: 9 }) });
    expect(s.ind(0).tier).toBe(1);
    expect(s.ind(0).score).toBe(9);
  });

  test('tier 2 and 3 need a reason; tier 1 does not', () => {
    expect(qual('基本健全', 7).codes('REASON_MISSING')).toHaveLength(1);
    expect(qual('基本健全', 7).ind(0).commentary).toBe('实际完成情况为“基本健全”（部分达成），未完全达成年度指标“健全”，请说明原因。');
    expect(qual('健全', 10).codes('REASON_MISSING')).toHaveLength(0);
  });
});

describe('hubei tiers 80–100 % / 50–80 % / 0–50 %', () => {
  test.each([
    ['基本健全', 5.5, 5.5, false], // inside 5–8 (national would say out of 6–8)
    ['基本健全', 4.9, 6.5, true], // → 65 % = 6.5
    ['未完成', 5, 5, false], // top of 0–5
    ['未完成', 5.5, 2.5, true], // → 25 % = 2.5
  ])('actual %p, reported %p → %p (out %p)', (actual, reported, score, out) => {
    const s = qual(actual, reported, 'hubei');
    expect(s.ind(0).score).toBe(score);
    expect(s.codes('QUALITATIVE_OUT_OF_TIER')).toHaveLength(out ? 1 : 0);
  });

  test('national rejects 5.5 for tier 2 where hubei accepts it', () => {
    expect(qual('基本健全', 5.5).ind(0).score).toBe(7);
  });
});

describe('NEEDS_JUDGEMENT', () => {
  test('unknown wording: info finding, the reported score kept, never a guess', () => {
    const s = qual('正在稳步推进', 9);
    const f = s.codes('NEEDS_JUDGEMENT');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].cell).toBe(s.at(0, 'actual'));
    expect(f[0].message).toContain('正在稳步推进');
    expect(s.ind(0).tier).toBeNull();
    expect(s.ind(0).score).toBe(9);
  });

  test('with no reported score it gives 0 rather than inventing one', () => {
    expect(qual('正在稳步推进', null).ind(0).score).toBe(0);
  });
});

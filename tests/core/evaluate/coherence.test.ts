/** SCORE_EXECUTION_INCOHERENT: indicator score rate against 执行率 (profile `coherence`, default 5 % relative). */
import { scoreNational, withFiller, type BudgetSpec, type IndicatorSpec } from './nationalTable';
import { NATIONAL, type Profile } from '../../../src/core/rules/profile';

const MET: IndicatorSpec = { name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 };
const budget = (adjusted: number, executed: number): BudgetSpec => ({ adjusted, executed, weight: 10, rate: executed / adjusted, score: Math.round((1000 * executed) / adjusted) / 100 });

describe('indicators all full (score rate 90 / 90 = 100 %)', () => {
  test('执行率 100 / 105 = 95.24 %: 100 % / 95.24 % = 1.05, 5 % relative → fires, at the total, with the numbers', () => {
    const s = scoreNational({ budget: budget(105, 100), indicators: withFiller(MET) });
    const f = s.codes('SCORE_EXECUTION_INCOHERENT');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].cell).toBe(s.totalAt('score'));
    expect(f[0].message).toBe(
      `${s.totalAt('score')}：各项指标自评得分率100.00%（90分 ÷ 90分），高出预算执行率95.24%达5.00%（不低于5%），产出效益与资金使用不匹配，请核实得分或说明原因。`,
    );
  });

  test('执行率 100 / 104 = 96.15 %: 4 % relative → no finding', () => {
    const s = scoreNational({ budget: budget(104, 100), indicators: withFiller(MET) });
    expect(s.codes('SCORE_EXECUTION_INCOHERENT')).toHaveLength(0);
  });

  test('执行率 100 %: never', () => {
    expect(scoreNational({ indicators: withFiller(MET) }).codes('SCORE_EXECUTION_INCOHERENT')).toHaveLength(0);
  });

  test('coherence null switches it off; a 10 % profile lets 5 % pass', () => {
    const off: Profile = { ...NATIONAL, id: 'off', coherence: null };
    const ten: Profile = { ...NATIONAL, id: 'ten', coherence: 0.1 };
    expect(scoreNational({ budget: budget(105, 100), indicators: withFiller(MET) }, off).codes('SCORE_EXECUTION_INCOHERENT')).toHaveLength(0);
    expect(scoreNational({ budget: budget(105, 100), indicators: withFiller(MET) }, ten).codes('SCORE_EXECUTION_INCOHERENT')).toHaveLength(0);
    // 100 / 110 = 90.91 %: 100 % / 90.91 % = 1.10 → fires at 10 %
    expect(scoreNational({ budget: budget(110, 100), indicators: withFiller(MET) }, ten).codes('SCORE_EXECUTION_INCOHERENT')).toHaveLength(1);
  });
});

describe('which scores are compared', () => {
  // 执行率 60 / 100 = 60 %. The unit scores 补贴人数 full although only 50 of 100 were reached.
  const half: IndicatorSpec = { name: '补贴人数', target: '100人', actual: '50人', weight: 10, reason: '资金未到位。' };

  test("the unit's own scores when every indicator has one: (10 + 80) / 90 = 100 %", () => {
    const s = scoreNational({ budget: budget(100, 60), indicators: withFiller({ ...half, score: 10 }) });
    expect(s.codes('SCORE_EXECUTION_INCOHERENT')[0].message).toContain('自评得分率100.00%（90分 ÷ 90分），高出预算执行率60.00%达66.67%');
  });

  test('the recomputed scores when one is missing: (5 + 80) / 90 = 94.44 %', () => {
    const s = scoreNational({ budget: budget(100, 60), indicators: withFiller({ ...half, score: null }) });
    // 94.44 % / 60 % = 1.5741
    expect(s.codes('SCORE_EXECUTION_INCOHERENT')[0].message).toContain('复核得分率94.44%（85分 ÷ 90分），高出预算执行率60.00%达57.41%');
  });
});

/** validateProfile: custom profiles from a workbook's settings are checked before use. */
import { validateProfile } from '../../../src/core';
import { NATIONAL, HUBEI } from '../../../src/core/rules/profile';

/** The national profile as JSON (what the task pane stores), with some fields changed. */
const variant = (change: (p: Record<string, any>) => void): unknown => {
  const p = JSON.parse(JSON.stringify(NATIONAL));
  change(p);
  return p;
};
const errorsOf = (input: unknown): string[] => {
  const v = validateProfile(input);
  return v.ok ? [] : v.errors;
};

describe('accepts', () => {
  test('a JSON round trip of a shipped profile, as a copy', () => {
    const input = JSON.parse(JSON.stringify(HUBEI));
    const v = validateProfile(input);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.profile).toEqual(HUBEI);
    input.tierRanges[1][0] = 0.1; // later edits of the settings object do not reach the profile
    expect(v.profile.tierRanges[1][0]).toBe(0.8);
  });

  test('a custom profile with other thresholds and bands', () => {
    const v = validateProfile(
      variant((p) => {
        p.id = 'custom';
        p.deviationThreshold = 0.3;
        p.executionRateThreshold = 0.85;
        p.grades = [{ grade: '优', min: 85 }, { grade: '良', min: 75 }, { grade: '中', min: 60 }, { grade: '差', min: 0 }];
      }),
    );
    expect(v.ok).toBe(true);
  });
});

describe('rejects, in zh-CN', () => {
  test.each([
    ['not an object', null, '规则应为一个对象'],
    ['an array', [], '规则应为一个对象'],
    ['empty id', variant((p) => (p.id = '')), '规则编号'],
    ['total 0', variant((p) => (p.totalPoints = 0)), '总分'],
    ['total as text', variant((p) => (p.totalPoints = '100')), '总分'],
    ['budget weight above the total', variant((p) => (p.budgetWeight = 120)), '预算执行率推荐分值'],
    ['level-1 weights over the total', variant((p) => (p.level1Weights = { 产出指标: 80, 效益指标: 30 })), '超过总分100分'],
    ['negative level-1 weight', variant((p) => (p.level1Weights = { 产出指标: -5 })), '一级指标推荐分值'],
    ['tier range above 1', variant((p) => (p.tierRanges[1] = [0.8, 1.2])), '第1档'],
    ['tier range upside down', variant((p) => (p.tierRanges[2] = [0.8, 0.6])), '下限不大于上限'],
    ['tier range not a pair', variant((p) => (p.tierRanges[3] = [0.3])), '第3档'],
    ['overlapping tiers', variant((p) => (p.tierRanges[2] = [0.6, 0.9])), '不重叠'],
    ['tier default above 1', variant((p) => (p.tierDefaults[1] = 1.5)), '默认得分比例'],
    ['tier default outside its tier', variant((p) => (p.tierDefaults[2] = 0.9)), '不在该档区间'],
    ['deviation threshold 20 (meant 20 %)', variant((p) => (p.deviationThreshold = 20)), '偏差阈值'],
    ['negative execution threshold', variant((p) => (p.executionRateThreshold = -0.1)), '执行率阈值'],
    ['NaN threshold', variant((p) => (p.executionRateThreshold = NaN)), '执行率阈值'],
    ['needs-reason as text', variant((p) => (p.executionRateNeedsReason = 'yes')), 'executionRateNeedsReason'],
    ['bands ascending', variant((p) => (p.grades = [{ grade: '差', min: 0 }, { grade: '中', min: 60 }, { grade: '良', min: 80 }, { grade: '优', min: 90 }])), '从高到低'],
    ['equal bands', variant((p) => (p.grades = [{ grade: '优', min: 90 }, { grade: '良', min: 90 }, { grade: '差', min: 0 }])), '从高到低'],
    ['unknown grade', variant((p) => (p.grades = [{ grade: 'A', min: 90 }, { grade: '差', min: 0 }])), '优、良、中或差'],
    ['repeated grade', variant((p) => (p.grades = [{ grade: '优', min: 90 }, { grade: '优', min: 80 }, { grade: '差', min: 0 }])), '重复'],
    ['lowest band above 0', variant((p) => (p.grades = [{ grade: '优', min: 90 }, { grade: '良', min: 80 }, { grade: '中', min: 60 }])), '最低一档'],
    ['no bands', variant((p) => (p.grades = [])), '等级划分'],
    ['bad default weights', variant((p) => (p.defaultWeights = { budget: -1, level1: null })), '推定权重'],
  ])('%s', (_label, input, expected) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
    for (const e of errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
  });

  test('reports every problem at once', () => {
    const errors = errorsOf(
      variant((p) => {
        p.deviationThreshold = 2;
        p.executionRateThreshold = 9;
        p.tierDefaults[3] = 0.9;
      }),
    );
    expect(errors).toHaveLength(3);
  });
});

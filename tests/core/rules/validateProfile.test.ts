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
        p.overThreshold = 1.3;
        p.underThreshold = 0.9;
        p.overAchievement = { action: 'deduct', points: 2 };
        p.executionCaps = [{ below: 0.8, maxTotal: 89 }, { below: 0.7, maxTotal: 79 }, { below: 0.6, maxTotal: 69 }, { below: 0.5, maxTotal: 59 }];
        p.coherence = null;
        p.executionRateThreshold = 0.85;
        p.grades = [{ grade: '优', min: 85 }, { grade: '良', min: 75 }, { grade: '中', min: 60 }, { grade: '差', min: 0 }];
      }),
    );
    expect(v.ok).toBe(true);
  });
});

describe('options left out take their documented defaults', () => {
  test('a profile file naming only what differs from national', () => {
    const v = validateProfile({ id: 'gx2', name: '广西（扣分版）', source: '某一体化平台操作手册', overThreshold: 1.3, overAchievement: { action: 'deduct', points: 2 } });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.profile.overThreshold).toBe(1.3);
    expect(v.profile.overAchievement).toEqual({ action: 'deduct', points: 2 });
    expect(v.profile.underThreshold).toBe(NATIONAL.underThreshold);
    expect(v.profile.coherence).toBe(0.05);
    expect(v.profile.grades).toEqual(NATIONAL.grades);
    expect(v.profile.executionCaps).toEqual([]);
  });

  test('caps given lowest first are kept, highest band first', () => {
    const v = validateProfile(variant((p) => (p.executionCaps = [{ below: 0.5, maxTotal: 59 }, { below: 0.8, maxTotal: 89 }, { below: 0.6, maxTotal: 69 }])));
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.profile.executionCaps.map((c) => c.below)).toEqual([0.8, 0.6, 0.5]);
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
    ['the old single deviation threshold', variant((p) => (p.deviationThreshold = 0.2)), 'underThreshold'],
    ['an unknown field (a typo)', variant((p) => (p.overThreshhold = 1.3)), '未知的规则字段“overThreshhold”'],
    ['over threshold 120 (meant 120 %)', variant((p) => (p.overThreshold = 120)), 'overThreshold'],
    ['over threshold below 100 %', variant((p) => (p.overThreshold = 0.8)), '大于1'],
    ['under threshold above 100 %', variant((p) => (p.underThreshold = 1.1)), 'underThreshold'],
    ['under threshold 0', variant((p) => (p.underThreshold = 0)), 'underThreshold'],
    ['large-miss bound above the explanation bound', variant((p) => ((p.underThreshold = 0.7), (p.largeMissThreshold = 0.8))), '偏差较大的指标必须说明原因'],
    ['over-achievement as a bare word', variant((p) => (p.overAchievement = 'deduct')), 'overAchievement'],
    ['deduct without points', variant((p) => (p.overAchievement = { action: 'deduct' })), '扣分'],
    ['deduct more than the total', variant((p) => (p.overAchievement = { action: 'deduct', points: 120 })), '不超过总分'],
    ['caps not a list', variant((p) => (p.executionCaps = { below: 0.8, maxTotal: 89 })), 'executionCaps'],
    ['a cap bound of 80 (meant 80 %)', variant((p) => (p.executionCaps = [{ below: 80, maxTotal: 89 }])), '第1项的执行率上界'],
    ['a cap above the total', variant((p) => (p.executionCaps = [{ below: 0.8, maxTotal: 189 }])), '第1项的总分上限'],
    ['caps not decreasing', variant((p) => (p.executionCaps = [{ below: 0.8, maxTotal: 79 }, { below: 0.6, maxTotal: 89 }])), '执行率越低，上限应越低'],
    ['equal caps for two bands', variant((p) => (p.executionCaps = [{ below: 0.8, maxTotal: 79 }, { below: 0.7, maxTotal: 79 }])), '自相矛盾'],
    ['a repeated cap bound', variant((p) => (p.executionCaps = [{ below: 0.8, maxTotal: 89 }, { below: 0.8, maxTotal: 79 }])), '重复'],
    ['coherence 5 (meant 5 %)', variant((p) => (p.coherence = 5)), 'coherence'],
    ['coherence as text', variant((p) => (p.coherence = 'on')), 'coherence'],
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
        p.overThreshold = 0.5;
        p.executionRateThreshold = 9;
        p.tierDefaults[3] = 0.9;
      }),
    );
    expect(errors).toHaveLength(3);
  });
});

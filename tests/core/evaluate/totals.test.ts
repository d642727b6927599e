/** Weights, totals, rounding and grades of whole tables (SPEC §3.1, §4). */
import { scoreNational, withFiller, type IndicatorSpec } from './nationalTable';
import { PROFILES } from '../../../src/core/rules/profile';

const met = (level1: string, level2: string, name: string, weight: number): IndicatorSpec => ({ level1, level2, name, target: '100人', actual: '100人', weight, score: weight });
const zero = (name: string): IndicatorSpec => ({ level1: '产出指标', level2: '数量指标', name, target: '100人', actual: '0人', weight: 10, score: 0, reason: '未开展。' });

describe('rounding', () => {
  test('indicator scores are rounded to 2 decimals and the total is the sum of the rounded scores', () => {
    // three indicators: 10 × 2 / 3 = 6.6667 → 6.67 each; 3 × 6.67 = 20.01 (the unrounded sum is 20.00)
    const third = (name: string): IndicatorSpec => ({ level1: '产出指标', level2: '数量指标', name, target: '3场', actual: '2场', weight: 10, score: 6.67, reason: '受疫情影响。' });
    const s = scoreNational({
      indicators: [
        third('培训场次'),
        third('宣讲场次'),
        third('义诊场次'),
        met('产出指标', '质量指标', '合格人数', 20),
        met('效益指标', '社会效益指标', '受益人数', 30),
        met('满意度指标', '服务对象满意度指标', '满意人数', 10),
      ],
    });
    expect(s.evaluation.indicators.slice(0, 3).map((i) => i.score)).toEqual([6.67, 6.67, 6.67]);
    // 10 + 6.67 × 3 + 20 + 30 + 10 = 90.01, not 90.00
    expect(s.evaluation.total).toBe(90.01);
    expect(s.codes('SCORE_MISMATCH')).toHaveLength(0);
    expect(s.codes('TOTAL_DIFFERS')).toHaveLength(0);
  });
});

describe('grades on whole tables', () => {
  // 999 of 1000 → 10 × 0.999 = 9.99; each zero() loses 10
  const nearMiss: IndicatorSpec = { level1: '产出指标', level2: '数量指标', name: '发放人数', target: '1000人', actual: '999人', weight: 10, score: 9.99, reason: '少1人。' };
  test('89.99 → 良 (national)', () => {
    // 10 + 9.99 + 0 + 20 + 30 + 10 + 10 = 89.99
    const s = scoreNational({
      indicators: [nearMiss, zero('培训人数'), met('产出指标', '质量指标', '合格人数', 20), met('产出指标', '时效指标', '及时人数', 10), met('效益指标', '社会效益指标', '受益人数', 30), met('满意度指标', '服务对象满意度指标', '满意人数', 10)],
    });
    expect(s.evaluation.total).toBe(89.99);
    expect(s.evaluation.grade).toBe('良');
  });

  test('69.99 → 差 under kashgar, 中 under national', () => {
    // 10 + 9.99 + 0 + 0 + 0 + 30 + 10 + 10 = 69.99
    const spec = {
      indicators: [nearMiss, zero('培训人数'), zero('宣讲人数'), zero('义诊人数'), met('产出指标', '质量指标', '合格人数', 10), met('效益指标', '社会效益指标', '受益人数', 30), met('满意度指标', '服务对象满意度指标', '满意人数', 10)],
    };
    const k = scoreNational(spec, PROFILES.kashgar);
    expect(k.evaluation.total).toBe(69.99);
    expect(k.evaluation.grade).toBe('差');
    expect(scoreNational(spec).evaluation.grade).toBe('中');
  });
});

describe('WEIGHT_SUM', () => {
  test('indicator 分值 90 + 执行率 10 = 100: no finding', () => {
    expect(scoreNational({ indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }) }).codes('WEIGHT_SUM')).toHaveLength(0);
  });

  test('85 + 10 = 95 ≠ 100: error at the total row with the numbers', () => {
    const s = scoreNational({ indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 5, score: 5 }) });
    const f = s.codes('WEIGHT_SUM');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].cell).toBe(s.totalAt('weight'));
    expect(f[0].message).toBe(`${s.totalAt('weight')}：各指标分值合计85分加预算执行率分值10分共95分，不等于总分100分。`);
    expect(s.evaluation.weightTotal).toBe(95);
  });

  test('a 总分 row that states 95 when the parts add to 100 is also reported', () => {
    const s = scoreNational({ indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }), total: { weight: 95, score: 100 } });
    const f = s.codes('WEIGHT_SUM');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('95分');
    expect(f[0].message).toContain('100分');
  });
});

describe('LEVEL1_SPLIT (info)', () => {
  const split = (effect: number, satisfaction: number | null) => {
    const indicators = [met('产出指标', '数量指标', '培训人数', 50), met('效益指标', '社会效益指标', '受益人数', effect)];
    if (satisfaction !== null) indicators.push(met('满意度指标', '服务对象满意度指标', '满意人数', satisfaction));
    return scoreNational({ indicators });
  };

  test('产出 50 / 效益 30 / 满意度 10 is the recommendation: no finding', () => {
    expect(split(30, 10).codes('LEVEL1_SPLIT')).toHaveLength(0);
  });

  test('no 满意度 indicator: its 10 folds into 效益, so 产出 50 / 效益 40 is as recommended', () => {
    expect(split(40, null).codes('LEVEL1_SPLIT')).toHaveLength(0);
  });

  test('产出 50 / 效益 20 / 满意度 20 differs: info with both splits', () => {
    const f = split(20, 20).codes('LEVEL1_SPLIT');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].message).toContain('效益指标20分');
    expect(f[0].message).toContain('效益指标30分');
  });

  test('without 满意度, 效益 30 + 产出 60 differs from 50 / 40', () => {
    const s = scoreNational({ indicators: [met('产出指标', '数量指标', '培训人数', 60), met('效益指标', '社会效益指标', '受益人数', 30)] });
    expect(s.codes('LEVEL1_SPLIT')).toHaveLength(1);
    expect(s.codes('WEIGHT_SUM')).toHaveLength(0);
  });

  test('profiles without a recommendation (sichuan) do not compare', () => {
    expect(scoreNational({ indicators: [met('产出指标', '数量指标', '培训人数', 60), met('效益指标', '社会效益指标', '受益人数', 30)] }, PROFILES.sichuan).codes('LEVEL1_SPLIT')).toHaveLength(0);
  });
});

describe('reported scores', () => {
  test('SCORE_EXCEEDS_WEIGHT: 16 of 15', () => {
    const s = scoreNational({
      indicators: [
        met('产出指标', '数量指标', '培训人数', 50),
        met('效益指标', '社会效益指标', '受益人数', 15),
        { level1: '效益指标', level2: '社会效益指标', name: '非法上访事件', target: '0', actual: '0', weight: 15, score: 16 },
        met('满意度指标', '服务对象满意度指标', '满意人数', 10),
      ],
    });
    const f = s.codes('SCORE_EXCEEDS_WEIGHT');
    expect(f.map((x) => x.cell)).toEqual([s.at(2, 'score')]);
    expect(f[0].message).toBe(`${s.at(2, 'score')}：自评得分16分超过该指标分值15分。`);
    expect(s.ind(2).score).toBe(15);
  });

  test.each([
    [8.57, false],
    [8.58, false], // 0.01 off is within
    [8.56, false],
    [8.59, true], // 0.02 off
    [10, true],
  ])('SCORE_MISMATCH against 8.57 (10 × 120 / 140): reported %p → %p', (reported, mismatch) => {
    const s = scoreNational({ indicators: withFiller({ name: '培训人数', target: '140人', actual: '120人', weight: 10, score: reported, reason: '人数减少。' }) });
    const f = s.codes('SCORE_MISMATCH');
    expect(f).toHaveLength(mismatch ? 1 : 0);
    if (mismatch) {
      expect(f[0].cell).toBe(s.at(0, 'score'));
      expect(f[0].message).toContain(`自评得分${reported}分，复核得分8.57分`);
    }
  });
});

describe('TOTAL_MISMATCH vs TOTAL_DIFFERS', () => {
  const base = (total: number) => scoreNational({ indicators: withFiller({ name: '培训人数', target: '140人', actual: '120人', weight: 10, score: 10, reason: '人数减少。' }), total: { weight: 100, score: total } });

  test('reported parts add to 100 and the total says 100: only TOTAL_DIFFERS (recomputed 98.57)', () => {
    const s = base(100);
    expect(s.codes('TOTAL_MISMATCH')).toHaveLength(0);
    const f = s.codes('TOTAL_DIFFERS');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(s.totalAt('score'));
    // 100 − 98.57 = 1.43
    expect(f[0].message).toBe(`${s.totalAt('score')}：自评总分100分，复核总分98.57分，自评高出复核1.43分。`);
  });

  test('total 98.57 while the reported parts add to 100: only TOTAL_MISMATCH', () => {
    const s = base(98.57);
    expect(s.codes('TOTAL_DIFFERS')).toHaveLength(0);
    const f = s.codes('TOTAL_MISMATCH');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('98.57分');
    expect(f[0].message).toContain('100分');
  });

  test('total 95: both', () => {
    const s = base(95);
    expect(s.codes('TOTAL_MISMATCH')).toHaveLength(1);
    expect(s.codes('TOTAL_DIFFERS')).toHaveLength(1);
  });
});

describe('tables without 分值 (部门整体)', () => {
  const dept = () => ({
    noWeights: true,
    budget: { adjusted: 100, executed: 80, rate: '80%' },
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '培训人数', target: '100人', actual: '90人', reason: '场地受限。' },
      { level1: '产出指标', level2: '质量指标', name: '合格率', target: '≥95%', actual: '96%' },
      { level1: '效益指标', level2: '社会效益指标', name: '受益人数', target: '1000人', actual: '1000人' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: '92%' },
    ],
  });

  test('national: checked but not scored (total and grade null)', () => {
    const s = scoreNational(dept());
    expect(s.evaluation.kind).toBe('department');
    expect(s.evaluation.total).toBeNull();
    expect(s.evaluation.grade).toBeNull();
    expect(s.evaluation.weightsAssumed).toBe(false);
    expect(s.ind(0).score).toBeNull();
    expect(s.codes('TARGET_MISSED')).toHaveLength(1);
    expect(s.codes('WEIGHT_SUM')).toHaveLength(0);
  });

  test('hubei: scored with 推定权重 — 20 × 80 % + 4 × 20 weighted', () => {
    // budget 20 × 0.8 = 16; indicators (100 − 20) / 4 = 20 each; 培训人数 20 × 90 / 100 = 18
    // total = 16 + 18 + 20 + 20 + 20 = 94
    const s = scoreNational(dept(), PROFILES.hubei);
    expect(s.evaluation.weightsAssumed).toBe(true);
    expect(s.evaluation.budget!.score).toBe(16);
    expect(s.evaluation.indicators.map((i) => i.weight)).toEqual([20, 20, 20, 20]);
    expect(s.evaluation.indicators.every((i) => i.weightAssumed)).toBe(true);
    expect(s.ind(0).score).toBe(18);
    expect(s.evaluation.total).toBe(94);
    expect(s.evaluation.grade).toBe('优');
    // every score written says it used 推定权重
    expect(s.ind(0).basis).toContain('推定权重20分');
    expect(s.evaluation.budget!.basis).toContain('推定权重20分');
  });
});

/** 偏差说明 (SPEC §5): the generated sentences match the SPEC's examples for the same numbers; messages are zh-CN. */
import { scoreNational, withFiller, type IndicatorSpec } from './nationalTable';
import { quantityCommentary, rateCommentary } from '../../../src/core/evaluate/basis';

const one = (u: Partial<IndicatorSpec> & { name: string }) => scoreNational({ indicators: withFiller({ weight: 10, score: 10, ...u }) });

describe('the SPEC §5 examples, through whole tables', () => {
  test('未完成', () => {
    expect(one({ name: '残疾人农村实用技术培训人数', target: '140人', actual: '120人' }).ind(0).commentary).toBe(
      '实际完成120人，较年度指标值140人少20人，完成率85.71%，未达成年度指标。',
    );
  });

  test('超额', () => {
    expect(one({ name: '残疾人康复救助补贴人次', target: '1100人次', actual: '1400人次' }).ind(0).commentary).toBe(
      '实际完成1400人次，较年度指标值1100人次超出300人次（27.27%），偏差较大，请分析年初指标值设定是否偏低。',
    );
  });

  test('成本超支', () => {
    expect(one({ name: '人均培训成本', target: '≤0.3万元/人/年', actual: '0.35万元/人/年' }).ind(0).commentary).toBe(
      '实际成本0.35万元/人/年，超出指标值0.3万元/人/年16.67%。',
    );
  });

  test('执行率', () => {
    const s = scoreNational({
      budget: { adjusted: 3660.83, executed: 2794.69, weight: 10, rate: '76.34%', score: 7.63 },
      indicators: withFiller({ name: '培训人数', target: '100人', actual: '100人', weight: 10, score: 10 }),
    });
    expect(s.evaluation.budgetCommentary).toBe('预算执行率76.34%，低于90%，请说明原因。');
  });

  test('no commentary when nothing needs explaining', () => {
    const s = one({ name: '培训人数', target: '100人', actual: '105人' });
    expect(s.ind(0).commentary).toBeNull();
    expect(s.evaluation.budgetCommentary).toBeNull();
  });
});

describe('the sentence builders directly', () => {
  test('thresholds print without padding zeros; measured rates keep two decimals', () => {
    expect(rateCommentary(0.5, 0.9)).toBe('预算执行率50.00%，低于90%，请说明原因。');
    expect(rateCommentary(0.8, 0.925)).toBe('预算执行率80.00%，低于92.5%，请说明原因。');
  });

  test('over-achievement of a range counts from its upper bound', () => {
    const text = quantityCommentary(
      { target: 90, upper: 95, actual: 120, unit: '%', direction: 'atLeast', weight: 10, score: 10, completion: 120 / 95, met: true },
      '受益率',
    );
    // 120 − 95 = 25 个百分点; 25 / 95 = 26.32 %
    expect(text).toBe('实际完成120%，较年度指标值95%超出25个百分点（26.32%），偏差较大，请分析年初指标值设定是否偏低。');
  });
});

describe('messages', () => {
  // A table with many problems at once: every message must be Chinese, name its cell and hold its numbers.
  const s = scoreNational({
    budget: { adjusted: 3660.83, executed: 2794.69, weight: 10, rate: '78%', score: 10 },
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '培训人数', target: '140人', actual: '120人', weight: 10, score: 10 },
      { level1: '产出指标', level2: '数量指标', name: '补贴人次', target: '1100人次', actual: '1400人次', weight: 10, score: 12 },
      { level1: '产出指标', level2: '成本指标', name: '人均成本', target: '≤0.3万元/人/年', actual: '0.35万元/人/年', weight: 10, score: 10 },
      { level1: '产出指标', level2: '质量指标', name: '服务人数', target: '100人', actual: '100人次', weight: 20, score: 20 },
      { level1: '效益指标', level2: '社会效益指标', name: '制度健全性', target: '健全', actual: '基本健全', weight: 30, score: 30 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: null, weight: 10, score: 10 },
    ],
  });
  const findings = s.evaluation.findings;

  test('the table has the problems it was built with', () => {
    const codes = new Set(findings.map((f) => f.code));
    for (const c of ['EXECUTION_RATE_MISMATCH', 'EXECUTION_RATE_LOW', 'TARGET_MISSED', 'DEVIATION_LARGE', 'SCORE_EXCEEDS_WEIGHT', 'SCORE_MISMATCH', 'UNIT_MISMATCH', 'QUALITATIVE_OUT_OF_TIER', 'VALUE_MISSING', 'REASON_MISSING', 'TOTAL_DIFFERS'] as const) {
      expect(codes).toContain(c);
    }
  });

  test('every message is one zh-CN sentence that starts with its cell', () => {
    for (const f of findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message).toMatch(/。$/);
      if (f.cell) expect(f.message.startsWith(`${f.cell}：`)).toBe(true);
    }
  });

  test('errors first, then warnings, then infos', () => {
    const order = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('messages carry the numbers', () => {
    const msg = (code: string) => findings.filter((f) => f.code === code).map((f) => f.message).join('\n');
    expect(msg('EXECUTION_RATE_MISMATCH')).toContain('78.00%');
    expect(msg('EXECUTION_RATE_MISMATCH')).toContain('76.34%');
    expect(msg('TARGET_MISSED')).toContain('85.71%');
    expect(msg('DEVIATION_LARGE')).toContain('127.27%');
    expect(msg('SCORE_EXCEEDS_WEIGHT')).toContain('12分');
    expect(msg('QUALITATIVE_OUT_OF_TIER')).toContain('18–24分'); // tier 2 of 30: 60–80 % = 18–24
    expect(msg('SCORE_MISMATCH')).toContain('复核得分7.63分');
  });
});

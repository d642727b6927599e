/** Findings about the cells themselves: missing, unreadable, error values, template rows, reasons. */
import { scoreNational, withFiller, type IndicatorSpec } from './nationalTable';

const one = (u: Partial<IndicatorSpec> & { name: string }) => scoreNational({ indicators: withFiller({ weight: 10, score: 10, ...u }) });

describe('VALUE_MISSING', () => {
  test('empty actual: error at the actual cell, scored 0', () => {
    const s = one({ name: '补贴人数', target: '100人', actual: null });
    const f = s.codes('VALUE_MISSING');
    expect(f.map((x) => x.cell)).toEqual([s.at(0, 'actual')]);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toBe(`${s.at(0, 'actual')}：指标“补贴人数”的实际完成值为空，无法核对完成情况。`);
    expect(s.ind(0).score).toBe(0);
    // 100 − 10 = 90
    expect(s.evaluation.total).toBe(90);
  });

  test('a dash in the target is a placeholder, i.e. missing', () => {
    const s = one({ name: '补贴人数', target: '—', actual: '100人' });
    expect(s.codes('VALUE_MISSING').map((x) => x.cell)).toEqual([s.at(0, 'target')]);
  });

  test('target written in the name ("年度资金支付完成率100%") with empty values: missing, not met', () => {
    const s = one({ name: '年度资金支付完成率100%', target: null, actual: null });
    expect(s.codes('VALUE_MISSING').map((x) => x.cell)).toEqual([s.at(0, 'target'), s.at(0, 'actual')]);
    expect(s.ind(0).score).toBe(0);
    expect(s.ind(0).type).not.toBe('not-applicable');
    expect(s.codes('SCORE_MISMATCH').map((x) => x.cell)).toEqual([s.at(0, 'score')]);
  });
});

describe('VALUE_UNPARSEABLE', () => {
  test('"完成" against "≤30万元": the actual should be a number', () => {
    const s = one({ name: '项目总成本', target: '≤30万元', actual: '完成' });
    const f = s.codes('VALUE_UNPARSEABLE');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(s.at(0, 'actual'));
    expect(f[0].message).toContain('完成');
    expect(f[0].message).toContain('≤30万元');
    expect(s.ind(0).basis).toContain('实际完成值却填写“完成”');
  });
});

describe('CELL_ERROR', () => {
  test('#DIV/0! as the actual: error at that cell, scored 0, no VALUE_MISSING', () => {
    const s = one({ name: '补贴人数', target: '100人', actual: { error: '#DIV/0!' } });
    const f = s.codes('CELL_ERROR');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe(s.at(0, 'actual'));
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('#DIV/0!');
    expect(s.ind(0).score).toBe(0);
    expect(s.codes('VALUE_MISSING')).toHaveLength(0);
  });

  test('#REF! written as text in a weight cell is an error too', () => {
    const s = one({ name: '补贴人数', target: '100人', actual: '100人', weight: '#REF!' });
    expect(s.codes('CELL_ERROR').map((x) => x.cell)).toContain(s.at(0, 'weight'));
  });

  test('an error in the 执行数 cell', () => {
    const s = scoreNational({
      budget: { adjusted: 420, executed: { error: '#VALUE!' }, weight: 10, score: 10, lines: [] },
      indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }),
    });
    expect(s.codes('CELL_ERROR').map((x) => x.cell)).toEqual([s.budgetAt('executed')]);
    expect(s.evaluation.budget!.score).toBeNull();
  });
});

describe('PLACEHOLDER_ROW', () => {
  test('"指标2：……" with nothing else: info, not applicable, not scored', () => {
    const s = scoreNational({
      indicators: [
        ...withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }),
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '指标2：……' },
      ],
    });
    const f = s.codes('PLACEHOLDER_ROW');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].cell).toBe(s.at(5, 'name'));
    expect(s.ind(5).type).toBe('not-applicable');
    expect(s.codes('VALUE_MISSING')).toHaveLength(0);
    expect(s.evaluation.total).toBe(100);
  });

  test('a "/" row is not applicable but not a template leftover', () => {
    const s = scoreNational({
      indicators: [
        ...withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }),
        { level1: '效益指标', level2: '生态效益指标', name: '/', target: '/', actual: '/', weight: '/', score: '/' },
      ],
    });
    expect(s.ind(5).type).toBe('not-applicable');
    expect(s.codes('PLACEHOLDER_ROW')).toHaveLength(0);
    expect(s.evaluation.findings).toHaveLength(0);
  });
});

describe('REASON_MISSING only when the reason cell is empty', () => {
  test.each([
    [null, 1],
    ['', 1],
    ['本年度参加技术培训人数减少。', 0],
  ])('reason %p → %p finding(s); the commentary is computed either way', (reason, n) => {
    const s = one({ name: '技术培训人数', target: '140人', actual: '120人', reason });
    expect(s.codes('REASON_MISSING')).toHaveLength(n);
    if (n) expect(s.codes('REASON_MISSING')[0].cell).toBe(s.at(0, 'reason'));
    expect(s.ind(0).commentary).toBe('实际完成120人，较年度指标值140人少20人，完成率85.71%，未达成年度指标。');
  });

  test('a met indicator needs no reason', () => {
    expect(one({ name: '技术培训人数', target: '140人', actual: '150人' }).codes('REASON_MISSING')).toHaveLength(0);
  });
});

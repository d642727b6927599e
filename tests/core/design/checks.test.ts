/** Indicator design checks (SPEC §3.4) on whole national tables: each fires on its problem and not on clean rows. */
import { scoreNational, withFiller, type IndicatorSpec, type TableSpec } from '../evaluate/nationalTable';
import { DESIGN_CHECKS } from '../../../src/core/design/checks';
import type { FindingCode } from '../../../src/core/findings';

const DESIGN_CODES = DESIGN_CHECKS.map((c) => c.code);
/** The design findings of a table, as [code, cell] pairs. */
const design = (spec: TableSpec) => {
  const s = scoreNational(spec);
  return { s, found: s.evaluation.findings.filter((f) => DESIGN_CODES.includes(f.code)).map((f) => [f.code, f.cell] as [FindingCode, string | null]) };
};
/** One indicator under test in an otherwise clean full table (see withFiller); its reported score is short of full. */
const one = (u: Partial<IndicatorSpec> & { name: string }) => design({ indicators: withFiller({ level1: '产出指标', level2: '数量指标', target: '100人', actual: '100人', weight: 10, score: 9.5, ...u }) });

test('a clean table gives no design finding', () => {
  expect(one({ name: '补贴人数' }).found).toEqual([]);
});

describe('QUANTITY_IS_SPENDING', () => {
  test.each([
    ['年度资金支付完成率', '100%', '资金支付'],
    ['资金拨付率', '100%', '资金拨付'],
    ['预算执行进度', '≥90%', '预算执行'],
    ['项目执行率', '100%', '执行率'],
    ['上半年支出进度', '≥50%', '支出进度'],
  ])('产出 %s (%s) → warning at the name cell naming “%s”', (name, target, word) => {
    const { s, found } = one({ name, target, actual: target.replace('≥', '') });
    expect(found).toEqual([['QUANTITY_IS_SPENDING', s.at(0, 'name')]]);
    expect(s.codes('QUANTITY_IS_SPENDING')[0].message).toContain(`“${word}”`);
    expect(s.codes('QUANTITY_IS_SPENDING')[0].severity).toBe('warning');
  });

  test.each([
    ['补助资金拨付及时率', '100%'], // timeliness of paying beneficiaries is a 时效 output
    ['培训计划执行率', '100%'],
    ['资金发放人数', '100人'],
  ])('not for %s', (name, target) => {
    expect(one({ name, target, actual: target }).found).toEqual([]);
  });

  test('not outside 产出: a 效益 indicator may mention 执行率', () => {
    const { found } = one({ level1: '效益指标', level2: '社会效益指标', name: '政策执行率', target: '100%', actual: '100%' });
    expect(found).toEqual([]);
  });
});

describe('COST_DIRECTION', () => {
  test.each([
    ['≥500元', true],
    ['不低于500元', true],
    ['≤500元', false],
    ['500元', false], // no comparator: the name decides the direction, nothing written wrong
  ])('人均成本 %s → %p', (target, fires) => {
    const { s, found } = one({ level2: '成本指标', name: '人均培训成本', target, actual: '480元' });
    expect(found).toEqual(fires ? [['COST_DIRECTION', s.at(0, 'target')]] : []);
  });

  test('a saving rate may say “at least”', () => {
    expect(one({ level2: '成本指标', name: '成本节约率', target: '≥5%', actual: '6%' }).found).toEqual([]);
  });
});

describe('DUPLICATE_INDICATOR', () => {
  test('the same name under 产出 and 效益 (numbering and spaces aside) → at the second, naming the first', () => {
    const { s, found } = design({
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '1. 受益残疾人数', target: '100人', actual: '100人', weight: 10, score: 9 },
        ...withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }).slice(1, 4),
        { level1: '效益指标', level2: '社会效益指标', name: '受益残疾人 数', target: '100人', actual: '100人', weight: 0, score: 0 },
        withFiller({ name: 'x' })[4],
      ],
    });
    expect(found).toEqual([['DUPLICATE_INDICATOR', s.at(4, 'name')]]);
    const m = s.codes('DUPLICATE_INDICATOR')[0].message;
    expect(m).toContain(s.at(0, 'name'));
    expect(m).toContain('产出指标/数量指标');
    expect(m).toContain('效益指标/社会效益指标');
  });
});

describe('SATISFACTION_WITHOUT_SURVEY', () => {
  const sat = (actual: string) => {
    const indicators = withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 });
    indicators[4] = { ...indicators[4], target: '≥90%', actual, score: 10 };
    return design({ indicators });
  };
  test.each(['未收到投诉', '无投诉。', '未发生投诉事件', '无', '未开展满意度调查'])('%s → warning at the actual', (actual) => {
    const { s, found } = sat(actual);
    expect(found).toContainEqual(['SATISFACTION_WITHOUT_SURVEY', s.at(4, 'actual')]);
  });
  test.each(['95%', '满意'])('not for %s', (actual) => {
    expect(sat(actual).found.filter(([c]) => c === 'SATISFACTION_WITHOUT_SURVEY')).toEqual([]);
  });
});

describe('VAGUE_TARGET (info)', () => {
  const benefit = (target: string) => one({ level1: '效益指标', level2: '社会效益指标', name: '工程良性运行', target, actual: '达成年度指标' });
  test.each([
    ['长期', true],
    ['逐步推进', true],
    ['有效提升', false], // a tier word
    ['≥95%', false],
    ['安全度汛', false], // a definite state
  ])('效益 target %s → %p', (target, fires) => {
    const { s, found } = benefit(target);
    expect(found.filter(([c]) => c === 'VAGUE_TARGET')).toEqual(fires ? [['VAGUE_TARGET', s.at(0, 'target')]] : []);
    if (fires) expect(s.codes('VAGUE_TARGET')[0].severity).toBe('info');
  });

  test('a 产出 target is not judged here', () => {
    expect(one({ name: '制度建设', target: '长期', actual: '达成年度指标' }).found.filter(([c]) => c === 'VAGUE_TARGET')).toEqual([]);
  });

  const benefits = (targets: string[]): IndicatorSpec[] =>
    targets.map((target, i) => ({ level1: '效益指标', level2: '社会效益指标', name: `效益${i + 1}`, target, actual: '96%', weight: 10, score: 10 }));
  const table = (targets: string[]) =>
    design({
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '补贴人数', target: '100人', actual: '100人', weight: 50, score: 49 },
        ...benefits(targets),
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: '95%', weight: 40 - 10 * targets.length, score: 40 - 10 * targets.length },
      ],
    });
  test('every one of 3 效益 targets “≥95%” → one table-level info at the first', () => {
    const { s, found } = table(['≥95%', '≥95%', '≥95%']);
    expect(found).toEqual([['VAGUE_TARGET', s.at(1, 'target')]]);
    expect(s.codes('VAGUE_TARGET')[0].message).toContain('全部3项效益指标的指标值都是“≥95%”');
  });
  test('two alike, or three that differ: nothing', () => {
    expect(table(['≥95%', '≥95%']).found).toEqual([]);
    expect(table(['≥95%', '≥95%', '≥90%']).found).toEqual([]);
  });
});

describe('ALL_FULL_MARKS', () => {
  test('every indicator self-scored full while a target is missed → warning at the total naming it', () => {
    const { s, found } = one({ name: '培训人数', target: '140人', actual: '120人', score: 10, reason: '疫情影响。' });
    expect(found).toEqual([['ALL_FULL_MARKS', s.totalAt('score')]]);
    expect(s.codes('ALL_FULL_MARKS')[0].message).toBe(`${s.totalAt('score')}：全部5项指标均自评满分，但1项指标未达成年度指标值（“培训人数”），自评偏高，请核实。`);
  });

  test('…or while 执行率 is below 100 %: 400 / 420 = 95.24 %', () => {
    const { s, found } = design({
      budget: { adjusted: 420, executed: 400, weight: 10, rate: '95.24%', score: 9.52 },
      indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }),
    });
    expect(found).toContainEqual(['ALL_FULL_MARKS', s.totalAt('score')]);
    expect(s.codes('ALL_FULL_MARKS')[0].message).toContain('预算执行率仅95.24%');
  });

  test('not when everything was met at 100 %, nor when the unit marked itself down', () => {
    expect(one({ name: '补贴人数', score: 10 }).found).toEqual([]);
    expect(one({ name: '培训人数', target: '140人', actual: '120人', score: 8.57, reason: '疫情影响。' }).found).toEqual([]);
  });
});

test('design findings never change a score: the same table with and without a spending indicator scores the same', () => {
  const clean = one({ name: '补贴人数', target: '100%', actual: '100%' }).s.evaluation;
  const spending = one({ name: '年度资金支付完成率', target: '100%', actual: '100%' }).s.evaluation;
  expect(spending.total).toBe(clean.total);
  expect(spending.indicators.map((i) => i.score)).toEqual(clean.indicators.map((i) => i.score));
});

test('every design finding carries the severity its check declares', () => {
  const severities = new Map(DESIGN_CHECKS.map((c) => [c.code, c.severity]));
  const { s } = one({ level2: '成本指标', name: '年度资金支付成本', target: '≥500元', actual: '500元', score: 10 });
  const found = s.evaluation.findings.filter((f) => severities.has(f.code));
  expect(found.length).toBeGreaterThan(1);
  for (const f of found) expect(f.severity).toBe(severities.get(f.code));
});

/** Properties of the scoring engine over random national tables (recognise + evaluate). */
import fc from 'fast-check';
import { scoreNational, withFiller, type In, type IndicatorSpec } from '../evaluate/nationalTable';
import { PROFILES } from '../../../src/core/rules/profile';
import { round2 } from '../../../src/core/format';

const LEVELS: Array<[string, string]> = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];
const NAMES = ['培训人数', '人均成本', '补贴到位率', '上访事件', '群众满意度', '制度健全性'];
const UNITS = ['人', '人次', '万元', '元', '%', '场', ''];
const COMPARATORS = ['', '≥', '≤', '＝', '不低于', '不超过'];
const WORDS = ['完成', '基本完成', '未完成', '健全', '基本健全', '有效提升', '正在推进', '—'];

const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 500000 }).map((n) => n / 100));
const weight = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3000 }).map((n) => n / 100));
const reported: fc.Arbitrary<In> = fc.option(fc.integer({ min: 0, max: 4000 }).map((n) => n / 100), { nil: null });

const quantitative: fc.Arbitrary<IndicatorSpec> = fc
  .record({
    level: fc.constantFrom(...LEVELS),
    name: fc.constantFrom(...NAMES),
    cmp: fc.constantFrom(...COMPARATORS),
    unit: fc.constantFrom(...UNITS),
    actualUnit: fc.constantFrom(...UNITS),
    target: amount,
    actual: amount,
    weight,
    score: reported,
  })
  .map((r) => ({
    level1: r.level[0],
    level2: r.level[1],
    name: r.name,
    target: `${r.cmp}${r.target}${r.unit}`,
    actual: `${r.actual}${r.actualUnit}`,
    weight: r.weight,
    score: r.score,
  }));

const qualitative: fc.Arbitrary<IndicatorSpec> = fc
  .record({ level: fc.constantFrom(...LEVELS), name: fc.constantFrom(...NAMES), target: fc.constantFrom('健全', '有效提升', '完成'), actual: fc.constantFrom(...WORDS), weight, score: reported })
  .map((r) => ({ level1: r.level[0], level2: r.level[1], name: r.name, target: r.target, actual: r.actual, weight: r.weight, score: r.score }));

const budget = fc.record({
  adjusted: fc.integer({ min: 1, max: 100000 }).map((n) => n / 100),
  executed: fc.integer({ min: 0, max: 150000 }).map((n) => n / 100),
  weight: fc.integer({ min: 0, max: 20 }),
  score: reported,
});

describe('over random tables', () => {
  test('every indicator score lies in [0, 分值], the 执行率 score in [0, its 分值], and total = round2(sum of the parts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(quantitative, qualitative), { minLength: 1, maxLength: 8 }),
        budget,
        fc.constantFrom(...Object.keys(PROFILES)),
        (indicators, b, profile) => {
          const { evaluation } = scoreNational({ indicators, budget: { ...b, rate: null } }, PROFILES[profile]);
          expect(evaluation.indicators).toHaveLength(indicators.length);
          let sum = 0;
          for (const i of evaluation.indicators) {
            if (i.type === 'not-applicable') continue;
            if (i.weight === null) {
              expect(i.score).toBeNull();
              continue;
            }
            expect(i.score).not.toBeNull();
            expect(i.score!).toBeGreaterThanOrEqual(0);
            expect(i.score!).toBeLessThanOrEqual(i.weight);
            expect(round2(i.score!)).toBe(i.score); // already rounded to 2 decimals
            sum += i.score!;
          }
          const bs = evaluation.budget!.score!;
          expect(bs).toBeGreaterThanOrEqual(0);
          expect(bs).toBeLessThanOrEqual(b.weight);
          expect(evaluation.total).toBe(round2(sum + bs));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Renders an integer the way different units and sheets write it. */
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const thousands = (n: number) => n.toLocaleString('en-US');

describe('the surface form of a value never changes the score', () => {
  test('full-width digits, spaces and thousands separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 0, max: 99999 }),
        fc.constantFrom('人', '人次', '万元', '场'),
        fc.constantFrom('', '≥', '≤'),
        (target, actual, unit, cmp) => {
          const forms = [
            `${actual}${unit}`,
            `${fullWidth(String(actual))}${unit}`,
            ` ${actual} ${unit} `,
            `${thousands(actual)}${unit}`,
            `${fullWidth(thousands(actual))}${unit}`,
          ];
          const targets = [`${cmp}${target}${unit}`, `${cmp}${thousands(target)}${unit}`, `${cmp} ${fullWidth(String(target))}${unit}`];
          const scores = new Set<string>();
          for (const t of targets) {
            for (const a of forms) {
              const s = scoreNational({ indicators: withFiller({ name: '服务人数', target: t, actual: a, weight: 10, score: 10 }) });
              scores.add(`${s.ind(0).score}|${s.evaluation.total}|${s.ind(0).completion}`);
            }
          }
          expect([...scores]).toHaveLength(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a percentage as a formatted number or as text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 120 }), (target, actual) => {
        const forms: In[] = [{ value: actual / 100, format: '0%' }, { value: actual / 100, format: '0.00%' }, `${actual}%`, `${actual}％`, `${actual}.00%`, `${fullWidth(String(actual))}%`];
        const targets: In[] = [`≥${target}%`, { value: target / 100, format: '0%' }, `≥${target}.0%`];
        const scores = new Set<string>();
        for (const t of targets) {
          for (const a of forms) {
            const s = scoreNational({ indicators: withFiller({ name: '补贴到位率', target: t, actual: a, weight: 10, score: 10 }) });
            scores.add(`${s.ind(0).score}|${s.evaluation.total}`);
          }
        }
        expect([...scores]).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * SPEC §2, numbers: invisible and look-alike characters in 分值 / 得分 cells. Each case either reads the
 * number the clerk sees or gives VALUE_UNPARSEABLE at its cell naming the character; never "empty".
 * The cells are put in a full national table (weight 10, score 10 on the row under test).
 */
import { scoreNational, withFiller } from '../evaluate/nationalTable';
import { normalizeText, stripInvisible, toHalfWidth } from '../../../src/core/values/normalize';
import { parseValue } from '../../../src/core/values';
import type { CellScalar } from '../../../src/core/grid';

const scored = (weight: CellScalar, score: CellScalar) =>
  scoreNational({ indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight, score }), total: { weight: 100, score: 100 } });

/** Characters stripped: zero-width and directional marks, each inside "1" "0" (the clerk sees 10). */
const STRIPPED: Array<[string, string]> = [
  ['U+200B zero-width space', '\u200b'],
  ['U+200C zero-width non-joiner', '\u200c'],
  ['U+200D zero-width joiner', '\u200d'],
  ['U+2060 word joiner', '\u2060'],
  ['U+FEFF byte-order mark', '\ufeff'],
  ['U+200E left-to-right mark', '\u200e'],
  ['U+200F right-to-left mark', '\u200f'],
  ['U+202A left-to-right embedding', '\u202a'],
  ['U+202B right-to-left embedding', '\u202b'],
  ['U+202C pop directional formatting', '\u202c'],
  ['U+202D left-to-right override', '\u202d'],
  ['U+202E right-to-left override', '\u202e'],
  ['U+2066 left-to-right isolate', '\u2066'],
  ['U+2067 right-to-left isolate', '\u2067'],
  ['U+2068 first strong isolate', '\u2068'],
  ['U+2069 pop directional isolate', '\u2069'],
];

/** Digits mapped to 0–9: full-width and both Arabic-Indic blocks. */
const MAPPED: Array<[string, string, number]> = [
  ['full-width digits', '１０', 10],
  ['full-width digits and point', '１０．０', 10],
  ['Arabic-Indic digits U+0660–0669', '\u0661\u0660', 10],
  ['Eastern Arabic-Indic digits U+06F0–06F9', '\u06f1\u06f0', 10],
  ['Arabic-Indic with the Arabic decimal separator', '\u0661\u0660\u066b\u0660', 10],
  ['zero-width space and full-width digits together', '\u200b１\u200b０', 10],
  ['right-to-left mark around Arabic-Indic digits', '\u200f\u0661\u0660\u200f', 10],
];

/** Not numbers: VALUE_UNPARSEABLE naming what is wrong. */
const REFUSED: Array<[string, CellScalar, string]> = [
  ['superscript digit', '1⁰', '上标数字“⁰”（U+2070）'],
  ['superscript two (Latin-1)', '1²', '上标数字“²”（U+00B2）'],
  ['subscript digit', '1₀', '下标数字“₀”（U+2080）'],
  ['circled number', '⑩', '带圈或带括号的数字“⑩”（U+2469）'],
  ['negative circled digit', '❶0', '带圈或带括号的数字“❶”（U+2776）'],
  ['parenthesized number', '⑽', '带圈或带括号的数字“⑽”（U+247D）'],
  ['roman numeral', 'Ⅹ', '分数或罗马数字符号“Ⅹ”（U+2169）'],
  ['Devanagari digits', '१०', '非阿拉伯数字“१”（U+0967）'],
  ['soft hyphen (invisible, not a mark to strip)', '1\u00ad0', '不可见字符 U+00AD'],
  ['invisible times operator', '1\u20620', '不可见字符 U+2062'],
  ['NaN as text', 'NaN', '“NaN”不是数值'],
  ['Infinity as text', 'Infinity', '“Infinity”不是数值'],
  ['-Infinity as text', '-Infinity', '“-Infinity”不是数值'],
  ['1e400 as text', '1e400', '科学计数法写法，且超出可表示的数值范围'],
  ['20e400 as text (fidelity 36)', '20e400', '科学计数法写法，且超出可表示的数值范围'],
  ['finite scientific notation', '1e1', '科学计数法写法，请填写普通数字'],
  ['NaN stored as a number', NaN, '数值无效或超出可表示的范围'],
  ['Infinity stored as a number (<v>1e400</v>)', Infinity, '数值无效或超出可表示的范围'],
  ['a letter', '1O', '无法识别的字符“O”（U+004F）'],
  ['a logical value', true, '逻辑值'],
];

describe('分值 and 得分 with invisible marks read as the number the clerk sees', () => {
  test.each(STRIPPED)('%s', (_name, mark) => {
    const s = scored(`1${mark}0`, `${mark}10`);
    expect(s.ind(0).weight).toBe(10);
    expect(s.ind(0).reportedScore).toBe(10);
    expect(s.codes('VALUE_UNPARSEABLE')).toEqual([]);
    expect(s.evaluation.total).toBe(100);
  });

  test.each(MAPPED)('%s', (_name, text, value) => {
    const s = scored(text, text);
    expect(s.ind(0).weight).toBe(value);
    expect(s.ind(0).reportedScore).toBe(value);
    expect(s.codes('VALUE_UNPARSEABLE')).toEqual([]);
  });
});

describe('分值 and 得分 that are not numbers: VALUE_UNPARSEABLE at the cell, naming the character', () => {
  test.each(REFUSED)('%s', (_name, value, why) => {
    const s = scored(value, value);
    const found = s.codes('VALUE_UNPARSEABLE');
    expect(found.map((f) => f.cell)).toEqual([s.at(0, 'weight'), s.at(0, 'score')]);
    expect(found[0].message).toContain('分值');
    expect(found[1].message).toContain('得分');
    for (const f of found) expect(f.message).toContain(why);
    expect(s.ind(0).weight).toBeNull();
    expect(s.ind(0).reportedScore).toBeNull();
  });

  test('the 资金 row and the 总分 row say so too', () => {
    const s = scoreNational({
      indicators: withFiller({ name: '补贴人数', target: '100人', actual: '100人', weight: 10, score: 10 }),
      budget: { adjusted: 420, executed: 420, weight: '1\u00b9', rate: 1, score: 'NaN' },
      total: { weight: '１００', score: '9⁰' },
    });
    expect(s.codes('VALUE_UNPARSEABLE').map((f) => f.cell)).toEqual([s.budgetAt('weight'), s.budgetAt('score'), s.totalAt('score')]);
  });
});

describe('value text (targets and actuals) gets the same treatment', () => {
  test.each(STRIPPED)('%s is removed before the grammar', (_name, mark) => {
    expect(stripInvisible(`≥9${mark}5%`)).toBe('≥95%');
    expect(normalizeText(`≥9${mark}5%`)).toBe('≥95%');
    expect(parseValue(`${mark}2800人`)).toMatchObject({ kind: 'quantity', value: 2800, unit: '人' });
  });

  test('Arabic-Indic and full-width digits are 0–9', () => {
    expect(toHalfWidth('\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669')).toBe('0123456789');
    expect(toHalfWidth('\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9')).toBe('0123456789');
    expect(toHalfWidth('０１２３４５６７８９')).toBe('0123456789');
    expect(parseValue('≥\u0669\u0665%')).toMatchObject({ kind: 'quantity', value: 95, unit: '%' });
  });
});

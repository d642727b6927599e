import { parseValue } from '../../../src/core/values';
import type { ParsedValue } from '../../../src/core/values';

/** The quantity fields that matter, so each case reads as one line. */
function q(v: ParsedValue) {
  if (v.kind !== 'quantity') throw new Error(`expected a quantity, got ${JSON.stringify(v)}`);
  return { comparator: v.comparator, value: v.value, unit: v.unit, upper: v.upper };
}

describe('parseValue: quantities written as text', () => {
  test.each([
    ['≥2800人', 'atLeast', 2800, '人'],
    ['2979人', null, 2979, '人'],
    ['≤0.02万元', 'atMost', 0.02, '万元'],
    ['98.06%', null, 98.06, '%'],
    ['1,400', null, 1400, null],
    ['2,794.69', null, 2794.69, null],
    ['１２０人', null, 120, '人'],
    ['９５％', null, 95, '%'],
    ['95.00%', null, 95, '%'],
    ['≥100百分比', 'atLeast', 100, '%'],
    ['≤1500元/人/年', 'atMost', 1500, '元/人/年'],
    ['1409.87元/人/年', null, 1409.87, '元/人/年'],
    ['不低于95%', 'atLeast', 95, '%'],
    ['不少于500人次', 'atLeast', 500, '人次'],
    ['至少3场', 'atLeast', 3, '场'],
    ['不超过880万元', 'atMost', 880, '万元'],
    ['不高于1000元', 'atMost', 1000, '元'],
    ['＞＝90%', 'atLeast', 90, '%'],
    ['＜＝0.3万元/人/年', 'atMost', 0.3, '万元/人/年'],
    ['>= 85 %', 'atLeast', 85, '%'],
    ['＝100%', 'equal', 100, '%'],
    ['﹦1个', 'equal', 1, '个'],
    ['等于4次', 'equal', 4, '次'],
    ['>0', 'greater', 0, null],
    ['＜5‰', 'less', 0.5, '%'],
    ['5‰', null, 0.5, '%'],
    ['76.34%', null, 76.34, '%'],
    ['≥266米', 'atLeast', 266, '米'],
    ['控制在30万元以内', 'atMost', 30, '万元'],
    ['100%以上', 'atLeast', 100, '%'],
    ['500人以下', 'atMost', 500, '人'],
    ['30天内', 'atMost', 30, '天'],
    ['完成率100%', null, 100, '%'],
    ['1100人次', null, 1100, '人次'],
    ['2.5万人', null, 2.5, '万人'],
    ['-3.5%', null, -3.5, '%'],
    // Sheets put spaces and line breaks anywhere: they are dropped before reading.
    ['≥ 2800 人', 'atLeast', 2800, '人'],
    ['１，４００人次', null, 1400, '人次'],
  ])('%s', (text, comparator, value, unit) => {
    expect(q(parseValue(text))).toEqual({ comparator, value, unit, upper: undefined });
  });

  test('comparatorSource says the comparator came from the text', () => {
    expect(parseValue('≥2800人')).toMatchObject({ comparatorSource: 'text' });
    expect(parseValue('2979人')).toMatchObject({ comparatorSource: null });
  });

  test.each([
    ['90%-95%', 90, 95],
    ['90%～95%', 90, 95],
    ['90%~95%', 90, 95],
    ['90-95%', 90, 95],
    ['95%-90%', 90, 95],
  ])('range %s', (text, lower, upper) => {
    expect(q(parseValue(text))).toEqual({ comparator: 'range', value: lower, unit: '%', upper });
  });

  test('more than one number that is no range or date is unparseable, with a zh-CN reason', () => {
    const v = parseValue('2. 请于3月31日前报送。');
    expect(v.kind).toBe('unparseable');
    expect(v.kind === 'unparseable' && v.reason).toContain('多个数字');
    expect(parseValue('100人，200人次').kind).toBe('unparseable');
  });

  test('range ends with different units are unparseable', () => {
    expect(parseValue('90%-95人')).toMatchObject({ kind: 'unparseable' });
  });

  test('a lone comparator or unit has no value', () => {
    expect(parseValue('≥')).toMatchObject({ kind: 'unparseable', reason: '只有比较符号“≥”，没有数值' });
    expect(parseValue('%')).toMatchObject({ kind: 'unparseable' });
  });
});

describe('parseValue: number cells and the context columns', () => {
  test('a number with a % format is a percentage', () => {
    expect(q(parseValue(0.95, { format: '0.00%' }))).toEqual({ comparator: null, value: 95, unit: '%', upper: undefined });
    expect(q(parseValue(1, { format: '0%' }))).toEqual({ comparator: null, value: 100, unit: '%', upper: undefined });
    expect(parseValue(0.9806, { format: '0.00%' })).toMatchObject({ value: 98.06, text: '98.06%' });
  });

  test('a number with no format is a plain quantity', () => {
    expect(q(parseValue(2979))).toEqual({ comparator: null, value: 2979, unit: null, upper: undefined });
    expect(q(parseValue(-0))).toEqual({ comparator: null, value: 0, unit: null, upper: undefined });
  });

  test('Yunnan split: 指标性质 ﹦, value 72890, 度量单位 元', () => {
    expect(parseValue(72890, { nature: '﹦', unit: '元' })).toEqual({
      kind: 'quantity',
      comparator: 'equal',
      comparatorSource: 'nature',
      value: 72890,
      unit: '元',
      text: '72890',
    });
  });

  test.each([
    ['≥', 'atLeast'],
    ['≤', 'atMost'],
    ['＝', 'equal'],
    ['=', 'equal'],
    ['正向', 'atLeast'],
    ['反向', 'atMost'],
    ['定量', null],
    ['定性', null],
  ])('指标性质 %s supplies %s when the text has none', (nature, comparator) => {
    const v = parseValue('95%', { nature });
    expect(v).toMatchObject({ comparator, comparatorSource: comparator ? 'nature' : null });
  });

  test('a comparator in the text wins over the 指标性质 column', () => {
    expect(parseValue('≤30万元', { nature: '≥' })).toMatchObject({ comparator: 'atMost', comparatorSource: 'text' });
  });

  test('the 度量单位 column supplies the unit when the text has none; % keeps the number as written', () => {
    expect(q(parseValue(100, { unit: '%' }))).toEqual({ comparator: null, value: 100, unit: '%', upper: undefined });
    expect(q(parseValue('1400', { unit: '人次' }))).toEqual({ comparator: null, value: 1400, unit: '人次', upper: undefined });
    expect(q(parseValue('5', { unit: '‰' }))).toEqual({ comparator: null, value: 0.5, unit: '%', upper: undefined });
    expect(q(parseValue('100人', { unit: '人次' })).unit).toBe('人');
    expect(q(parseValue('2.5万', { unit: '元' })).unit).toBe('万元');
    expect(q(parseValue('2.5万'))).toEqual({ comparator: null, value: 25000, unit: null, upper: undefined });
  });

  test('a unit written into the number format counts', () => {
    expect(q(parseValue(2979, { format: '0"人"' })).unit).toBe('人');
  });

  test('a serial number with a date format is a date', () => {
    expect(parseValue(45260, { format: 'yyyy-mm-dd' })).toMatchObject({ kind: 'date', year: 2023, month: 11, day: 30 });
    expect(parseValue(44926, { format: 'yyyy"年"m"月"d"日"' })).toMatchObject({ kind: 'date', year: 2022, month: 12, day: 31 });
    expect(parseValue(-5, { format: 'yyyy-mm-dd' }).kind).toBe('unparseable');
  });

  test('booleans are qualitative', () => {
    expect(parseValue(true)).toEqual({ kind: 'qualitative', tier: 1, text: 'TRUE' });
    expect(parseValue(false)).toEqual({ kind: 'qualitative', tier: 3, text: 'FALSE' });
  });

  test('non-finite numbers are unparseable', () => {
    expect(parseValue(NaN).kind).toBe('unparseable');
    expect(parseValue(Infinity).kind).toBe('unparseable');
  });
});

describe('parseValue: dates and deadlines', () => {
  test.each([
    ['2022年12月', 2022, 12, 31, null],
    ['2022年12月31日前', 2022, 12, 31, 'atMost'],
    ['2023年12月底前', 2023, 12, 31, 'atMost'],
    ['12月底前', null, 12, 31, 'atMost'],
    ['年底前', null, 12, 31, 'atMost'],
    ['2023年11月', 2023, 11, 30, null],
    ['2023.12', 2023, 12, 31, null],
    ['2023-12-31', 2023, 12, 31, null],
    ['2024年2月', 2024, 2, 29, null],
    ['6月30日前完成', null, 6, 30, 'atMost'],
  ])('%s', (text, year, month, day, comparator) => {
    expect(parseValue(text)).toMatchObject({ kind: 'date', year, month, day, comparator });
  });

  test('an impossible date is unparseable, not a quantity', () => {
    expect(parseValue('2023年13月')).toMatchObject({ kind: 'unparseable', reason: '“2023年13月”不是有效日期' });
  });

  test('按期 / 按时 / 及时 are qualitative, not dates', () => {
    for (const t of ['按期', '按时', '及时']) expect(parseValue(t)).toEqual({ kind: 'qualitative', tier: 1, text: t });
  });
});

describe('parseValue: words, placeholders, errors', () => {
  test.each([
    ['效果明显', 1],
    ['达成年度指标', 1],
    ['部分达成年度指标并具有一定效果', 2],
    ['未达成年度指标且效果较差', 3],
    ['基本达成', 2],
    ['基本完成年度目标。', 2],
    ['未完成', 3],
    ['不及时', 3],
    ['基本满意', 2],
    ['满意', 1],
    ['无', 1],
    ['长期', null],
  ])('%s → tier %s', (text, tier) => {
    expect(parseValue(text)).toEqual({ kind: 'qualitative', tier, text });
  });

  test.each(['—', '-', '－', '/', '／', '*', '——', '…', '……', '指标1：', '指标2：……'])('placeholder %s', (text) => {
    expect(parseValue(text)).toEqual({ kind: 'placeholder', text });
  });

  test('empty', () => {
    expect(parseValue('')).toEqual({ kind: 'empty', text: '' });
    expect(parseValue('  \n ')).toEqual({ kind: 'empty', text: '' });
    expect(parseValue(null)).toEqual({ kind: 'empty', text: '' });
  });

  test.each(['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'])('error text %s', (text) => {
    expect(parseValue(text)).toEqual({ kind: 'error', error: text, text });
  });

  test('error values', () => {
    expect(parseValue({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!', text: '#REF!' });
  });
});

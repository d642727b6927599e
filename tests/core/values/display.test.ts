import { formatDate, formatNumber, formatQuantity, withUnit } from '../../../src/core/values';

describe('formatQuantity', () => {
  test.each([
    [1400, '人次', '1400人次'],
    [95, '%', '95%'],
    [0.35, '万元/人/年', '0.35万元/人/年'],
    [16.666666, '%', '16.67%'],
    [95.1, '%', '95.1%'],
    [2794.69, null, '2794.69'],
    [-20, '人', '-20人'],
    [1.005, null, '1.01'],
    [-0.001, null, '0'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });

  test('non-finite numbers are shown as they are', () => {
    expect(formatNumber(NaN)).toBe('NaN');
  });
});

describe('formatDate', () => {
  test('with and without a year', () => {
    expect(formatDate({ year: 2022, month: 12, day: 31 })).toBe('2022年12月31日');
    expect(formatDate({ year: null, month: 12, day: 31 })).toBe('12月31日');
  });
});

describe('withUnit: the 度量单位 column’s unit, shown once', () => {
  test.each([
    ['95', '%', '95%'],
    ['100%', '%', '100%'],
    ['100％', '%', '100％'],
    ['72890', '元', '72890元'],
    ['72890元', '元', '72890元'],
    ['12', '人次', '12人次'],
    ['12人次', '人次', '12人次'],
    ['', '%', ''],
    ['达成', '', '达成'],
  ])('%s + %s → %s', (text, unit, shown) => expect(withUnit(text, unit)).toBe(shown));
});

import { convertUnit, normalizeUnit } from '../../../src/core/values';

describe('convertUnit', () => {
  test.each([
    [0.35, '万元/人/年', '元/人/年', 3500],
    [3500, '元/人/年', '万元/人/年', 0.35],
    [880, '万元', '元', 8800000],
    [1.2, '亿元', '万元', 12000],
    [2.5, '万人', '人', 25000],
    [3, '公里', '米', 3000],
    [3, '千米', '公里', 3],
    [266, '米', '千米', 0.266],
    [30, '天', '日', 30],
    [5, '‰', '%', 0.5],
    [2, '万元/公里', '元/米', 20],
    [95, '%', '%', 95],
    [95, '％', '%', 95],
    [100, '百分比', '%', 100],
  ])('%s %s → %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });

  test('a unit missing on one side is compatible with anything', () => {
    expect(convertUnit(72890, null, '元')).toBe(72890);
    expect(convertUnit(95, '%', null)).toBe(95);
    expect(convertUnit(7, null, null)).toBe(7);
  });

  test('units that cannot be converted give null', () => {
    expect(convertUnit(1400, '人', '人次')).toBeNull();
    expect(convertUnit(95, '%', '人')).toBeNull();
    expect(convertUnit(3, '元/人', '元/人/年')).toBeNull();
    expect(convertUnit(3, '亩', '平方米')).toBeNull();
  });

  test('a non-finite value gives null', () => {
    expect(convertUnit(NaN, '元', '元')).toBeNull();
  });
});

describe('normalizeUnit', () => {
  test.each([
    ['％', '%'],
    [' 人次 ', '人次'],
    ['（人）', '人'],
    ['百分比', '%'],
    ['元／人／年', '元/人/年'],
    ['km', '公里'],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeUnit(raw)).toBe(expected);
  });
});

import { isDateFormat, isPercentFormat, serialToDate } from '../../../src/core/values';

describe('number formats', () => {
  test.each(['yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"', 'mmm-yy', 'd-mmm'])(
    '%s is a date format',
    (f) => expect(isDateFormat(f)).toBe(true),
  );
  test.each(['General', '0', '0.00%', '#,##0.00_);[Red](#,##0.00)', 'h:mm', 'mm:ss', '0"天"', '@'])('%s is not', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
  test('percent formats, ignoring a quoted literal %', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe('serialToDate (1900 date system)', () => {
  test.each([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [61, 1900, 3, 1],
    [44926, 2022, 12, 31],
    [45260, 2023, 11, 30],
    [45260.75, 2023, 11, 30],
  ])('%s → %s-%s-%s', (serial, year, month, day) => {
    expect(serialToDate(serial)).toEqual({ year, month, day });
  });
  test('out of range', () => {
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(3e6)).toBeNull();
  });
});

/** Comparators typed from other symbol tables (≧ ≦ ═) read like ≥ ≤ ＝ (SPEC §2). */
import { comparatorFromNature, parseValue } from '../../../src/core/values';

describe('look-alike comparators', () => {
  test.each([
    ['≧95%', 'atLeast'],
    ['≦30万元', 'atMost'],
    ['═100%', 'equal'],
    ['＝100%', 'equal'],
    ['﹦72890元', 'equal'],
  ])('%s', (text, comparator) => {
    expect(parseValue(text)).toMatchObject({ kind: 'quantity', comparator, comparatorSource: 'text' });
  });

  test.each([
    ['≧', 'atLeast'],
    ['≦', 'atMost'],
    ['═', 'equal'],
  ])('指标性质 %s', (nature, comparator) => {
    expect(comparatorFromNature(nature)).toBe(comparator);
    expect(parseValue(100, { nature })).toMatchObject({ comparator, comparatorSource: 'nature' });
  });
});

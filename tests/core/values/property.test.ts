import fc from 'fast-check';
import { convertUnit, directionFromName, formatQuantity, isPlaceholderText, parseValue } from '../../../src/core/values';

const KINDS = ['quantity', 'date', 'qualitative', 'empty', 'placeholder', 'error', 'unparseable'];

/** Strings built from the grammar's own pieces, to reach deep paths more often than random text does. */
const pieces = fc.constantFrom(
  '≥', '≤', '＞＝', '不低于', '以上', '以内', '控制在', '%', '％', '‰', '万', '元', '人次', '/', '年', '月', '日', '底',
  '前', '-', '～', ',', '.', '１', '0', '9', '2023', '12', '31', '完成', '未', '基本', '无', '#N/A', '指标', '：', '…',
);
const grammarish = fc.array(pieces, { maxLength: 8 }).map((a) => a.join(''));

describe('parseValue never throws and always returns a known kind', () => {
  test('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), grammarish), (s) => {
        const v = parseValue(s);
        expect(KINDS).toContain(v.kind);
        if (v.kind === 'quantity') expect(Number.isFinite(v.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('arbitrary numbers with and without formats and context', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(undefined, '0%', '0.00%', 'yyyy-mm-dd', 'General', '0"人"', '#,##0.00'),
        fc.option(fc.string()),
        fc.option(fc.string()),
        (n, format, nature, unit) => {
          const v = parseValue(n, { format, nature: nature ?? undefined, unit: unit ?? undefined });
          expect(KINDS).toContain(v.kind);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('other scalars', () => {
    fc.assert(
      fc.property(fc.oneof(fc.boolean(), fc.constant(null), fc.record({ error: fc.string() })), (cell) => {
        expect(KINDS).toContain(parseValue(cell).kind);
      }),
    );
  });

  test('the helpers never throw either', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double(), (a, b, n) => {
        convertUnit(n, a, b);
        directionFromName(a);
        isPlaceholderText(a);
        expect(typeof formatQuantity(n, b)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  test('a plain integer with a unit reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('人', '人次', '万元', '元/人/年', '%', '米'), (n, unit) => {
        expect(parseValue(`${n}${unit}`)).toMatchObject({ kind: 'quantity', value: n, unit });
      }),
    );
  });
});

/** Number tokens inside normalised value text: thousands separators and decimals, sign handled by the caller. */

export interface NumberToken {
  /** Index of the first digit (or of the leading "." for ".5"). */
  start: number;
  end: number;
  value: number;
}

// "1,400" and "2,794.69" are one number; "1,4000" is not a thousands group, so it splits.
const NUMBER_RE = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+/g;

/** Every unsigned number in the text, left to right. */
export function findNumbers(t: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of t.matchAll(NUMBER_RE)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, value: Number(m[0].replace(/,/g, '')) });
  }
  return out;
}

/** Rounds away binary noise (0.95 × 100 = 95.00000000000001) while keeping every real digit. */
export function cleanNumber(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v === 0 ? 0 : v;
  return Number(v.toPrecision(12));
}

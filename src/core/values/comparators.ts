/** Comparator words and symbols (SPEC §2), before and after the number, and in a 指标性质 column. */
import type { Comparator } from './types';
import { normalizeText } from './normalize';

/** Words that may stand before the number; longest first so 不低于 wins over 低于. */
const PREFIX_TOKENS: Array<[string, Comparator]> = [
  ['大于或等于', 'atLeast'],
  ['小于或等于', 'atMost'],
  ['大于等于', 'atLeast'],
  ['小于等于', 'atMost'],
  ['控制在', 'atMost'],
  ['不低于', 'atLeast'],
  ['不少于', 'atLeast'],
  ['不小于', 'atLeast'],
  ['不高于', 'atMost'],
  ['不超过', 'atMost'],
  ['不大于', 'atMost'],
  ['不多于', 'atMost'],
  ['未超过', 'atMost'],
  ['不晚于', 'atMost'],
  ['不迟于', 'atMost'],
  ['不早于', 'atLeast'],
  ['至少', 'atLeast'],
  ['最少', 'atLeast'],
  ['至多', 'atMost'],
  ['最多', 'atMost'],
  ['高于', 'greater'],
  ['大于', 'greater'],
  ['超过', 'greater'],
  ['多于', 'greater'],
  ['低于', 'less'],
  ['小于', 'less'],
  ['少于', 'less'],
  ['等于', 'equal'],
  ['≥', 'atLeast'],
  ['≤', 'atMost'],
  // Look-alikes typed from other symbol tables: ≧ ≦ (also folded by normalizeText), ═ (a box-drawing line).
  ['≧', 'atLeast'],
  ['≦', 'atMost'],
  ['═', 'equal'],
  ['>', 'greater'],
  ['<', 'less'],
  ['=', 'equal'],
];

/** Words that may follow the number and its unit ("100%以上", "30万元以内", "30天内"). */
const SUFFIX_RE = /^(?:\(含\)|含|及)?(以上|以下|以内|之内|内)/;
const SUFFIX_COMPARATOR: Record<string, Comparator> = {
  以上: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  之内: 'atMost',
  内: 'atMost',
};

/** The first comparator word found in the text before the number, or null. */
export function prefixComparator(prefix: string): Comparator | null {
  let best: { at: number; comparator: Comparator } | null = null;
  for (const [token, comparator] of PREFIX_TOKENS) {
    const at = prefix.indexOf(token);
    // Earliest occurrence wins; at the same position the longer token (listed first) wins.
    if (at >= 0 && (best === null || at < best.at)) best = { at, comparator };
  }
  return best?.comparator ?? null;
}

/** A comparator word at the start of the text after the number and unit, with its length. */
export function suffixComparator(suffix: string): { comparator: Comparator; length: number } | null {
  const m = SUFFIX_RE.exec(suffix);
  return m ? { comparator: SUFFIX_COMPARATOR[m[1]], length: m[0].length } : null;
}

/** True when the whole (normalised) text is only a comparator, e.g. a stray "≥" or "﹦". */
export function isComparatorOnly(t: string): boolean {
  return PREFIX_TOKENS.some(([token]) => token === t) || /^(以上|以下|以内)$/.test(t);
}

/**
 * The comparator a separate 指标性质 column states: ＝ ≥ ≤ > < or 正向 (at least) / 反向 (at most).
 * 定量 / 定性 and anything else state none.
 */
export function comparatorFromNature(nature: string | null | undefined): Comparator | null {
  if (typeof nature !== 'string') return null;
  const t = normalizeText(nature);
  if (t === '') return null;
  if (/^正向/.test(t)) return 'atLeast';
  if (/^反向/.test(t)) return 'atMost';
  for (const [token, comparator] of PREFIX_TOKENS) if (t === token) return comparator;
  return null;
}

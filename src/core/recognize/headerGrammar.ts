/**
 * The one small matcher behind every header grammar (SPEC §1.3): a header is reduced to its words
 * (decorations dropped), then the first rule whose words it says, and none of whose exclusions, gives
 * its role. Rules are data; the indicator and budget grammars (headers.ts) and any other table kind
 * (evaluation tables) are lists of them.
 */
import { normalizeLabel } from '../text';

export interface HeaderRule<R extends string> {
  /** The role, or null for a header that is recognised only to be ignored (得分率, 评分标准 …). */
  role: R | null;
  /**
   * What the header must say: every group must be satisfied by one of its words (["实际", "完成"] and
   * ["值", "数", "情况"] accept 实际完成数, 全年完成情况 …).
   */
  says: ReadonlyArray<readonly string[]>;
  /** Whole headers that also give the role ("一级", "实际"). */
  exactly?: readonly string[];
  /** Words that rule the role out (完成率 is not a target: "实际", "完成"). */
  unless?: readonly string[];
  /** A weak role counts only when no other column of the header has it (完成率 as the actual). */
  weak?: boolean;
}

export interface HeaderMatch<R extends string> {
  role: R | null;
  weak: boolean;
}

/** Headers longer than this (after dropping decorations) are sentences in data cells, not headers. */
const MAX_KEY_LENGTH = 20;

/**
 * A header reduced to the words that decide its role: half-width, no white space or line feeds, no
 * bracketed suffix ("(A)", "（B/A）", "(50分)"), no trailing "单位：万元" or bare "100分", no leading "1." or "①".
 */
export function headerKey(text: string): string {
  return normalizeLabel(text)
    .replace(/^(\d{1,2}[.、]|[①-⑳])/, '')
    .replace(/(?<=.)[,;]?(金额|计量)?单位:[^:]*$/, '')
    .replace(/(?<=[^\d.])\d+(\.\d+)?分$/, '')
    .replace(/[()]/g, '');
}

export interface HeaderGrammar<R extends string> {
  readonly rules: ReadonlyArray<HeaderRule<R>>;
  /** The rule that decides this header, or null when it names no role at all. */
  match(text: string): HeaderMatch<R> | null;
  /** The role a header names, or null (weak roles included). */
  role(text: string): R | null;
}

/**
 * A header can only give a role if it holds one of its rule's first words, hence every character of that
 * word: one character per word, shared ones preferred (指 for every 指标…), is a cheap necessary test that
 * spares normalising the sheet's data cells. Derived from the rules, it can never lack a synonym.
 */
function hintCharacters<R extends string>(rules: ReadonlyArray<HeaderRule<R>>): RegExp {
  // Rules that only ignore a header (role null) give nothing to find.
  const words = rules.filter((r) => r.role !== null).flatMap((r) => [...(r.says[0] ?? []), ...(r.exactly ?? [])]);
  const shared = new Map<string, number>();
  for (const w of words) for (const ch of new Set(w)) shared.set(ch, (shared.get(ch) ?? 0) + 1);
  const chars = new Set(words.map((w) => [...w].reduce((best, ch) => (shared.get(ch)! > shared.get(best)! ? ch : best))));
  // A character class: as fast as the hand-written pre-filter it replaces (the words are CJK, nothing to escape).
  return new RegExp(`[${[...chars].join('')}]`);
}

/** Builds a grammar from its rules: first matching rule wins. Each distinct text is classified once. */
export function headerGrammar<R extends string>(rules: ReadonlyArray<HeaderRule<R>>): HeaderGrammar<R> {
  const hint = hintCharacters(rules);
  const cache = new Map<string, HeaderMatch<R> | null>();

  const classify = (text: string): HeaderMatch<R> | null => {
    const key = headerKey(text);
    if (!key || key.length > MAX_KEY_LENGTH) return null;
    for (const rule of rules) {
      const says = rule.exactly?.includes(key) || (rule.says.length > 0 && rule.says.every((group) => group.some((w) => key.includes(w))));
      if (says && !rule.unless?.some((w) => key.includes(w))) return { role: rule.role, weak: rule.weak === true };
    }
    return null;
  };

  const match = (text: string): HeaderMatch<R> | null => {
    if (text.length > 80 || !hint.test(text)) return null;
    const known = cache.get(text);
    if (known !== undefined) return known;
    const found = classify(text);
    if (cache.size >= 5000) cache.clear();
    cache.set(text, found);
    return found;
  };

  return { rules, match, role: (text) => match(text)?.role ?? null };
}

/** The words a role accepts, for messages: 含“指标值”“目标值”“计划值”或“预期值”（不含“实际”“完成”）. */
export function acceptedWords<R extends string>(rules: ReadonlyArray<HeaderRule<R>>, role: R): string {
  const anyOf = (words: readonly string[]) => {
    const q = words.map((w) => `“${w}”`);
    return q.length === 1 ? q[0] : `${q.slice(0, -1).join('')}或${q[q.length - 1]}`;
  };
  return rules
    .filter((r) => r.role === role && !r.weak)
    .map((r) => {
      const says = r.says.map((g, i) => (i === 0 ? `含${anyOf(g)}` : `并含${anyOf(g)}`)).join('');
      const unless = r.unless?.length ? `（不含${r.unless.map((w) => `“${w}”`).join('')}）` : '';
      const exact = r.exactly?.length ? `，或仅为${anyOf(r.exactly)}` : '';
      return says + unless + exact;
    })
    .join('；');
}

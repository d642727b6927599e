/** Text normalisation for value cells: one canonical spelling before any grammar is applied. */

/** Look-alike symbols outside the full-width block that sheets use for comparators, dashes and percent. */
const SYMBOLS: Record<string, string> = {
  '\u3000': ' ',
  '﹦': '=',
  '﹤': '<',
  '﹥': '>',
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '〜': '~',
  '∼': '~',
  '−': '-',
  '﹣': '-',
  '‐': '-',
  '‑': '-',
  '﹪': '%',
  '٪': '%',
  '﹐': ',',
  '﹒': '.',
  '〇': '0',
};

const SPECIAL = new RegExp(`[\uff01-\uff5e${Object.keys(SYMBOLS).join('')}]`, 'g');

/** Full-width ASCII (１２０, ％, ＞＝, ／) and look-alike symbols → half-width ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(SPECIAL, (ch) => SYMBOLS[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Tables repeat the same few spellings ("100%", "≥90%", "达成年度指标"): normalise each once. */
const normalized = new Map<string, string>();
const CACHE_LIMIT = 5000;

/**
 * A value cell's text in canonical form: half-width, no white space (sheets put spaces and line breaks
 * anywhere), two-character comparators folded to ≥/≤, and 百分之N spelled as N%.
 */
export function normalizeText(s: string): string {
  const hit = normalized.get(s);
  if (hit !== undefined) return hit;
  const out = toHalfWidth(s)
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    .replace(/百分之百|百分百/g, '100%')
    .replace(/百分之(\d+(?:\.\d+)?)/g, '$1%')
    .replace(/(\d)(?:m2|m²|㎡)/g, '$1平方米')
    .replace(/(\d)(?:km|㎞)/gi, '$1公里');
  if (normalized.size >= CACHE_LIMIT) normalized.clear();
  if (s.length <= 200) normalized.set(s, out);
  return out;
}

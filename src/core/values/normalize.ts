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

/** Full-width ASCII (１２０, ％, ＞＝, ／) and look-alike symbols → half-width ASCII. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += SYMBOLS[ch] ?? ch;
  }
  return out;
}

/**
 * A value cell's text in canonical form: half-width, no white space (sheets put spaces and line breaks
 * anywhere), two-character comparators folded to ≥/≤, and 百分之N spelled as N%.
 */
export function normalizeText(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    .replace(/百分之百|百分百/g, '100%')
    .replace(/百分之(\d+(?:\.\d+)?)/g, '$1%')
    .replace(/(\d)(?:m2|m²|㎡)/g, '$1平方米')
    .replace(/(\d)(?:km|㎞)/gi, '$1公里');
}

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
  '٫': '.', // Arabic decimal separator
  '٬': ',', // Arabic thousands separator
};

/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits: the same ten numerals. */
const INDIC_DIGITS = '\u0660-\u0669\u06f0-\u06f9';

const SPECIAL = new RegExp(`[\uff01-\uff5e${INDIC_DIGITS}${Object.keys(SYMBOLS).join('')}]`, 'g');

function halfWidthOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return SYMBOLS[ch] ?? String.fromCharCode(code - 0xfee0);
}

/** Full-width ASCII (１２０, ％, ＞＝, ／), Arabic-Indic digits and look-alike symbols → half-width ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(SPECIAL, halfWidthOf);
}

/**
 * Characters no font shows, pasted in from web pages, PDFs and right-to-left text: zero-width spaces and
 * joiners (U+200B–U+200D, U+2060, U+FEFF) and directional marks (U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069). A number the clerk sees as "20" is read as 20 with them removed.
 */
const INVISIBLE = '\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]+`, 'g');

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE_RE, '');
}

const SPACE_OR_INVISIBLE = new RegExp(`[\\s${INVISIBLE}]+`, 'g');

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
    .replace(SPACE_OR_INVISIBLE, '')
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

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

/** `“²”（U+00B2）`: the character as the clerk would see it, and its code point for the ones no font shows. */
function named(ch: string, visible = true): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return visible ? `“${ch}”（${code}）` : code;
}

/** Look-alike characters that are not digits to a spreadsheet, each with what to tell the clerk. */
const LOOK_ALIKES: Array<{ re: RegExp; say: (ch: string) => string }> = [
  { re: /[\u00b2\u00b3\u00b9\u2070-\u2079]/u, say: (ch) => `含有上标数字${named(ch)}，请改为普通数字` },
  { re: /[\u2080-\u2089]/u, say: (ch) => `含有下标数字${named(ch)}，请改为普通数字` },
  { re: /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/u, say: (ch) => `含有带圈或带括号的数字${named(ch)}，请改为普通数字` },
  { re: /[\u2150-\u218b]/u, say: (ch) => `含有分数或罗马数字符号${named(ch)}，请改为普通数字` },
  { re: /(?![0-9])\p{Nd}/u, say: (ch) => `含有非阿拉伯数字${named(ch)}，请改为 0–9` },
  { re: /\p{No}|\p{Nl}/u, say: (ch) => `含有数字符号${named(ch)}，请改为普通数字` },
  { re: /[\p{Cf}\p{Cc}\p{Co}\p{Cn}]/u, say: (ch) => `含有不可见字符 ${named(ch, false)}，请删除后重新输入该数字` },
];

const WORD_NOT_NUMBER = /^[+-]?(?:nan|inf|infinity|∞)$/i;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;

/**
 * Why a weight or score text is not a number, naming the character at fault, e.g. 含有上标数字“²”（U+00B2）.
 * `text` is what is left after invisible marks are stripped and full-width digits mapped.
 * @example numberProblem('2²') // '含有上标数字“²”（U+00B2），请改为普通数字'
 */
export function numberProblem(text: string): string {
  if (WORD_NOT_NUMBER.test(text)) return `“${text}”不是数值`;
  if (EXPONENT.test(text)) {
    return Number.isFinite(Number(text)) ? '是科学计数法写法，请填写普通数字' : '是科学计数法写法，且超出可表示的数值范围';
  }
  for (const ch of text) {
    const hit = LOOK_ALIKES.find((k) => k.re.test(ch));
    if (hit) return hit.say(ch);
  }
  const odd = [...text].find((ch) => !/[0-9.,%+-]/.test(ch));
  return odd ? `含有无法识别的字符${named(odd)}` : '不是有效的数字';
}

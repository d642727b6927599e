/**
 * Cells that hold no value: template leftovers, dashes, not-applicable marks, Excel error codes.
 * The one definition for the whole core (recognition, value parsing, number reading).
 */
import { normalizeText } from './normalize';

export const EXCEL_ERRORS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
];

/** Only dashes, slashes, stars, dots or ellipses: "—", "-", "/", "*", "——", "……". */
const DASHES_RE = /^[-—–―─_/\\*…⋯·.。~]+$/;
/**
 * Template rows nobody filled in: "指标1：", "指标二：……", "二级指标1：", "指标N：", "三级指标3",
 * "指标1：（请填写）".
 */
const TEMPLATE_RE = /^(?:一级|二级|三级)?指标(?:[\dnNxX一二三四五六七八九十]+:?|:)(?:\([^)]*\))?[-—–…⋯·.。_*]*$/;

/** The Excel error code a text spells ("#DIV/0!"), or null. */
export function excelErrorCode(text: string): string | null {
  // Asked of every text cell a table reads: only text with a "#" can be an error code.
  if (typeof text !== 'string' || (!text.includes('#') && !text.includes('＃'))) return null;
  const t = normalizeText(text).toUpperCase();
  return EXCEL_ERRORS.includes(t) ? t : null;
}

/**
 * True for text that stands in for a value: "—", "-", "/", "／", "*", "……", "指标1：", "指标2：……".
 * Empty text is not a placeholder (it is simply empty), and neither is "无", which is a real answer
 * for "无…事件" targets — see {@link isNoneMark} for the row-level check.
 */
export function isPlaceholderText(text: string): boolean {
  if (typeof text !== 'string') return false;
  const t = normalizeText(text);
  return t !== '' && (DASHES_RE.test(t) || TEMPLATE_RE.test(t));
}

/** "/" or "／" (also 不适用 / 不涉及): the unit marked the row explicitly not applicable. */
export function isNotApplicableMark(text: string): boolean {
  if (typeof text !== 'string') return false;
  const t = normalizeText(text);
  return t === '/' || isNotApplicableWord(t);
}

/** 不适用 / 不涉及 (with or without 本项目, 此项): an indicator that does not apply, not one that was met. */
export function isNotApplicableWord(text: string): boolean {
  if (typeof text !== 'string' || !(text.includes('不适用') || text.includes('不涉及') || text.includes('无此项'))) return false;
  return NOT_APPLICABLE_RE.test(normalizeText(text));
}

const NOT_APPLICABLE_RE = /^(本项目|本年度?|此项|该项)?(不适用|不涉及|无此项)[。.]?$/;

/** "无" alone: a placeholder in a row that has nothing else, a tier-1 answer for a "无…事件" target. */
export function isNoneMark(text: string): boolean {
  return typeof text === 'string' && normalizeText(text) === '无';
}

/**
 * Any text that stands in for a value: a placeholder, a not-applicable mark or 无. Empty text is not one.
 * Asked of every cell of every indicator row: normalises once, and only short texts can be marks.
 */
export function isBlankMark(text: string): boolean {
  if (typeof text !== 'string' || text.length > 40) return false;
  const t = normalizeText(text);
  return t !== '' && (DASHES_RE.test(t) || TEMPLATE_RE.test(t) || t === '无' || NOT_APPLICABLE_RE.test(t));
}

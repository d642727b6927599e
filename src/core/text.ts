/** Text normalisation shared by header matching and labels. */
import { toHalfWidth } from './values/normalize';

export { toHalfWidth };

/**
 * A header or label reduced to its words: half-width, no white space, no bracketed suffixes such as
 * "(A)", "（B/A）", "(50分)", no trailing colon.
 */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/【[^】]*】|〔[^〕]*〕|\[[^\]]*\]/g, '')
    .replace(/[:：*＊]+$/g, '');
}

/** Points stated in a label such as "预算执行情况（20分）" or "得分（20分×执行率）". */
export function statedPoints(s: string): number | null {
  const m = /\((\d+(?:\.\d+)?)分/.exec(toHalfWidth(s).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

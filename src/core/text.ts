/** Text normalisation shared by header matching and labels. */

/** Full-width ASCII (Ａ１（％) and the ideographic space → half-width. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

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

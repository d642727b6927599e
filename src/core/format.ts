/** Number formatting for zh-CN messages: at most 2 decimals, no trailing zeros. */

export function round2(x: number): number {
  return Math.round((x + Number.EPSILON * Math.sign(x)) * 100) / 100;
}

export function fmtNum(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return String(Object.is(r, -0) ? 0 : r);
}

/** 0.76340 → "76.34%". */
export function fmtPercent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}

/** A threshold or a share set by a profile, without padding zeros: 0.9 → "90%", 0.925 → "92.5%". */
export function fmtShare(fraction: number): string {
  return `${fmtNum(fraction * 100)}%`;
}

export function fmtScore(x: number): string {
  return `${fmtNum(x)}分`;
}

/** Cell text quoted in a message or note: long text is cut, so a 10,000-character cell cannot flood a note. */
export function quote(text: string, max = 40): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

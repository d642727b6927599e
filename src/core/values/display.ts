/** zh-CN display of parsed values for commentary and basis sentences. */
import { normalizeText } from './normalize';

/** A number with at most 2 decimals and no trailing zeros: 16.666… → "16.67", 95.00 → "95". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? -1 : 1;
  // The tiny nudge rounds 1.005 up as a person would, despite its binary value 1.00499…
  const rounded = (sign * Math.round(Math.abs(value) * 100 * (1 + Number.EPSILON))) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

/**
 * A quantity as a clerk writes it: 1400 + 人次 → "1400人次", 95 + % → "95%", 0.35 + 万元/人/年 → "0.35万元/人/年".
 */
export function formatQuantity(value: number, unit: string | null): string {
  return formatNumber(value) + (unit ?? '');
}

/** A date or deadline: "2022年12月31日", or "12月31日" when the year is unknown. */
export function formatDate(date: { year: number | null; month: number; day: number }): string {
  return `${date.year === null ? '' : `${date.year}年`}${date.month}月${date.day}日`;
}

/**
 * A value cell's text with the 度量单位 column's unit, as a clerk reads it: "95" + "%" → "95%", but a
 * cell already showing its unit ("100%", "100％", "72890元") keeps it once: never "100%%".
 */
export function withUnit(text: string, unit: string): string {
  const t = text.trim();
  const u = unit.trim();
  if (!t || !u) return t;
  return normalizeText(t).endsWith(normalizeText(u)) ? t : t + u;
}

/** Excel number formats: percent, date, and a literal unit ('0"人"'). Codes are en-US as Office.js gives them. */
import { normalizeUnit } from './units';

/** The first section of a format with quoted text, escapes, [colour]/[$-804] tags and padding removed. */
function formatCodes(format: string): string {
  const first = format.split(';')[0];
  return first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
}

/** "0%", "0.00%": Excel shows the number × 100. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return typeof format === 'string' && formatCodes(format).includes('%');
}

/** A format with y/d codes (or m without h/s, which would be minutes): the number is a date serial. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (typeof format !== 'string') return false;
  const codes = formatCodes(format).toLowerCase();
  if (codes.includes('%') || codes === 'general' || codes === '@') return false;
  return /[yd]/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
}

/** The unit a format writes after the number, e.g. '0"人"' → 人, '#,##0.00"万元"' → 万元; else null. */
export function unitFromFormat(format: string | null | undefined): string | null {
  if (typeof format !== 'string') return null;
  const first = format.split(';')[0];
  const m = /"([^"]+)"\s*$/.exec(first) ?? /\\(\S)\s*$/.exec(first);
  return m ? normalizeUnit(m[1]) : null;
}

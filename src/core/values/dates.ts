/** Dates and deadlines: "2022年12月", "2022年12月31日前", "12月底前", "年底前", "2023.12", Excel serials. */
import type { Comparator } from './types';

export interface DateParts {
  year: number | null;
  month: number;
  day: number;
}

export interface DateRead extends DateParts {
  comparator: Comparator | null;
}

const PREFIX_RE = /^(≥|≤|>|<|=|不晚于|不迟于|不早于|早于|晚于|截至到|截止到|截至|截止|于|在|到|至|预计|计划|力争)?/;
const PREFIX_COMPARATOR: Record<string, Comparator> = {
  '≥': 'atLeast',
  '≤': 'atMost',
  '>': 'greater',
  '<': 'less',
  '=': 'equal',
  不晚于: 'atMost',
  不迟于: 'atMost',
  不早于: 'atLeast',
  早于: 'less',
  晚于: 'greater',
};
const PERIOD_RE = /^(底|末|初|上旬|中旬|下旬)?/;
const SUFFIX_RE = /^(之前|以前|前|以内|之内|内|止|之后|以后|后|起)?/;
const SUFFIX_COMPARATOR: Record<string, Comparator> = {
  之前: 'atMost',
  以前: 'atMost',
  前: 'atMost',
  以内: 'atMost',
  之内: 'atMost',
  内: 'atMost',
  止: 'atMost',
  之后: 'atLeast',
  以后: 'atLeast',
  后: 'atLeast',
  起: 'atLeast',
};

interface Core {
  year: number | null;
  month: number | null;
  day: number | null;
  length: number;
  form: 'zh' | 'numeric' | 'month' | 'yearEnd';
}

function readCore(s: string): Core | null {
  let m = /^(\d{4})年(?:度)?(?:(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?)?/.exec(s);
  if (m) return { year: +m[1], month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null, length: m[0].length, form: 'zh' };
  // "2023.5" reads as a decimal, "2023.12" / "2023-5" / "2023/5/31" as dates.
  m = /^(\d{4})([-./])(\d{1,2})(?:\2(\d{1,2}))?(?![\d.])/.exec(s);
  if (m && (m[2] !== '.' || m[3].length === 2 || m[4] !== undefined)) return { year: +m[1], month: +m[3], day: m[4] ? +m[4] : null, length: m[0].length, form: 'numeric' };
  m = /^(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?/.exec(s);
  if (m) return { year: null, month: +m[1], day: m[2] ? +m[2] : null, length: m[0].length, form: 'month' };
  m = /^(?:当|本|今)?年度?(?=底|末|内|前)/.exec(s);
  if (m) return { year: null, month: null, day: null, length: m[0].length, form: 'yearEnd' };
  return null;
}

/** Days in a month; an unknown year allows 29 February. */
export function daysInMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/**
 * Reads a date or deadline from normalised text. Returns null when the text is not a date,
 * 'invalid' when it is shaped like one but names no real day ("2023年13月").
 * A missing day or month means the end of the period: "2022年12月" → 2022-12-31, "年底前" → 12-31.
 */
export function parseDateText(text: string): DateRead | 'invalid' | null {
  const s = text.replace(/[。.;；,!]+$/, '');
  const prefix = PREFIX_RE.exec(s)?.[0] ?? '';
  const rest = s.slice(prefix.length);
  const core = readCore(rest);
  if (!core) return null;
  let pos = core.length;
  const period = PERIOD_RE.exec(rest.slice(pos))?.[1] ?? '';
  pos += period.length;
  const suffix = SUFFIX_RE.exec(rest.slice(pos))?.[1] ?? '';
  pos += suffix.length;
  const tail = rest.slice(pos);
  if (/\d/.test(tail)) return null;
  // A bare year ("2023年农村劳动力…") or a decimal-looking "2023.12元" is not a date.
  const yearOnly = core.form === 'zh' && core.month === null;
  if ((yearOnly || core.form === 'numeric') && tail !== '' && !period && !suffix) return null;
  if (core.form === 'numeric' && tail !== '' && !/^[\u4e00-\u9fff]+$/.test(tail)) return null;

  const month = core.month ?? 12;
  if (core.year !== null && (core.year < 1900 || core.year > 2200)) return core.form === 'numeric' ? null : 'invalid';
  if (month < 1 || month > 12) return core.form === 'numeric' ? null : 'invalid';
  const last = daysInMonth(core.year, month);
  let day = core.day ?? (period === '初' ? 1 : period === '上旬' ? 10 : period === '中旬' ? 20 : last);
  if (core.month === null) day = 31;
  if (day < 1 || day > last) return 'invalid';
  const comparator = PREFIX_COMPARATOR[prefix] ?? SUFFIX_COMPARATOR[suffix] ?? null;
  return { year: core.year, month, day, comparator };
}

/**
 * An Excel (1900 date system) serial number → calendar date; null outside 1900-01-01 … 9999-12-31.
 * Serial 60 is Excel's phantom 1900-02-29, kept as Excel shows it.
 */
export function serialToDate(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const base = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + whole * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

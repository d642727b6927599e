/** Text with a number: "≥2800人", "完成率100%", "控制在30万元以内", "90%-95%", "≤1500元/人/年". */
import type { Comparator, ParsedValue, ValueContext } from './types';
import { prefixComparator, suffixComparator, comparatorFromNature } from './comparators';
import { findNumbers, cleanNumber } from './numbers';
import { readUnit, normalizeUnit, unitScale } from './units';
import { formatQuantity } from './display';

const RANGE_GAP_RE = /^(?:-|~|至|到|—|–|——)(-)?$/;
/** A short word after the number that is no known unit ("5处" is known; "3栋楼" is not). */
const FALLBACK_UNIT_RE = /^([A-Za-z\u4e00-\u9fff]{1,3}?)(?:\(含\)|含|及)?(以上|以下|以内|之内)?$/;
const SUFFIX_WORDS: Record<string, Comparator> = { 以上: 'atLeast', 以下: 'atMost', 以内: 'atMost', 之内: 'atMost' };

type Unparseable = Extract<ParsedValue, { kind: 'unparseable' }>;

function fail(reason: string, text: string): Unparseable {
  return { kind: 'unparseable', reason, text };
}

/** Parses normalised text `t` that contains at least one digit; `text` is the cell's own text. */
export function parseQuantityText(t: string, text: string, ctx: ValueContext): ParsedValue {
  const numbers = findNumbers(t);
  if (numbers.length === 0) return fail(`“${text}”中没有可识别的数值`, text);
  if (numbers.length > 2) return fail(`“${text}”含有多个数字，无法判断哪一个是指标值`, text);

  const first = numbers[0];
  const negative = first.start > 0 && t[first.start - 1] === '-';
  let value = negative ? -first.value : first.value;
  const firstUnit = readUnit(t, first.end);
  let upper: number | undefined;
  let unit = firstUnit.unit;
  let scale = firstUnit.scale;
  let end = firstUnit.end;

  if (numbers.length === 2) {
    const second = numbers[1];
    const gap = RANGE_GAP_RE.exec(t.slice(firstUnit.end, second.start));
    if (!gap) return fail(`“${text}”含有多个数字，无法判断哪一个是指标值`, text);
    const secondUnit = readUnit(t, second.end);
    if (unit !== null && secondUnit.unit !== null && (unit !== secondUnit.unit || scale !== secondUnit.scale)) {
      return fail(`“${text}”区间两端的单位不同，无法比较`, text);
    }
    unit = secondUnit.unit ?? unit;
    scale = secondUnit.unit !== null ? secondUnit.scale : scale;
    upper = gap[1] ? -second.value : second.value;
    end = secondUnit.end;
  }

  const prefix = t.slice(0, first.start - (negative ? 1 : 0));
  const suffix = t.slice(end);
  let comparator = prefixComparator(prefix);
  let suffixCmp: Comparator | null = suffixComparator(suffix)?.comparator ?? null;
  if (suffixCmp === null && unit === null) {
    const m = FALLBACK_UNIT_RE.exec(suffix);
    if (m) {
      unit = m[1];
      suffixCmp = m[2] ? SUFFIX_WORDS[m[2]] : null;
    }
  }
  if (comparator !== null && suffixCmp !== null && comparator !== suffixCmp) {
    return fail(`“${text}”中的比较符号相互矛盾`, text);
  }
  comparator = comparator ?? suffixCmp;
  if (upper !== undefined) comparator = 'range';

  // No unit in the text: the 度量单位 column supplies it ("%" keeps the number as written: 100 means 100 %).
  if (unit === null) ({ unit, scale } = unitScale(normalizeUnit(ctx.unit)));
  // A bare magnitude ("2.5万"): joined with the unit column ("万" + "元"), else multiplied out.
  if (unit === '万' || unit === '亿' || unit === '千' || unit === '百万' || unit === '千万') {
    const columnUnit = normalizeUnit(ctx.unit);
    if (columnUnit !== null) unit += columnUnit;
    else {
      scale *= { 万: 1e4, 亿: 1e8, 千: 1e3, 百万: 1e6, 千万: 1e7 }[unit];
      unit = null;
    }
  }

  value = cleanNumber(value * scale);
  if (upper !== undefined) {
    upper = cleanNumber(upper * scale);
    if (upper < value) [value, upper] = [upper, value];
  }
  if (!Number.isFinite(value) || (upper !== undefined && !Number.isFinite(upper))) {
    return fail(`“${text}”中的数值超出可计算范围`, text);
  }

  let comparatorSource: 'text' | 'nature' | null = comparator === null ? null : 'text';
  if (comparator === null) {
    comparator = comparatorFromNature(ctx.nature);
    comparatorSource = comparator === null ? null : 'nature';
  }
  const result: ParsedValue = { kind: 'quantity', comparator, comparatorSource, value, unit, text };
  if (upper !== undefined) result.upper = upper;
  return result;
}

/** A number cell (already known not to be a date): % formats multiply by 100, the unit comes from context. */
export function parseNumberValue(v: number, ctx: ValueContext, percent: boolean, formatUnit: string | null): ParsedValue {
  let unit: string | null;
  let value: number;
  if (percent) {
    unit = '%';
    value = cleanNumber(v * 100);
  } else {
    const read = unitScale(normalizeUnit(ctx.unit) ?? formatUnit);
    unit = read.unit;
    value = cleanNumber(v * read.scale);
  }
  const comparator = comparatorFromNature(ctx.nature);
  return {
    kind: 'quantity',
    comparator,
    comparatorSource: comparator === null ? null : 'nature',
    value,
    unit,
    text: percent ? formatQuantity(value, '%') : String(v),
  };
}

/** Units of measure: reading them after a number, normalising them, and converting between them. */
import { normalizeText } from './normalize';
import { cleanNumber } from './numbers';

/** Base units seen in 自评表; matched longest first so 人次 wins over 人 and 个月 over 个. */
const BASE_UNITS = [
  '人次', '人', '户次', '户', '个工作日', '工作日', '个百分点', '百分点', '个月', '个', '项', '次', '场次', '场',
  '篇', '份', '家', '所', '台套', '台', '套', '辆次', '辆', '平方公里', '平方米', '立方米', '公里', '千米',
  '米', '亩', '公顷', '吨', '千克', '公斤', '克', '天', '日', '月', '年', '元', '小时', '分钟', '周', '件',
  '册', '本', '张', '批次', '批', '处', '条', '座', '栋', '间', '名', '位', '期', '班', '课时', '学时', '门',
  '株', '棵', '头', '只', '块', '宗', '起', '例', '床', '单', '类', '种', '部', '支', '所', '村', '镇', '校',
].sort((a, b) => b.length - a.length);

/** Magnitude prefixes that may stand before a base unit ("2.5万人", "880万元"). */
const MAGNITUDES: Array<[string, number]> = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/** Spellings of one unit that should read as one string. */
const ALIASES: Record<string, string> = {
  百分比: '%',
  百分率: '%',
  个百分点: '百分点',
  km: '公里',
  m: '米',
  kg: '千克',
  '㎡': '平方米',
  m2: '平方米',
  'm²': '平方米',
  '㏎': '公里',
  '㏏': '千克',
};

export interface UnitRead {
  unit: string | null;
  /** Factor applied to the number: 0.1 for ‰ (read as %), 1 otherwise. */
  scale: number;
  end: number;
}

/** Reads a unit starting at `pos`; returns unit null (and end = pos) when none is there. */
export function readUnit(t: string, pos: number): UnitRead {
  const rest = t.slice(pos);
  if (rest.startsWith('%')) return { unit: '%', scale: 1, end: pos + 1 };
  if (rest.startsWith('‰')) return { unit: '%', scale: 0.1, end: pos + 1 };
  for (const word of ['百分比', '百分率']) if (rest.startsWith(word)) return { unit: '%', scale: 1, end: pos + word.length };
  const head = readSimpleUnit(rest);
  if (head === null) {
    const latin = /^[A-Za-z]{1,3}(?![A-Za-z])/.exec(rest);
    if (latin) return { unit: canonicalPart(latin[0]), scale: 1, end: pos + latin[0].length };
    const magnitude = MAGNITUDES.find(([p]) => rest.startsWith(p));
    if (magnitude) return { unit: magnitude[0], scale: 1, end: pos + magnitude[0].length };
    return { unit: null, scale: 1, end: pos };
  }
  let unit = head;
  let end = pos + head.length;
  // Compound units: 元/人/年, 万元/公里, 次/年 (a middle dot is read as a slash).
  for (;;) {
    const sep = t[end];
    if (sep !== '/' && sep !== '·') break;
    const next = readSimpleUnit(t.slice(end + 1));
    if (next === null) break;
    unit += '/' + next;
    end += 1 + next.length;
  }
  return { unit: canonicalUnitText(unit), scale: 1, end };
}

/** A base unit with an optional magnitude prefix at the start of `s`, or null. */
function readSimpleUnit(s: string): string | null {
  for (const [prefix] of MAGNITUDES) {
    if (!s.startsWith(prefix)) continue;
    const base = BASE_UNITS.find((u) => s.startsWith(u, prefix.length));
    if (base) return prefix + base;
  }
  return BASE_UNITS.find((u) => s.startsWith(u)) ?? null;
}

function canonicalPart(part: string): string {
  return ALIASES[part] ?? ALIASES[part.toLowerCase()] ?? part;
}

function canonicalUnitText(unit: string): string {
  return unit.split('/').map(canonicalPart).join('/');
}

/**
 * A unit as written in a 度量单位 column or a number format, in canonical form: half-width, trimmed,
 * brackets removed, 百分比 → %, km → 公里. "‰" stays "‰" (see {@link unitScale}). Empty → null.
 */
export function normalizeUnit(unit: string | null | undefined): string | null {
  if (typeof unit !== 'string') return null;
  const t = normalizeText(unit)
    .replace(/^[([【〔]+|[)\]】〕]+$/g, '')
    .replace(/·/g, '/');
  return t === '' ? null : canonicalUnitText(t);
}

/** A unit with its scale folded in: ‰ becomes % with factor 0.1; everything else keeps factor 1. */
export function unitScale(unit: string | null): { unit: string | null; scale: number } {
  return unit === '‰' ? { unit: '%', scale: 0.1 } : { unit, scale: 1 };
}

/** Base quantity of one unit part: [factor, base]. 万元 → [1e4, 元], 公里 → [1000, 米], 日 → [1, 天]. */
function measure(part: string): [number, string] {
  const fixed: Record<string, [number, string]> = {
    '%': [1, '%'],
    '‰': [0.1, '%'],
    公里: [1000, '米'],
    千米: [1000, '米'],
    公斤: [1000, '克'],
    千克: [1000, '克'],
    吨: [1e6, '克'],
    日: [1, '天'],
    平方公里: [1e6, '平方米'],
  };
  if (fixed[part]) return fixed[part];
  for (const [prefix, factor] of MAGNITUDES) {
    if (part.length > prefix.length && part.startsWith(prefix)) {
      const [f, base] = measure(part.slice(prefix.length));
      return [factor * f, base];
    }
  }
  return [1, part];
}

/**
 * Converts `value` from one unit to another: money 元/万元/亿元 (also inside compound units such as
 * 万元/人/年), 万X ↔ X, 公里 ↔ 千米 ↔ 米, 天 ↔ 日, ‰ ↔ %. A null unit on either side is compatible with
 * anything (value unchanged). Units that cannot be converted (人 vs 人次) → null.
 * @example convertUnit(0.35, '万元/人/年', '元/人/年') // 3500
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  if (!Number.isFinite(value)) return null;
  const a = normalizeUnit(from);
  const b = normalizeUnit(to);
  if (a === null || b === null || a === b) return value;
  const pa = a.split('/');
  const pb = b.split('/');
  if (pa.length !== pb.length) return null;
  let factor = 1;
  for (let i = 0; i < pa.length; i++) {
    const [fa, baseA] = measure(pa[i]);
    const [fb, baseB] = measure(pb[i]);
    if (baseA !== baseB) return null;
    // The first part is the numerator; the rest are per-units (元/万人 is 1/10000 元/人).
    factor = i === 0 ? fa / fb : factor * (fb / fa);
  }
  return cleanNumber(value * factor);
}

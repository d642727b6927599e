/** parseValue: one cell (plus its 指标性质 / 度量单位 / number format) → a ParsedValue. Never throws. */
import type { CellScalar } from '../grid';
import { isCellError } from '../grid';
import type { ParsedValue, ValueContext } from './types';
import { normalizeText } from './normalize';
import { comparatorFromNature, isComparatorOnly } from './comparators';
import { parseDateText, serialToDate } from './dates';
import { isDateFormat, isPercentFormat, unitFromFormat } from './formats';
import { excelErrorCode, isPlaceholderText } from './placeholders';
import { qualitativeTier } from './qualitative';
import { parseNumberValue, parseQuantityText } from './quantity';
import { normalizeUnit } from './units';
import { formatDate } from './display';

/**
 * Reads a target or actual cell by the grammar of SPEC §2.
 * @example parseValue('≥2800人') // { kind: 'quantity', comparator: 'atLeast', value: 2800, unit: '人', … }
 * @example parseValue(0.95, { format: '0.00%' }) // { kind: 'quantity', value: 95, unit: '%', … }
 */
export function parseValue(cell: CellScalar, ctx?: ValueContext): ParsedValue {
  try {
    return parseCell(cell, ctx && typeof ctx === 'object' ? ctx : {});
  } catch {
    // A bug must not stop a batch of 500 workbooks: the cell becomes a finding instead.
    return { kind: 'unparseable', reason: '无法读取该单元格的值', text: safeText(cell) };
  }
}

function parseCell(cell: CellScalar, ctx: ValueContext): ParsedValue {
  if (cell === null || cell === undefined) return { kind: 'empty', text: '' };
  if (typeof cell === 'boolean') return { kind: 'qualitative', tier: cell ? 1 : 3, text: cell ? 'TRUE' : 'FALSE' };
  if (typeof cell === 'number') return parseNumberCell(cell, ctx);
  if (typeof cell === 'string') return parseTextCell(cell, ctx);
  if (isCellError(cell)) return { kind: 'error', error: cell.error, text: cell.error };
  return { kind: 'unparseable', reason: '不支持的单元格内容类型', text: safeText(cell) };
}

function parseNumberCell(v: number, ctx: ValueContext): ParsedValue {
  const text = String(v);
  if (!Number.isFinite(v)) return { kind: 'unparseable', reason: '数值无效', text };
  if (isDateFormat(ctx.format)) {
    const d = serialToDate(v);
    if (!d) return { kind: 'unparseable', reason: `单元格设为日期格式，但${text}不是有效日期`, text };
    const comparator = comparatorFromNature(ctx.nature);
    return { kind: 'date', comparator, comparatorSource: comparator && 'nature', ...d, text: formatDate(d) };
  }
  return parseNumberValue(v === 0 ? 0 : v, ctx, isPercentFormat(ctx.format), unitFromFormat(ctx.format));
}

function parseTextCell(raw: string, ctx: ValueContext): ParsedValue {
  const text = raw.trim();
  const t = normalizeText(raw);
  if (t === '') return { kind: 'empty', text };
  const error = excelErrorCode(t);
  if (error) return { kind: 'error', error, text };
  if (isPlaceholderText(t)) return { kind: 'placeholder', text };

  const date = parseDateText(t);
  if (date === 'invalid') return { kind: 'unparseable', reason: `“${text}”不是有效日期`, text };
  if (date) {
    const fromNature = date.comparator === null ? comparatorFromNature(ctx.nature) : null;
    const comparator = date.comparator ?? fromNature;
    const comparatorSource = date.comparator ? 'text' : fromNature ? 'nature' : null;
    return { kind: 'date', comparator, comparatorSource, year: date.year, month: date.month, day: date.day, text };
  }
  if (/\d/.test(t)) return parseQuantityText(t, text, ctx);
  if (isComparatorOnly(t)) return { kind: 'unparseable', reason: `只有比较符号“${text}”，没有数值`, text };
  if (isUnitOnly(t)) return { kind: 'unparseable', reason: `只有计量单位“${text}”，没有数值`, text };
  return { kind: 'qualitative', tier: qualitativeTier(t), text };
}

function isUnitOnly(t: string): boolean {
  return t === '%' || t === '‰' || normalizeUnit(t) === '%';
}

function safeText(cell: unknown): string {
  try {
    if (typeof cell === 'string') return cell.trim();
    if (isCellError(cell)) return cell.error;
    return String(cell ?? '');
  } catch {
    return '';
  }
}

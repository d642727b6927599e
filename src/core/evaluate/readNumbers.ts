/** Reads amounts, weights, scores and rates from cells: numbers, or text such as "2,794.69" / "76.34%". */
import type { Grid, CellRef } from '../grid';
import { isCellError, toA1 } from '../grid';
import type { Finding } from '../findings';
import { toHalfWidth } from '../text';
import { stripInvisible } from '../values/normalize';
import { numberProblem } from '../values/numbers';
import { excelErrorCode, isBlankMark } from '../values/placeholders';
import * as msg from '../messages';

export interface NumberRead {
  value: number | null;
  /** What the cell shows, for messages. */
  text: string;
  /** An Excel error value in the cell (#DIV/0! …). */
  error: string | null;
  /** Non-empty text that is not a number (and not a dash placeholder). */
  unreadable: boolean;
  /** When unreadable: why, naming the character at fault (zh-CN). */
  why?: string;
  /** The cell had a % sign or a % number format: the value is already a fraction. */
  percent: boolean;
}

const EMPTY: NumberRead = { value: null, text: '', error: null, unreadable: false, percent: false };

export function readNumber(grid: Grid, ref: CellRef | null): NumberRead {
  if (!ref) return EMPTY;
  const cell = grid.get(ref.row, ref.col);
  const v = cell?.value ?? null;
  if (v === null || v === '') return EMPTY;
  if (isCellError(v)) return { ...EMPTY, text: v.error, error: v.error };
  if (typeof v === 'number') {
    // A file can store NaN or 1e400 (read as Infinity) in a number cell; neither is a weight or a score.
    if (!Number.isFinite(v)) return { ...EMPTY, text: String(v), unreadable: true, why: '数值无效或超出可表示的范围' };
    return { ...EMPTY, value: v, text: String(v), percent: /%/.test(cell?.format ?? '') };
  }
  if (typeof v === 'boolean') return { ...EMPTY, text: String(v), unreadable: true, why: '是逻辑值（TRUE/FALSE），不是数值' };
  const text = v.trim();
  const error = excelErrorCode(text);
  if (error) return { ...EMPTY, text, error };
  // Invisible marks pasted from web pages go; full-width and Arabic-Indic digits become 0–9; nothing else is guessed.
  const plain = stripInvisible(toHalfWidth(text)).replace(/[,，\s]/g, '').replace(/(万元|元|分)$/, '');
  if (plain === '') return { ...EMPTY, text };
  // "—", "/", "无", "不适用" in a 分值 or 得分 cell: nothing written, not an unreadable number.
  if (isBlankMark(plain)) return { ...EMPTY, text };
  const m = /^(-?\d+(?:\.\d+)?)(%)?$/.exec(plain);
  if (!m) return { ...EMPTY, text, unreadable: true, why: numberProblem(plain) };
  const n = Number(m[1]);
  return m[2] ? { ...EMPTY, value: n / 100, text, percent: true } : { ...EMPTY, value: n, text };
}

/**
 * VALUE_UNPARSEABLE at a number cell whose content is not a number: a weight or score with content is
 * never treated as empty without saying so. `what` names the column (分值, 得分 …).
 */
export function numberFindings(read: NumberRead, ref: CellRef | null, what: string): Finding[] {
  if (!ref || !read.unreadable) return [];
  return [msg.valueUnparseable(toA1(ref.row, ref.col), what, read.text, read.why ?? '不是数值')];
}

/** A rate as a fraction: 0.7634, "76.34%", or 76.34 written without a % sign. */
export function readRate(grid: Grid, ref: CellRef | null): NumberRead {
  const r = readNumber(grid, ref);
  if (r.value === null || r.percent) return r;
  // A bare number above 1.5 cannot be a fraction of the budget spent: it is a percentage without its sign.
  return r.value > 1.5 ? { ...r, value: r.value / 100, percent: true } : r;
}

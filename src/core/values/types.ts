/** What the value grammar (SPEC §2) turns a target or an actual cell into. */

export type Comparator = 'atLeast' | 'atMost' | 'equal' | 'greater' | 'less' | 'range';

/** Inputs the parser may use besides the cell itself. */
export interface ValueContext {
  /** Text of a separate 指标性质 column (＝, ≥, ≤, 正向, 反向, 定量, 定性), if any. */
  nature?: string;
  /** Text of a separate 度量单位 / 计量单位 column, if any. */
  unit?: string;
  /** Number format of the cell, e.g. "0.00%" — a number with a % format is a percentage. */
  format?: string;
}

/** A parsed value. Never thrown: unreadable input is `{kind: 'unparseable', reason}`. */
export type ParsedValue =
  | {
      kind: 'quantity';
      /** null when the cell had no comparator (the caller picks a direction from the name). */
      comparator: Comparator | null;
      /** Where the comparator came from: the cell text, the 指标性质 column, or none. */
      comparatorSource: 'text' | 'nature' | null;
      value: number;
      /** Upper bound for ranges ("90%-95%"): value is the lower bound. */
      upper?: number;
      /** Normalised unit: '%' for percent (value 95 means 95 %), '‰' converted to '%', '元'/'万元'/'亿元', '人', '人次', … ; null when none. */
      unit: string | null;
      text: string;
    }
  | {
      kind: 'date';
      comparator: Comparator | null;
      /** Where the comparator came from ("…前" in the text, or the 指标性质 column); absent means text or none. */
      comparatorSource?: 'text' | 'nature' | null;
      /** Year may be unknown ("12月底前"); month/day default to the end of the period ("2022年12月" → 12-31). */
      year: number | null;
      month: number;
      day: number;
      text: string;
    }
  | {
      kind: 'qualitative';
      /** 1 达成, 2 部分达成, 3 未达成, null when the wording cannot be placed (needs judgement). */
      tier: 1 | 2 | 3 | null;
      text: string;
    }
  | { kind: 'empty'; text: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'error'; error: string; text: string }
  | { kind: 'unparseable'; reason: string; text: string };

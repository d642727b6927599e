/** The 复核表's sheet name (SPEC §6.1): 「复核表-<sheet>」, within Excel's 31 characters, unique in the workbook. */
import type { Grid } from '../grid';

export const REVIEW_SHEET_PREFIX = '复核表-';
/** Written into every 复核表 so a later run knows the sheet is ziping's and never scores it as a unit's table. */
export const REVIEW_SHEET_SIGNATURE = '由自评表评分助手生成';
const MAX_NAME = 31;

/** Excel compares sheet names case-insensitively. */
const key = (name: string) => name.toLocaleUpperCase('zh-CN');

function shorten(name: string, max: number): string {
  const chars = [...name];
  // A sheet name may not end with an apostrophe.
  return chars.slice(0, max).join('').replace(/'+$/, '');
}

/**
 * Name of the 复核表 for `sheet`. `sheetNames` are the workbook's sheets in order (ziping's own 复核表
 * from an earlier run left out: those are replaced); names are handed out in that order, so every
 * scored sheet of a workbook gets the same, distinct name whichever sheet is planned first.
 */
export function reviewSheetName(sheet: string, sheetNames: readonly string[] = []): string {
  const order = sheetNames.includes(sheet) ? sheetNames : [...sheetNames, sheet];
  const taken = new Set(order.map(key));
  for (const name of order) {
    const chosen = freeName(name, taken);
    taken.add(key(chosen));
    if (name === sheet) return chosen;
  }
  return freeName(sheet, taken); // unreachable: `order` holds `sheet`
}

function freeName(sheet: string, taken: Set<string>): string {
  const base = shorten(`${REVIEW_SHEET_PREFIX}${sheet}`, MAX_NAME);
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = `${shorten(`${REVIEW_SHEET_PREFIX}${sheet}`, MAX_NAME - suffix.length)}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** A 复核表 an earlier run wrote: never scored as a unit's table (its header words would otherwise match). */
export function isReviewSheet(grid: Grid): boolean {
  if (!grid.sheet.startsWith(REVIEW_SHEET_PREFIX)) return false;
  for (let r = 0; r < Math.min(grid.rowCount, 4); r++) {
    for (const c of grid.rowCells(r)) if (grid.text(r, c).includes(REVIEW_SHEET_SIGNATURE)) return true;
  }
  return false;
}

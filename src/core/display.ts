/** What a clerk sees in a cell: % formats applied, dates as 年月日 — for messages and the report. */
import type { GridCell } from './grid';
import { isCellError, scalarText } from './grid';
import { fmtNum } from './format';

const DATE_FORMAT = /(^|[^"\\])[yd]|m{1,2}[^a-z]*d|年|月|日/i;

export function displayText(cell: GridCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v !== 'number' || isCellError(v)) return scalarText(v);
  const format = cell.format ?? '';
  if (/%/.test(format.replace(/"[^"]*"/g, ''))) return `${fmtNum(v * 100)}%`;
  if (format && !/^[#0.,]+$/.test(format) && DATE_FORMAT.test(format) && v > 0 && v < 2958466) {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  }
  return scalarText(v);
}

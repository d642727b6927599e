/**
 * The 复核表 (SPEC §6.1): the reviewer's working paper, one sheet beside each scored sheet, where the
 * unit's figures and the recomputed ones stand side by side and print on one page width.
 */
import type { ScoredTable } from '../index';
import type { PlannedSheet } from '../writePlan';
import { SEVERITY_FILL } from '../writePlan';
import { REVIEW_PREFIX } from '../reviewText';
import { reviewSheetName, REVIEW_SHEET_SIGNATURE } from './names';
import { SheetDraft } from './sheetDraft';
import { writeTableBlock, COLUMNS, LAST_COL } from './tableBlock';

export interface ReviewSheetInput {
  sheet: string;
  tables: ScoredTable[];
  /** The profile the tables were scored with (its display name and source document). */
  profile: { name: string; source: string };
  /** The review date as the host's clock gives it, e.g. "2026-12-01" (the core has no clock). */
  date: string | null;
  /** The workbook's sheets in order (without ziping's own 复核表), for a unique name. */
  sheetNames?: readonly string[];
}

const FONT_SIZE = 10;

export function buildReviewSheet(input: ReviewSheetInput): PlannedSheet {
  const draft = new SheetDraft(COLUMNS.map((c) => c.width), FONT_SIZE);
  let headerRow: number | null = null;
  input.tables.forEach((scored, i) => {
    if (i > 0) draft.next(); // a blank row between two tables of one sheet
    const header = writeTableBlock(draft, scored, {
      sheet: input.sheet,
      subtitle: subtitle(input),
      legend: i === 0 ? legend : null,
    });
    headerRow ??= header;
  });
  const name = reviewSheetName(input.sheet, input.sheetNames);
  // The column header row repeats on every printed page; titles name one table, so they do not.
  return draft.toSheet(name, input.sheet, headerRow === null ? null : { first: headerRow, last: headerRow });
}

function subtitle(input: ReviewSheetInput): string {
  const date = input.date ? `复核日期：${input.date}　` : '';
  return `工作表：${input.sheet}　评分规则：${input.profile.name}（依据：${input.profile.source}）　${date}${REVIEW_SHEET_SIGNATURE}`;
}

/** One line that explains the colours here and in the unit's sheet. */
function legend(draft: SheetDraft): void {
  draft.put(0, 0, '颜色说明', { bold: true });
  draft.put(1, 1, '错误', { fill: SEVERITY_FILL.error, horizontal: 'center' });
  draft.put(2, 2, '警告', { fill: SEVERITY_FILL.warning, horizontal: 'center' });
  draft.put(3, 3, '提示', { fill: SEVERITY_FILL.info, horizontal: 'center' });
  draft.put(
    4,
    LAST_COL,
    `“问题”列及原表中的单元格按最严重的问题着色，原表批注即复核意见；原表中以“${REVIEW_PREFIX}”开头的文字为复核时写入的偏差说明；差异 = 复核得分 − 自评得分。`,
  );
  draft.next();
}

/** The 复核表 working paper (SPEC §6.1). */
export { buildReviewSheet, type ReviewSheetInput } from './buildReviewSheet';
export { reviewSheetName, isReviewSheet, REVIEW_SHEET_PREFIX, REVIEW_SHEET_SIGNATURE } from './names';
export { wrappedRowHeight, wrappedLines } from './textHeight';
export { reviewDate } from './date';
export { wrappedRowHeights, type SheetLayout } from './unitRowHeights';

/**
 * Text ziping writes into a unit's cells is recognisably ziping's (SPEC §6.2): every line starts with
 * 【复核】 and is shown in its own font colour. On re-scoring such lines count as empty, so the unit's
 * own words are told apart from ours on screen, on paper and by the engine.
 */

export const REVIEW_PREFIX = '【复核】';

/** Font colour of ziping's commentary in a unit's sheet (dark blue: reads as a reviewer's pen, prints in grey). */
export const REVIEW_FONT_COLOR = '#1F4E9A';

/** The cell text ziping writes for a commentary sentence. */
export function reviewText(commentary: string): string {
  return `${REVIEW_PREFIX}${commentary}`;
}

/** The unit's part of a cell's text: every line ziping wrote (starting with 【复核】) removed. */
export function unitOwnText(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith(REVIEW_PREFIX))
    .join('\n')
    .trim();
}

/** True when the text holds ziping's lines (whatever else it holds). */
export function hasReviewText(text: string): boolean {
  return text.split(/\r?\n/).some((line) => line.trimStart().startsWith(REVIEW_PREFIX));
}

/** The indicator value grammar (SPEC §2): parse targets/actuals, units, directions, placeholders. */
export type { Comparator, ParsedValue, ValueContext } from './types';
export { parseValue } from './parse';
export { convertUnit, normalizeUnit } from './units';
export { directionFromName } from './direction';
export { isPlaceholderText, isNotApplicableMark, isNotApplicableWord, isNoneMark, isBlankMark, excelErrorCode, EXCEL_ERRORS } from './placeholders';
export { formatQuantity, formatNumber, formatDate, withUnit } from './display';
export { qualitativeTier } from './qualitative';
export type { Tier } from './qualitative';
export { comparatorFromNature } from './comparators';
export { isDateFormat, isPercentFormat } from './formats';
export { serialToDate } from './dates';
export { normalizeText, toHalfWidth } from './normalize';

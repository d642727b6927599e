/** ExcelJS host: read .xlsx files into Grids, apply WritePlans, write copies atomically. */
export { readWorkbookFile, readWorkbookBuffer, gridsOf, SNAPSHOT_SHEET_NAME } from './readWorkbook';
export type { ReadOptions, WorkbookRead } from './readWorkbook';
export { gridFromWorksheet, mergesOf } from './gridFromWorksheet';
export { gridCellOf, dateToSerial } from './cellValue';
export { applyPlan, noteText, solidFill } from './applyPlan';
export { writeWorkbookFile, writeScoredCopy } from './writeWorkbook';
export { isSameFile, canonicalPath } from './paths';
export { XlsxReadError, OverwriteInputError, XlsxWriteError, readMessages } from './errors';
export { inspectWorkbookBytes } from './inspectBytes';
export type { InspectOptions } from './inspectBytes';
export { XLSX_LIMITS } from './limits';
export type { XlsxLimits } from './limits';
export { readZipDirectory, ZipFormatError } from './zipDirectory';
export type { ZipEntry } from './zipDirectory';
export { compoundFileNames, isCompoundFile } from './compoundFile';
export type { XlsxReadProblem } from './errors';

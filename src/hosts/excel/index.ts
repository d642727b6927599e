/** Office.js host adapter: everything that touches Office/Excel lives in this folder. */
export { createExcelHost } from './excelHost';
export { SNAPSHOT_SHEET } from '../addin/workbookHost';
export type { WorkbookHost, ApplyResult } from '../addin/workbookHost';
export { detectCapabilities } from './capabilities';
export type { ExcelCapabilities } from './capabilities';

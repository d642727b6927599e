/** Which Office.js features this Excel offers, decided once per host from the requirement sets. */

import type { AnnotationKind } from '../addin/cellState';
export type { AnnotationKind };

export interface ExcelCapabilities {
  /** ExcelApi 1.13 getMergedAreasOrNullObject. */
  merges: boolean;
  /** Notes (1.18), else threaded comments (1.10), else nothing. */
  annotations: AnnotationKind;
  /** ExcelApi 1.9 getCellProperties: every cell's fill in one call. */
  cellProperties: boolean;
  /** ExcelApi 1.9 Worksheet.pageLayout: the 复核表's print setup. */
  pageLayout: boolean;
}

export function detectCapabilities(office: typeof Office): ExcelCapabilities {
  const has = (v: string) => office.context.requirements.isSetSupported('ExcelApi', v);
  return {
    merges: has('1.13'),
    annotations: has('1.18') ? 'note' : has('1.10') ? 'comment' : 'none',
    cellProperties: has('1.9'),
    pageLayout: has('1.9'),
  };
}

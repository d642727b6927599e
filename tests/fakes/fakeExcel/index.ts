/** A fake Office.js Excel host over plain data — browser-safe (no Node APIs anywhere in this folder). */
export { createFakeOffice, FakeSettings } from './office';
export type { FakeDialog, FakeOffice, FakeOfficeOptions } from './office';
export { FakeOfficeError, FakeRequestContext } from './context';
export type { FakeStats } from './context';
export { emptyWorkbook, serializeWorkbook, deserializeWorkbook, findSheet } from './model';
export type { FakeCell, FakeSheet, FakeValue, FakeVisibility, FakeWorkbookModel } from './model';
export { activateSheet } from './events';

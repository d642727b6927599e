/** A fake WPS 表格 (ET) host for tests: an object model written from et-jsapi-declare, over plain data. */
export { FakeEtBook, FakeEtApplication, FakeEtWorkbook, FakeEtSheets, FakeEtWorksheet } from './book';
export { FakeEtRange, EtComError, ET_ERROR_CODES } from './range';
export * from './model';
import { loadFakeWorkbook } from '../loadFakeWorkbook';
import { FakeEtBook } from './book';
import { etBookFromFakeModel } from './model';

/** An .xlsx loaded into a fake ET workbook (values, formulas, formats, fills, comments, merges). */
export async function loadEtBook(path: string): Promise<FakeEtBook> {
  return new FakeEtBook(etBookFromFakeModel(await loadFakeWorkbook(path)));
}

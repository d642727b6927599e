/** A Grid's cells as a fake Excel document (values, formulas, number formats, merges): tests build sheets in code. */
import { rangeToA1, toA1, type Grid } from '../../src/core/grid';
import { emptyWorkbook, type FakeWorkbookModel } from './fakeExcel';

export function documentOfGrid(grid: Grid): FakeWorkbookModel {
  const model = emptyWorkbook([grid.sheet]);
  const sheet = model.sheets[0];
  for (const [r, c, cell] of grid.toJSON().cells) {
    sheet.cells[toA1(r, c)] = { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}), ...(cell.format ? { numberFormat: cell.format } : {}) };
  }
  sheet.merges = grid.merges.map(rangeToA1);
  return model;
}

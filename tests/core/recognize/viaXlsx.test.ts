/** The same layouts written to .xlsx and read back by the ExcelJS host recognise exactly as the inline Grids do. */
import { readWorkbookBuffer } from '../../../src/hosts/xlsx';
import { recognizeTables } from '../../../src/core/recognize';
import { buildWorkbook, type CellSpec } from '../../helpers/xlsx/buildWorkbook';
import { describeTable, indicatorLines } from './describe';
import { nationalLayout, sheetOf, shiftMerges, type Layout } from './layouts';

async function viaXlsx(layout: Layout, at: string) {
  const rows = layout.rows.map((r) => Array.from(r, (v) => (v === null || v === undefined ? null : (v as CellSpec))));
  const buf = await buildWorkbook([{ name: 'Sheet1', start: at, rows, merges: shiftMerges(layout.merges, at) }]);
  const { grids } = await readWorkbookBuffer(buf);
  return recognizeTables(grids[0]);
}

describe('layouts read through the ExcelJS host', () => {
  it.each([
    ['merged levels at A1', 'merged', 'A1'],
    ['blank levels at B3', 'blank', 'B3'],
    ['repeated levels at C5', 'repeated', 'C5'],
  ] as const)('%s', async (_, style, at) => {
    const layout = nationalLayout(style);
    const fromXlsx = await viaXlsx(layout, at);
    const inline = recognizeTables(sheetOf([{ layout, at }]));
    expect(fromXlsx).toHaveLength(1);
    expect(describeTable(fromXlsx[0])).toEqual(describeTable(inline[0]));
    expect(indicatorLines(fromXlsx[0])).toEqual(indicatorLines(inline[0]));
    expect(describeTable(fromXlsx[0]).applicableCount).toBe(9);
  });
});

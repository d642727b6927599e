import ExcelJS from 'exceljs';
import { parseA1, type Grid } from '../../../src/core/grid';
import { dateToSerial, readWorkbookBuffer } from '../../../src/hosts/xlsx';
import { buildWorkbook } from '../../helpers/xlsx/buildWorkbook';

function at(grid: Grid, a1: string) {
  const { row, col } = parseA1(a1)!;
  return grid.get(row, col);
}

async function gridOf(wb: ExcelJS.Workbook): Promise<Grid> {
  const data = await wb.xlsx.writeBuffer();
  return (await readWorkbookBuffer(Buffer.from(data as ArrayBuffer))).grids[0];
}

describe('dateToSerial', () => {
  it('counts days from 1899-12-30, fractional for time', () => {
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 31)))).toBe(1);
    expect(dateToSerial(new Date(Date.UTC(2022, 11, 31)))).toBe(44926);
    expect(dateToSerial(new Date(Date.UTC(2023, 0, 1, 18, 0)))).toBe(44927.75);
    expect(dateToSerial(new Date(Date.UTC(2022, 11, 31)), true)).toBe(44926 - 1462);
  });
});

describe('grid cells from a built workbook', () => {
  it('dates read as Excel serials and keep their format', async () => {
    const buf = await buildWorkbook([
      {
        name: 'S',
        rows: [[new Date(Date.UTC(2022, 11, 31)), new Date(Date.UTC(2023, 5, 30, 12, 0))]],
        numFmts: { A1: 'yyyy"年"m"月"d"日"', B1: 'yyyy-mm-dd hh:mm' },
      },
    ]);
    const g = (await readWorkbookBuffer(buf)).grids[0];
    expect(at(g, 'A1')).toEqual({ value: 44926, format: 'yyyy"年"m"月"d"日"' });
    expect(at(g, 'B1')).toEqual({ value: 45107.5, format: 'yyyy-mm-dd hh:mm' });
  });

  it('a 1904-date workbook gives the serial Excel stores there', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const cell = wb.addWorksheet('S').getCell('A1');
    cell.value = new Date(Date.UTC(2022, 11, 31));
    cell.numFmt = 'yyyy-mm-dd';
    expect(at(await gridOf(wb), 'A1')).toEqual({ value: 44926 - 1462, format: 'yyyy-mm-dd' });
  });

  it('numbers, text, booleans, rich text, hyperlinks and errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 420.5;
    ws.getCell('B1').value = ' 年度资金总额 ';
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = { richText: [{ text: '满意度', font: { bold: true } }, { text: '指标' }] };
    ws.getCell('E1').value = { text: '附件', hyperlink: 'https://example.org/a' };
    ws.getCell('F1').value = { error: '#DIV/0!' };
    ws.getCell('G1').value = 0;
    const g = await gridOf(wb);
    expect(at(g, 'A1')).toEqual({ value: 420.5 });
    expect(at(g, 'B1')).toEqual({ value: ' 年度资金总额 ' });
    expect(at(g, 'C1')).toEqual({ value: true });
    expect(at(g, 'D1')).toEqual({ value: '满意度指标' });
    expect(at(g, 'E1')).toEqual({ value: '附件' });
    expect(at(g, 'F1')).toEqual({ value: { error: '#DIV/0!' } });
    expect(at(g, 'G1')).toEqual({ value: 0 });
  });

  it('formats: kept when set, omitted for General, kept on text cells too', async () => {
    const buf = await buildWorkbook([
      { name: 'S', rows: [[0.9534, 12, '≥95%', 7]], numFmts: { A1: '0.00%', B1: 'General', C1: '@' } },
    ]);
    const g = (await readWorkbookBuffer(buf)).grids[0];
    expect(at(g, 'A1')).toEqual({ value: 0.9534, format: '0.00%' });
    expect(at(g, 'B1')).toEqual({ value: 12 });
    expect(at(g, 'C1')).toEqual({ value: '≥95%', format: '@' });
    expect(at(g, 'D1')).toEqual({ value: 7 });
  });

  it('formulas: cached result as value, text with "=", null without a cached result', async () => {
    const buf = await buildWorkbook([
      {
        name: 'S',
        rows: [
          [420, 400, { formula: 'B1/A1', result: 0.9523809523809523 }],
          [0, 5, { formula: '=B2/A2', result: { error: '#DIV/0!' } as never }],
          [1, 2, { formula: 'A3+B3' }],
          ['', null, { formula: 'IF(A1>0,"是","否")', result: '是' }],
        ],
        numFmts: { C1: '0.00%' },
      },
    ]);
    const g = (await readWorkbookBuffer(buf)).grids[0];
    expect(at(g, 'C1')).toEqual({ value: 0.9523809523809523, formula: '=B1/A1', format: '0.00%' });
    expect(at(g, 'C2')).toEqual({ value: { error: '#DIV/0!' }, formula: '=B2/A2' });
    expect(at(g, 'C3')).toEqual({ value: null, formula: '=A3+B3' });
    expect(at(g, 'C4')).toEqual({ value: '是', formula: '=IF(A1>0,"是","否")' });
    // Empty strings and null are no cells at all.
    expect(at(g, 'A4')).toBeUndefined();
    expect(at(g, 'B4')).toBeUndefined();
  });

  it('shared formulas read with the formula translated to each cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('A3').value = 4;
    ws.fillFormula('B1:B3', 'A1*10', [20, 30, 40]);
    const data = await wb.xlsx.writeBuffer();
    const { grids, workbook } = await readWorkbookBuffer(Buffer.from(data as ArrayBuffer));
    // Proof that the file really holds a shared formula, not three plain ones.
    expect(workbook.worksheets[0].getCell('B3').value).toMatchObject({ sharedFormula: 'B1' });
    const g = grids[0];
    expect(at(g, 'B1')).toEqual({ value: 20, formula: '=A1*10' });
    expect(at(g, 'B2')).toEqual({ value: 30, formula: '=A2*10' });
    expect(at(g, 'B3')).toEqual({ value: 40, formula: '=A3*10' });
  });

  it('merged cells: value in the master only, merge listed 0-based, start offsets honoured', async () => {
    const buf = await buildWorkbook([
      {
        name: 'S',
        start: 'B3',
        rows: [
          ['项目名称', null, '托养服务'],
          ['产出指标', '数量指标', 20],
          [null, '质量指标', 10],
        ],
        merges: ['B3:C3', 'B4:B5'],
      },
    ]);
    const g = (await readWorkbookBuffer(buf)).grids[0];
    expect(at(g, 'B3')).toEqual({ value: '项目名称' });
    expect(at(g, 'C3')).toBeUndefined();
    expect(at(g, 'B5')).toBeUndefined();
    expect(at(g, 'C5')).toEqual({ value: '质量指标' });
    expect(g.merges).toEqual([
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
    expect(g.mergeAt(4, 1)).toEqual({ top: 3, left: 1, bottom: 4, right: 1 });
  });
});

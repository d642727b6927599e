/** The diff helper must see every kind of change, or the "only planned cells changed" tests prove nothing. */
import { buildWorkbookObject, type SheetSpec } from '../../helpers/xlsx/buildWorkbook';
import { diffWorkbooks } from '../../helpers/xlsx/diffWorkbooks';

const base = (): SheetSpec[] => [
  {
    name: '表',
    rows: [
      ['标题', null, null],
      ['分值', 20, { formula: 'B2*2', result: 40 }],
    ],
    merges: ['A1:C1'],
    numFmts: { B2: '0.00' },
    notes: { A2: '单位备注' },
  },
  { name: '说明', rows: [['x']] },
];

const ids = (d: ReturnType<typeof diffWorkbooks>) => d.map((x) => `${x.sheet}!${x.cell}:${x.what}`);

describe('diffWorkbooks', () => {
  it('finds nothing between two builds of the same description', () => {
    expect(diffWorkbooks(buildWorkbookObject(base()), buildWorkbookObject(base()))).toEqual([]);
  });

  it('sees value, formula, numFmt, font, fill, border, alignment and note changes', () => {
    const a = buildWorkbookObject(base());
    const b = buildWorkbookObject(base());
    const ws = b.getWorksheet('表')!;
    ws.getCell('B2').value = 21;
    ws.getCell('C2').value = { formula: 'B2*3', result: 40 };
    ws.getCell('A2').numFmt = '@';
    ws.getCell('A2').font = { bold: true };
    // A style-only cell that did not exist before (A1's style is shared with its covered cells in memory).
    ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    ws.getCell('B2').border = { top: { style: 'thin' } };
    ws.getCell('C2').alignment = { wrapText: true };
    ws.getCell('A2').note = '别的备注';
    expect(ids(diffWorkbooks(a, b)).sort()).toEqual(
      [
        '表!B2:value',
        '表!C2:formula',
        '表!A2:numFmt',
        '表!A2:font',
        '表!D2:fill',
        '表!B2:border',
        '表!C2:alignment',
        '表!A2:note',
      ].sort(),
    );
    expect(diffWorkbooks(a, b).find((d) => d.what === 'value')).toMatchObject({ before: 20, after: 21 });
  });

  it('sees a new cell, a cleared cell, merges, sheet state, order and presence', () => {
    const a = buildWorkbookObject(base());
    const spec = base();
    spec[0].merges = ['A1:B1'];
    spec[0].rows[2] = [null, null, null, '新'];
    spec[0].rows[1][0] = null;
    const b = buildWorkbookObject([{ ...spec[1], state: 'hidden' }, spec[0], { name: '新表', rows: [] }]);
    const found = ids(diffWorkbooks(a, b));
    expect(found).toEqual(
      expect.arrayContaining([
        '新表!:sheet',
        '!:sheetOrder',
        '说明!:sheetState',
        '表!A1:C1:merge',
        '表!A1:B1:merge',
        '表!D3:value',
        '表!A2:value',
        '表!C1:value', // C1 was a covered cell of A1:C1, now a free empty cell
      ]),
    );
  });
});

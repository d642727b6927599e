/** The snapshot rows: long JSON split under Excel's 32,767-character cell limit, and read back whole. */
import { NOTE_MARKER } from '../../../src/core/writePlan';
import { parseA1 } from '../../../src/core/grid';
import type { SnapshotEntry } from '../../../src/hosts/addin/cellState';
import { decodeSnapshot, decodeSnapshotRecords, encodeSnapshot, PIECE_CHARS, type AddedSheets, type SnapshotBook } from '../../../src/hosts/addin/snapshot';
import type { LayoutBook } from '../../../src/hosts/addin/unitLayout';
import { SNAPSHOT_SHEET } from '../../../src/hosts/excel';
import { emptyWorkbook } from '../../fakes/fakeExcel';
import { hostOver, sheetOf, sheetsState } from './helpers';

function entry(cell: string, note: string | null): SnapshotEntry {
  return {
    before: { cell, value: '=1', valueType: 'String', formula: null, numberFormat: '@', fill: null, note, noteKind: 'note' },
    wrote: { value: true, fill: false, note: note !== null },
  };
}

describe('snapshot rows', () => {
  it('splits a long record over cells of at most 32,000 + 1 characters and joins it back', () => {
    const long = '备注'.repeat(25_000); // 50,000 characters
    const book: SnapshotBook = new Map([
      ['表一', new Map([['B2', entry('B2', long)], ['C3', entry('C3', null)]])],
      ['表二', new Map([['A1', entry('A1', '短')]])],
    ]);
    const rows = encodeSnapshot(book);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveLength(2); // rectangular: the short rows are padded
    expect(rows[1][1]).toBe('');
    expect(Math.max(...rows.flat().map((c) => c.length))).toBe(PIECE_CHARS + 1);
    expect(rows.flat().filter(Boolean).every((c) => c.startsWith('~'))).toBe(true);
    expect(decodeSnapshot(rows)).toEqual(book);
  });

  it('skips rows it cannot read instead of failing', () => {
    const rows = encodeSnapshot(new Map([['表', new Map([['A1', entry('A1', null)]])]]));
    const decoded = decodeSnapshot([['~{broken'], ['随手写的'], ...rows]);
    expect([...decoded.get('表')!.keys()]).toEqual(['A1']);
  });

  it('keeps the scored sheets’ layouts (row heights, page fit) beside the cells, compatibly both ways', () => {
    const book: SnapshotBook = new Map([['表一', new Map([['E3', entry('E3', null)]])]]);
    const added: AddedSheets = new Map([['表一', ['复核表-表一']]]);
    const layouts: LayoutBook = new Map([
      [
        '表一',
        {
          rows: { 2: { before: { height: 15, standard: true }, wrote: 123 }, 9: { before: { height: 28.5, standard: false }, wrote: 40 } },
          page: { before: { scale: 100, fitWide: null, fitTall: null, printArea: null }, fitToWidth: 1 },
        },
      ],
    ]);
    expect(decodeSnapshotRecords(encodeSnapshot(book, added, layouts))).toEqual({ book, added, layouts });
    // A snapshot written before layouts existed reads with none.
    expect(decodeSnapshotRecords(encodeSnapshot(book, added))).toEqual({ book, added, layouts: new Map() });
    // An older version reads a layout row as neither a cell record (no `before`) nor an added sheet (no `added`): it skips it.
    const layoutRow = encodeSnapshot(new Map(), new Map(), layouts)[0][0];
    expect(Object.keys(JSON.parse(layoutRow.slice(1))).sort()).toEqual(['layout', 'sheet']);
  });

  it('round-trips a 40,000-character unit note through the workbook', async () => {
    const model = emptyWorkbook(['表']);
    const longNote = '单位说明'.repeat(10_000);
    model.sheets[0].cells.B2 = { value: 5, note: longNote };
    const before = sheetsState(model);
    const { host } = hostOver(model, { excelApi: '1.18' });
    await host.readSheet('表');
    const p = parseA1('B2')!;
    await host.applyPlan({ sheet: '表', changes: [{ cell: 'B2', row: p.row, col: p.col, kinds: ['mark'], note: '得分有误' }] });
    expect(model.sheets[0].cells.B2.note).toBe(`${longNote}\n${NOTE_MARKER}得分有误`);
    expect(Object.keys(sheetOf(model, SNAPSHOT_SHEET).cells)).toEqual(['A1', 'B1']);
    await host.restore('表');
    expect(sheetsState(model)).toEqual(before);
  });
});

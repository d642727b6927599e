import path from 'node:path';
import { existsSync, promises as fs } from 'node:fs';
import { parseA1, type Grid } from '../../../src/core/grid';
import { readWorkbookBuffer, readWorkbookFile, XlsxReadError } from '../../../src/hosts/xlsx';
import { buildWorkbook } from '../../helpers/xlsx/buildWorkbook';

const FIXTURES = path.join(__dirname, '../../fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

function at(grid: Grid, a1: string) {
  const { row, col } = parseA1(a1)!;
  return grid.get(row, col);
}

function gridNamed(grids: Grid[], sheet: string): Grid {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no grid ${sheet}`);
  return g;
}

describe('readWorkbookFile on the acceptance fixtures', () => {
  const expected = require(path.join(FIXTURES, 'expected.json')) as Record<string, Array<{ sheet: string }>>;

  it.each(Object.keys(expected))('%s: a grid for every sheet the expectations name, in workbook order', async (file) => {
    const { grids, workbook, hiddenSheets } = await readWorkbookFile(fixture(file));
    expect(grids.map((g) => g.sheet)).toEqual(workbook.worksheets.map((ws) => ws.name));
    for (const table of expected[file]) expect(grids.map((g) => g.sheet)).toContain(table.sheet);
    expect(hiddenSheets).toEqual([]);
    // No covered cell of any merge carries a value: only top-left cells do.
    for (const grid of grids) {
      for (const m of grid.merges) {
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) {
            if (r !== m.top || c !== m.left) expect(grid.get(r, c)).toBeUndefined();
          }
        }
      }
    }
  });

  it('national-kunming-2022: texts, merges and covered cells', async () => {
    const { grids } = await readWorkbookFile(fixture('national-kunming-2022.xlsx'));
    expect(grids).toHaveLength(1);
    const g = gridNamed(grids, '自评表');
    expect(at(g, 'D3')).toEqual({ value: '2022年残疾人托养服务市级补助经费' });
    expect(g.value(12, 4)).toBe('≥2800人'); // E13
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 9 }); // A1:J1
    expect(g.merges).toContainEqual({ top: 11, left: 0, bottom: 18, right: 0 }); // A12:A19
    expect(g.merges).toHaveLength(31);
    expect(at(g, 'B1')).toBeUndefined();
    expect(at(g, 'A13')).toBeUndefined(); // covered by A12:A19
    expect(typeof at(g, 'A1')?.value).toBe('string');
    expect(g.rowCount).toBe(20);
    expect(g.colCount).toBe(10);
  });

  it('multi-sheet-variants 项目A: formulas with cached results and % formats', async () => {
    const { grids } = await readWorkbookFile(fixture('multi-sheet-variants.xlsx'));
    expect(grids.map((g) => g.sheet)).toEqual(['填报说明', '项目A', '项目B']);
    const g = gridNamed(grids, '项目A');
    expect(at(g, 'I9')).toEqual({ value: 1, formula: '=G9/F9', format: '0.00%' });
    expect(at(g, 'I27')).toEqual({ value: 100, formula: '=SUM(I16:I26)+J9' });
    expect(at(g, 'F18')).toEqual({ value: 1, format: '0%' });
    expect(g.merges).toContainEqual({ top: 2, left: 1, bottom: 2, right: 10 }); // B3:K3
    expect(at(g, 'A1')).toBeUndefined();
  });

  it('reads the same from a buffer as from the file', async () => {
    const file = fixture('national-problems.xlsx');
    const a = await readWorkbookFile(file);
    const b = await readWorkbookBuffer(await fs.readFile(file));
    expect(b.grids.map((g) => g.toJSON())).toEqual(a.grids.map((g) => g.toJSON()));
  });

  it('builds grids only for the sheets asked for', async () => {
    const { grids, workbook } = await readWorkbookFile(fixture('multi-sheet-variants.xlsx'), { sheets: ['项目B'] });
    expect(grids.map((g) => g.sheet)).toEqual(['项目B']);
    expect(workbook.worksheets).toHaveLength(3);
  });
});

describe('sheet list', () => {
  it('keeps hidden sheets, marks them, and skips our snapshot and (WPS) settings sheets', async () => {
    const buf = await buildWorkbook([
      { name: '表1', rows: [['a']] },
      { name: '_ziping_snapshot', rows: [['{"cells":[]}']], state: 'veryHidden' },
      { name: '_ziping_settings', rows: [['~ziping.settings', '~{}']], state: 'veryHidden' },
      { name: '隐藏', rows: [['b']], state: 'hidden' },
      { name: '很隐藏', rows: [['c']], state: 'veryHidden' },
    ]);
    const { grids, hiddenSheets } = await readWorkbookBuffer(buf);
    expect(grids.map((g) => g.sheet)).toEqual(['表1', '隐藏', '很隐藏']);
    expect(hiddenSheets).toEqual(['隐藏', '很隐藏']);
    expect(grids[1].value(0, 0)).toBe('b');
  });
});

describe('unreadable files', () => {
  const expectProblem = async (p: Promise<unknown>, problem: string, text: RegExp) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).problem).toBe(problem);
    expect((err as Error).message).toMatch(text);
  };

  it('names the problem in Chinese', async () => {
    await expectProblem(readWorkbookFile(fixture('no-such-file.xlsx')), 'notFound', /找不到文件/);
    await expectProblem(readWorkbookBuffer(Buffer.alloc(0)), 'empty', /文件为空/);
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectProblem(readWorkbookBuffer(cfb), 'legacyXls', /\.xls/);
    const encrypted = Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le')]);
    await expectProblem(readWorkbookBuffer(encrypted), 'encrypted', /加密/);
    await expectProblem(readWorkbookBuffer(Buffer.from('项目名称,得分\n')), 'notXlsx', /文本（CSV）文件/);
    const truncated = (await fs.readFile(fixture('national-kunming-2022.xlsx'))).subarray(0, 2000);
    await expectProblem(readWorkbookBuffer(truncated), 'corrupt', /已损坏/);
    await expectProblem(readWorkbookFile(FIXTURES), 'notXlsx', /文件夹/);
  });
});

describe('fixture copies', () => {
  const SHARED = path.join(__dirname, '../../../../shared/fixtures');
  const haveShared = existsSync(SHARED);

  (haveShared ? it : it.skip)('tests/fixtures matches ../shared/fixtures byte for byte', async () => {
    const names = (await fs.readdir(SHARED)).filter((n) => n.endsWith('.xlsx') || n === 'expected.json');
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) {
      const [a, b] = await Promise.all([fs.readFile(path.join(SHARED, name)), fs.readFile(path.join(FIXTURES, name))]);
      expect({ name, same: a.equals(b) }).toEqual({ name, same: true });
    }
  });
});

import { readFullWorkbook } from '../../helpers/xlsx/readFull';
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { NOTE_MARKER, type CellChange, type WritePlan } from '../../../src/core/writePlan';
import { parseA1 } from '../../../src/core/grid';
import { applyPlan, noteText, readWorkbookFile, writeWorkbookFile } from '../../../src/hosts/xlsx';
import { buildWorkbookObject } from '../../helpers/xlsx/buildWorkbook';
import { diffWorkbooks } from '../../helpers/xlsx/diffWorkbooks';

const FIXTURES = path.join(__dirname, '../../fixtures');
const FIXTURE_FILES = [
  'national-kunming-2022.xlsx',
  'national-problems.xlsx',
  'department-caidian-2023.xlsx',
  'yunnan-lijiang-2020.xlsx',
  'multi-sheet-variants.xlsx',
];

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-xlsx-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function change(a1: string, rest: Partial<CellChange>): CellChange {
  const { row, col } = parseA1(a1)!;
  return { cell: a1, row, col, kinds: ['mark'], ...rest };
}

/** Apply plans to a fresh load of `file`, write it, and return both the input and the re-read copy. */
async function scoredRoundTrip(file: string, plans: WritePlan[], name = file) {
  const input = (await readFullWorkbook(path.join(FIXTURES, file))).workbook;
  const working = (await readFullWorkbook(path.join(FIXTURES, file))).workbook;
  for (const plan of plans) applyPlan(working, plan);
  const out = path.join(tmp, name);
  await writeWorkbookFile(working, out);
  const reread = await readFullWorkbook(out);
  return { input, output: reread.workbook, grids: reread.grids, out };
}

const cellIds = (diffs: Array<{ sheet: string; cell: string; what: string }>) =>
  diffs.map((d) => `${d.sheet}!${d.cell}:${d.what}`).sort();

describe('round trip without a plan', () => {
  it.each(FIXTURE_FILES)('%s: writing changes nothing diffWorkbooks can see', async (file) => {
    const { input, output } = await scoredRoundTrip(file, [], `plain-${file}`);
    expect(diffWorkbooks(input, output)).toEqual([]);
  });
});

describe('applyPlan on a fixture copy', () => {
  const plan: WritePlan = {
    sheet: '项目A',
    changes: [
      change('J16', { kinds: ['score'], value: 18.5 }), // a score cell, merged J16:K16 (master)
      change('I18', { kinds: ['commentary'], value: '实际完成值低于年度指标值。' }),
      change('F18', { fill: '#FFC7CE', note: '实际完成值为空。', severity: 'error' }),
      change('I9', { fill: '#ffeb9c' }),
    ],
  };

  it('changes exactly the named cells: values, fills, notes', async () => {
    const { input, output } = await scoredRoundTrip('multi-sheet-variants.xlsx', [plan], 'planned.xlsx');
    expect(cellIds(diffWorkbooks(input, output))).toEqual(
      ['项目A!F18:fill', '项目A!F18:note', '项目A!I18:value', '项目A!I9:fill', '项目A!J16:value'].sort(),
    );
  });

  it('writes the values, keeps numFmt/font/border/alignment and the formulas elsewhere', async () => {
    const { input, output, grids } = await scoredRoundTrip('multi-sheet-variants.xlsx', [plan], 'planned2.xlsx');
    const a = input.getWorksheet('项目A')!;
    const b = output.getWorksheet('项目A')!;
    expect(b.getCell('J16').value).toBe(18.5);
    expect(b.getCell('I18').value).toBe('实际完成值低于年度指标值。');
    for (const addr of ['F18', 'I9', 'J16']) {
      expect(b.getCell(addr).numFmt).toBe(a.getCell(addr).numFmt);
      expect(b.getCell(addr).font).toEqual(a.getCell(addr).font);
      expect(b.getCell(addr).border).toEqual(a.getCell(addr).border);
      expect(b.getCell(addr).alignment).toEqual(a.getCell(addr).alignment);
    }
    expect(b.getCell('F18').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(b.getCell('I9').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(b.getCell('F18').numFmt).toBe('0%');
    // I9 was filled but is still the formula with its cached result, and the grid still sees it.
    expect(b.getCell('I9').value).toEqual({ formula: 'G9/F9', result: 1 });
    const g = grids.find((x) => x.sheet === '项目A')!;
    expect(g.get(8, 8)).toEqual({ value: 1, formula: '=G9/F9', format: '0.00%' });
    expect(g.get(26, 8)).toEqual({ value: 100, formula: '=SUM(I16:I26)+J9' });
    expect(noteText(b.getCell('F18').note)).toBe(`${NOTE_MARKER}实际完成值为空。`);
  });

  it('does not leak a fill to cells that shared the style object', () => {
    return readFullWorkbook(path.join(FIXTURES, 'multi-sheet-variants.xlsx')).then(({ workbook }) => {
      const ws = workbook.getWorksheet('项目A')!;
      // F18 and G18 were loaded with one shared style object (both "0%").
      expect(ws.getCell('F18').style).toBe(ws.getCell('G18').style);
      const before = JSON.stringify(ws.getCell('G18').style);
      applyPlan(workbook, { sheet: '项目A', changes: [change('F18', { fill: '#FFC7CE' })] });
      expect(JSON.stringify(ws.getCell('G18').style)).toBe(before);
      expect(ws.getCell('F18').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    });
  });

  it('throws for a sheet the workbook lacks', async () => {
    const { workbook } = await readFullWorkbook(path.join(FIXTURES, 'national-kunming-2022.xlsx'));
    expect(() => applyPlan(workbook, { sheet: '不存在', changes: [] })).toThrow('不存在');
    expect(() => applyPlan(workbook, { sheet: '自评表', changes: [change('A1', { fill: 'red' })] })).toThrow(/fill/);
  });
});

describe('notes', () => {
  const notePlan = (text: string): WritePlan => ({ sheet: '自评表', changes: [change('H14', { note: text })] });

  it('scoring twice replaces our note instead of appending it again', async () => {
    const first = await scoredRoundTrip('national-kunming-2022.xlsx', [notePlan('得分应为20分。')], 'note1.xlsx');
    const again = (await readFullWorkbook(first.out)).workbook;
    applyPlan(again, notePlan('得分应为20分。'));
    const out2 = path.join(tmp, 'note2.xlsx');
    await writeWorkbookFile(again, out2);
    const second = (await readFullWorkbook(out2)).workbook;
    expect(noteText(second.getWorksheet('自评表')!.getCell('H14').note)).toBe(`${NOTE_MARKER}得分应为20分。`);
    expect(diffWorkbooks(first.output, second)).toEqual([]);

    // A changed finding replaces our old text.
    applyPlan(second, notePlan('得分应为18分。'));
    expect(noteText(second.getWorksheet('自评表')!.getCell('H14').note)).toBe(`${NOTE_MARKER}得分应为18分。`);
  });

  it("keeps the unit's own note, plain or formatted", async () => {
    const wb = buildWorkbookObject([{ name: '自评表', rows: [['得分', 20, 18]], notes: { B1: '单位说明：按实际人数计。' } }]);
    wb.getWorksheet('自评表')!.getCell('C1').note = {
      texts: [{ text: '审核人：', font: { bold: true } }, { text: '张三' }],
    };
    const path1 = path.join(tmp, 'user-notes.xlsx');
    await writeWorkbookFile(wb, path1);
    const { workbook } = await readFullWorkbook(path1);
    applyPlan(workbook, {
      sheet: '自评表',
      changes: [change('B1', { note: '得分超过分值。' }), change('C1', { note: '偏差较大。' })],
    });
    const ws = workbook.getWorksheet('自评表')!;
    expect(noteText(ws.getCell('B1').note)).toBe(`单位说明：按实际人数计。\n${NOTE_MARKER}得分超过分值。`);
    expect(noteText(ws.getCell('C1').note)).toBe(`审核人：张三\n${NOTE_MARKER}偏差较大。`);
    // The value beside the note is untouched.
    expect(ws.getCell('B1').value).toBe(20);
  });

  it('noteText reads both shapes ExcelJS returns', () => {
    expect(noteText(undefined)).toBe('');
    expect(noteText('a')).toBe('a');
    expect(noteText({ texts: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
  });
});

describe('values', () => {
  it('a value written over a formula cell replaces the formula and keeps the number format', async () => {
    const { workbook } = await readFullWorkbook(path.join(FIXTURES, 'multi-sheet-variants.xlsx'));
    applyPlan(workbook, { sheet: '项目A', changes: [change('I9', { kinds: ['budgetScore'], value: 0.95 })] });
    const cell = workbook.getWorksheet('项目A')!.getCell('I9');
    expect(cell.value).toBe(0.95);
    expect(cell.numFmt).toBe('0.00%');
  });

  it('never creates styles or values on cells outside the plan (in memory)', async () => {
    const { workbook } = await readFullWorkbook(path.join(FIXTURES, 'yunnan-lijiang-2020.xlsx'));
    const untouched = (await readFullWorkbook(path.join(FIXTURES, 'yunnan-lijiang-2020.xlsx'))).workbook;
    applyPlan(workbook, { sheet: '自评表', changes: [change('Z40', { value: '优' })] });
    expect(cellIds(diffWorkbooks(untouched, workbook))).toEqual(['自评表!Z40:value']);
  });
});

describe('cells covered by a merged area', () => {
  it('withholds a value planned for a covered cell instead of letting ExcelJS write it into the master', () => {
    // 得分 header merged down over the first score cell (H12:H13): H13 reads as empty.
    const workbook = buildWorkbookObject([{ name: 'S', rows: [['得分'], [null]], start: 'H12', merges: ['H12:H13'] }]);
    const untouched = buildWorkbookObject([{ name: 'S', rows: [['得分'], [null]], start: 'H12', merges: ['H12:H13'] }]);
    const score = change('H13', { kinds: ['score', 'mark'], value: 20, fill: '#FFEB9C', note: '得分单元格被表头合并。' });
    const master = change('H12', { kinds: ['mark'], fill: '#FFEB9C' });
    expect(applyPlan(workbook, { sheet: 'S', changes: [score, master] })).toEqual([score]);
    const ws = workbook.getWorksheet('S')!;
    expect(ws.getCell('H12').value).toBe('得分');
    // Only the two named cells differ, and H13 only in its fill and note.
    expect(cellIds(diffWorkbooks(untouched, workbook))).toEqual(['S!H12:fill', 'S!H13:fill', 'S!H13:note']);
  });
});

describe('ExcelJS sanity the helpers rely on', () => {
  it('a value set on a covered cell of a merge lands in the master (why applyPlan withholds it)', () => {
    const wb = buildWorkbookObject([{ name: 'S', rows: [['得分']], merges: ['A1:A2'] }]);
    wb.getWorksheet('S')!.getCell('A2').value = 20;
    expect(wb.getWorksheet('S')!.getCell('A1').value).toBe(20);
  });

  it('buildWorkbookObject writes notes as plain strings', () => {
    const wb: ExcelJS.Workbook = buildWorkbookObject([{ name: 'S', rows: [[1]], notes: { A1: 'x' } }]);
    expect(wb.getWorksheet('S')!.getCell('A1').note).toBe('x');
  });
});

/**
 * Re-scoring after a unit fixes its sheet (SPEC §6.2): score → the unit edits the scored copy → score
 * the copy again. ziping's 【复核】 text counts as empty, the unit's own reason counts, a fixed cell gets
 * no new mark, and scoring a copy twice gives the same cell contents.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { scoreFile, type FileReport } from '../../src/cli/scoreFile';
import { readWorkbookFile, noteText } from '../../src/hosts/xlsx';
import { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, REVIEW_PREFIX, type WritePlan } from '../../src/core';
import { fixture } from '../helpers/fixtures';

const SHEET = '2023自评';
const options = (outDir: string) => ({ profile: NATIONAL, plan: DEFAULT_PLAN_OPTIONS, outDir });

async function scoreInto(file: string, outDir: string): Promise<FileReport> {
  const report = await scoreFile({ file, relative: path.basename(file) }, options(outDir));
  expect(report.error).toBeNull();
  return report;
}

async function planOf(file: string): Promise<WritePlan> {
  const { grids } = await readWorkbookFile(file);
  const grid = grids.find((g) => g.sheet === SHEET)!;
  return planSheet(grid, scoreGrid(grid, NATIONAL), DEFAULT_PLAN_OPTIONS);
}

/** Every cell's value and note on every sheet, as text: what a clerk sees. */
async function cellContents(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => out.push(`${ws.name}!${cell.address}=${JSON.stringify(cell.value)}|${noteText(cell.note)}`)),
    ),
  );
  return out;
}

const codesAt = (report: FileReport, cell: string) => report.tables[0].findings.filter((f) => f.cell === cell).map((f) => f.code);

describe('a unit corrects the scored copy of national-problems and sends it back', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-rescore-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let first: string;
  let corrected: string;

  beforeAll(async () => {
    await scoreInto(fixture('national-problems.xlsx'), path.join(dir, 'first'));
    first = path.join(dir, 'first', 'national-problems.xlsx');
    // The unit's corrections in the marked copy: H20 16 → 15, its own reason in I14, 6681 → 5000 in F16.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet(SHEET)!;
    expect(String(ws.getCell('I14').value).startsWith(REVIEW_PREFIX)).toBe(true);
    ws.getCell('H20').value = 15;
    ws.getCell('I14').value = '新增康复机构2家，服务能力提升，服务人数超出年初预计。';
    ws.getCell('F16').value = '5000人';
    corrected = path.join(dir, 'corrected.xlsx');
    await wb.xlsx.writeFile(corrected);
  });

  it('the first scoring writes 【复核】 commentary into the empty reason cells I13, I14, I16', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet(SHEET)!;
    for (const cell of ['I13', 'I14', 'I16']) expect(String(ws.getCell(cell).value)).toMatch(/^【复核】实际完成/);
  });

  it('the fixed score cell H20 gets no mark and no finding any more', async () => {
    const report = await scoreInto(corrected, path.join(dir, 'second'));
    expect(codesAt(report, 'H20')).toEqual([]);
    const plan = await planOf(corrected);
    expect(plan.changes.find((c) => c.cell === 'H20')).toBeUndefined();
  });

  it("the unit's own reason in I14 counts: no REASON_MISSING, kept, ours only as a note", async () => {
    const report = await scoreInto(corrected, path.join(dir, 'second'));
    expect(codesAt(report, 'I14')).toEqual([]);
    const i14 = (await planOf(corrected)).changes.find((c) => c.cell === 'I14')!;
    expect(i14.value).toBeUndefined();
    expect(i14.note).toContain('偏差说明（建议）：实际完成176人');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'second', 'corrected.xlsx'));
    expect(wb.getWorksheet(SHEET)!.getCell('I14').value).toBe('新增康复机构2家，服务能力提升，服务人数超出年初预计。');
  });

  it('where only ziping\'s text stands (I13), REASON_MISSING still fires and the text is replaced, not appended to', async () => {
    const report = await scoreInto(corrected, path.join(dir, 'second'));
    expect(codesAt(report, 'I13')).toEqual(['REASON_MISSING']);
    const i13 = (await planOf(corrected)).changes.find((c) => c.cell === 'I13')!;
    expect(i13.value).toBe('【复核】实际完成1400人次，较年度指标值1100人次超出300人次（27.27%），偏差较大，请分析年初指标值设定是否偏低。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'second', 'corrected.xlsx'));
    expect(wb.getWorksheet(SHEET)!.getCell('I13').value).toBe(i13.value);
  });

  it('ziping\'s commentary for a deviation the unit has fixed (F16 now 5000 of 5000 人) is cleared', async () => {
    const report = await scoreInto(corrected, path.join(dir, 'second'));
    expect(codesAt(report, 'F16')).toEqual([]);
    expect(codesAt(report, 'I16')).toEqual([]);
    const i16 = (await planOf(corrected)).changes.find((c) => c.cell === 'I16')!;
    expect(i16.value).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'second', 'corrected.xlsx'));
    expect(wb.getWorksheet(SHEET)!.getCell('I16').text).toBe('');
  });

  it('scoring a copy twice gives byte-identical cell contents (values and notes on every sheet)', async () => {
    await scoreInto(first, path.join(dir, 'twice-1'));
    const once = path.join(dir, 'twice-1', 'national-problems.xlsx');
    await scoreInto(once, path.join(dir, 'twice-2'));
    const twice = path.join(dir, 'twice-2', 'national-problems.xlsx');
    const [a, b, c] = await Promise.all([first, once, twice].map(cellContents));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    // No note carries our marker twice.
    for (const line of c) expect(line.split('【自评表评分】').length).toBeLessThanOrEqual(2);
  });
});

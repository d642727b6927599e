/** The CLI's --out copy holds the 复核表 after the scored sheet (SPEC §6.1), unless --no-review-sheet. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './run';
import { fixture } from '../helpers/fixtures';

async function sheetsOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('ziping score --out writes the 复核表', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-review-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('inserts 复核表-<sheet> right after the scored sheet, once, also when the copy is scored again', async () => {
    const out = path.join(dir, 'a');
    expect((await runCli('score', fixture('national-problems.xlsx'), '--out', out)).code).toBe(0);
    const copy = path.join(out, 'national-problems.xlsx');
    const sheets = await sheetsOf(copy);
    expect(sheets.slice(sheets.indexOf('2023自评'), sheets.indexOf('2023自评') + 2)).toEqual(['2023自评', '复核表-2023自评']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const review = wb.getWorksheet('复核表-2023自评')!;
    expect(review.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    const again = path.join(dir, 'b');
    expect((await runCli('score', copy, '--out', again)).code).toBe(0);
    expect(await sheetsOf(path.join(again, 'national-problems.xlsx'))).toEqual(sheets);
  });

  it('writes none with --no-review-sheet', async () => {
    const out = path.join(dir, 'c');
    expect((await runCli('score', fixture('national-problems.xlsx'), '--out', out, '--no-review-sheet')).code).toBe(0);
    expect((await sheetsOf(path.join(out, 'national-problems.xlsx'))).some((s) => s.startsWith('复核表'))).toBe(false);
  });
});

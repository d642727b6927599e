import { readFullWorkbook } from '../../helpers/xlsx/readFull';
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { WritePlan } from '../../../src/core/writePlan';
import {
  isSameFile,
  OverwriteInputError,
  readWorkbookFile,
  writeScoredCopy,
  writeWorkbookFile,
} from '../../../src/hosts/xlsx';
import { diffWorkbooks } from '../../helpers/xlsx/diffWorkbooks';

const FIXTURE = path.join(__dirname, '../../fixtures/national-problems.xlsx');

const plan: WritePlan = {
  sheet: '2023自评',
  changes: [
    { cell: 'H14', row: 13, col: 7, kinds: ['score'], value: 12.34 },
    { cell: 'I14', row: 13, col: 8, kinds: ['mark'], fill: '#FFEB9C', note: '偏差较大，请说明原因。', severity: 'warning' },
  ],
};

let tmp: string;
let input: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-write-'));
  input = path.join(tmp, 'in.xlsx');
  await fs.copyFile(FIXTURE, input);
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('writeScoredCopy', () => {
  it('writes a copy with only the planned cells changed and leaves the input byte-identical', async () => {
    const original = await fs.readFile(input);
    const out = path.join(tmp, 'out', 'sub', 'in.xlsx');
    await writeScoredCopy(input, out, [plan]);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
    const before = (await readFullWorkbook(input)).workbook;
    const after = (await readFullWorkbook(out)).workbook;
    expect(diffWorkbooks(before, after).map((d) => `${d.cell}:${d.what}`).sort()).toEqual([
      'H14:value',
      'I14:fill',
      'I14:note',
    ]);
    expect(after.getWorksheet('2023自评')!.getCell('H14').value).toBe(12.34);
    // No temp files are left beside the output.
    expect(await fs.readdir(path.dirname(out))).toEqual(['in.xlsx']);
  });

  it('refuses to write over its input, however the path is spelled', async () => {
    const original = await fs.readFile(input);
    const spellings = [input, path.join(tmp, '.', 'x', '..', 'in.xlsx'), path.relative(process.cwd(), input)];
    const link = path.join(tmp, 'link.xlsx');
    await fs.symlink(input, link);
    spellings.push(link);
    const hard = path.join(tmp, 'hard.xlsx');
    await fs.link(input, hard);
    spellings.push(hard);
    for (const out of spellings) {
      await expect(writeScoredCopy(input, out, [plan])).rejects.toBeInstanceOf(OverwriteInputError);
    }
    await expect(writeScoredCopy(input, input, [plan])).rejects.toThrow(/输出文件与输入文件相同/);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
  });

  it('isSameFile tells different files apart', async () => {
    const other = path.join(tmp, 'other.xlsx');
    await fs.copyFile(input, other);
    expect(await isSameFile(input, other)).toBe(false);
    expect(await isSameFile(input, path.join(tmp, 'not-yet.xlsx'))).toBe(false);
    expect(await isSameFile(input, path.join(tmp, 'a', '..', 'in.xlsx'))).toBe(true);
  });
});

describe('writeWorkbookFile', () => {
  it('replaces an existing file in one rename and leaves no temp file', async () => {
    const { workbook } = await readFullWorkbook(input);
    const out = path.join(tmp, 'out.xlsx');
    await fs.writeFile(out, 'old contents');
    await writeWorkbookFile(workbook, out);
    const { grids } = await readFullWorkbook(out);
    expect(grids.map((g) => g.sheet)).toEqual(['2023自评']);
    expect((await fs.readdir(tmp)).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  it('keeps an earlier file and cleans up when the write fails', async () => {
    const { workbook } = await readFullWorkbook(input);
    const out = path.join(tmp, 'out.xlsx');
    await fs.writeFile(out, 'old contents');
    // A folder where the file should go makes the final rename fail.
    const blocked = path.join(tmp, 'blocked.xlsx');
    await fs.mkdir(path.join(blocked, 'inner'), { recursive: true });
    await expect(writeWorkbookFile(workbook, blocked)).rejects.toThrow();
    expect((await fs.readdir(tmp)).sort()).toEqual(['blocked.xlsx', 'in.xlsx', 'out.xlsx']);
    expect(await fs.readFile(out, 'utf8')).toBe('old contents');
  });
});

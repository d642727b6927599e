/**
 * No lost data with `--out`: every fixture's scored copy differs from its input only in the cells the
 * write plan names; inputs are never written; copies appear atomically (temp file + rename) and a
 * failed write leaves nothing behind; nothing is written outside the output folder.
 */
import { readFullWorkbook } from '../helpers/xlsx/readFull';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_PLAN_OPTIONS, NATIONAL } from '../../src/core';
import { outputPathFor } from '../../src/cli/files';
import { runCli } from '../cli/run';
import { FIXTURES_DIR, fixture, fixtureNames } from '../helpers/fixtures';
import { checkScoredCopy, formulaCells } from '../helpers/noLostData';
import { diffWorkbooks } from '../helpers/xlsx/diffWorkbooks';
import { readWorkbookFile } from '../../src/hosts/xlsx';

jest.setTimeout(60_000);

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-nolost-'));
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const hashes = (names: string[]) => Object.fromEntries(names.map((n) => [n, sha(fixture(n))]));

describe('every fixture: the copy differs only where the plan says', () => {
  const variants: Array<[string, string[], typeof DEFAULT_PLAN_OPTIONS]> = [
    ['default options', [], DEFAULT_PLAN_OPTIONS],
    ['--overwrite-scores', ['--overwrite-scores'], { ...DEFAULT_PLAN_OPTIONS, overwriteScores: true }],
    ['--no-commentary --no-mark', ['--no-commentary', '--no-mark'], { ...DEFAULT_PLAN_OPTIONS, writeCommentary: false, markCells: false }],
  ];

  it.each(variants)('%s', async (_label, flags, options) => {
    const before = hashes(fixtureNames());
    const out = tmp();
    const r = await runCli('score', FIXTURES_DIR, '--json', '--out', out, ...flags);
    expect(r.code).toBe(0);
    let changedCells = 0;
    for (const name of fixtureNames()) {
      const c = await checkScoredCopy(fixture(name), path.join(out, name), NATIONAL, options);
      expect({ name, outside: c.outside }).toEqual({ name, outside: [] });
      changedCells += new Set(c.diffs.map((d) => `${d.sheet}!${d.cell}`)).size;
      // Every formula outside the plan is still a formula, with the same text.
      const after = formulaCells(c.output);
      for (const [key, formula] of formulaCells(c.input)) if (!c.planned.has(key)) expect([key, after.get(key)]).toEqual([key, formula]);
    }
    // The check is not vacuous: the copies do change (a grade per table at least).
    expect(changedCells).toBeGreaterThanOrEqual(5);
    // The inputs are byte for byte what they were.
    expect(hashes(fixtureNames())).toEqual(before);
    // Only the copies (no temp files) in the output folder.
    expect(fs.readdirSync(out).sort()).toEqual(fixtureNames());
  });

  // SPEC §6: scoring the same sheet twice gives the same sheet (the grade stays in its cell, a reason
  // cell we filled is not annotated again).
  it('scoring a scored copy again writes nothing new (values, fills, notes)', async () => {
    const once = tmp();
    const twice = tmp();
    await runCli('score', FIXTURES_DIR, '--json', '--out', once);
    // Copies are named one by one: a folder scan skips ziping's own copies (SPEC §6.2, tests/cli/ownCopies.test.ts).
    const r = await runCli('score', ...fixtureNames().map((n) => path.join(once, n)), '--json', '--out', twice);
    expect(r.code).toBe(0);
    for (const name of fixtureNames()) {
      const a = (await readFullWorkbook(path.join(once, name))).workbook;
      const b = (await readFullWorkbook(path.join(twice, name))).workbook;
      expect({ name, diffs: diffWorkbooks(a, b).map((d) => `${d.sheet}!${d.cell}:${d.what}`) }).toEqual({ name, diffs: [] });
    }
  });
});

describe('--out never writes over an input', () => {
  it('the output folder is the input folder: refused for that file, the input untouched', async () => {
    const dir = tmp();
    fs.copyFileSync(fixture('national-problems.xlsx'), path.join(dir, 'a.xlsx'));
    const before = sha(path.join(dir, 'a.xlsx'));
    const r = await runCli('score', dir, '--json', '--out', dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].error).toContain('拒绝覆盖原表');
    expect(sha(path.join(dir, 'a.xlsx'))).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('the output path is the input through a symbolic link to the folder: refused', async () => {
    const dir = tmp();
    fs.copyFileSync(fixture('national-problems.xlsx'), path.join(dir, 'a.xlsx'));
    const link = path.join(tmp(), 'link');
    fs.symlinkSync(dir, link);
    const before = sha(path.join(dir, 'a.xlsx'));
    const r = await runCli('score', path.join(dir, 'a.xlsx'), '--json', '--out', link);
    expect(r.code).toBe(1);
    expect(sha(path.join(dir, 'a.xlsx'))).toBe(before);
  });

  // b/表.xlsx's copy would go to a/表.xlsx, which is the other input: refused before anything is written.
  it('a copy never lands on another input of the same run', async () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'a'));
    fs.mkdirSync(path.join(root, 'b'));
    fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(root, 'a', '表.xlsx'));
    fs.copyFileSync(fixture('national-problems.xlsx'), path.join(root, 'b', '表.xlsx'));
    const before = sha(path.join(root, 'a', '表.xlsx'));
    await runCli('score', path.join(root, 'a', '表.xlsx'), path.join(root, 'b', '表.xlsx'), '--json', '--out', path.join(root, 'a'));
    expect(sha(path.join(root, 'a', '表.xlsx'))).toBe(before);
  });

  // Two inputs with the same name from different folders would share one copy path: the second is refused.
  it('two inputs with the same file name never share one copy', async () => {
    const root = tmp();
    for (const [sub, src] of [['a', 'national-kunming-2022.xlsx'], ['b', 'national-problems.xlsx']]) {
      fs.mkdirSync(path.join(root, sub));
      fs.copyFileSync(fixture(src), path.join(root, sub, '表.xlsx'));
    }
    const out = path.join(root, 'out');
    const r = await runCli('score', path.join(root, 'a', '表.xlsx'), path.join(root, 'b', '表.xlsx'), '--json', '--out', out);
    const outputs = JSON.parse(r.stdout).files.map((f: { output?: string; error: string | null }) => f.output ?? f.error);
    expect(new Set(outputs).size).toBe(2);
  });

  it('--summary never writes over an input', async () => {
    const dir = tmp();
    const input = path.join(dir, 'a.xlsx');
    fs.copyFileSync(fixture('national-problems.xlsx'), input);
    const before = sha(input);
    const r = await runCli('score', input, '--json', '--summary', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('拒绝覆盖');
    expect(sha(input)).toBe(before);
  });
});

describe('atomic writes', () => {
  afterEach(() => jest.restoreAllMocks());

  /** Makes the write of any temp file in `dir` put half the bytes on disk and then fail (disk full). */
  function failHalfway(dir: string, code = 'ENOSPC') {
    const writeFile = fs.promises.writeFile;
    return jest.spyOn(fs.promises, 'writeFile').mockImplementation(async (file, data, opts) => {
      if (typeof file === 'string' && path.dirname(file) === dir && Buffer.isBuffer(data)) {
        await writeFile(file, data.subarray(0, data.length >> 1), opts);
        throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
      }
      return writeFile(file, data, opts);
    });
  }

  it('a write that fails halfway leaves no partial file and keeps the earlier copy; others are written', async () => {
    const out = tmp();
    const sub = path.join(out, 'sub');
    const input = tmp();
    fs.mkdirSync(path.join(input, 'sub'));
    fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(input, 'ok.xlsx'));
    fs.copyFileSync(fixture('national-problems.xlsx'), path.join(input, 'sub', 'fails.xlsx'));
    // An earlier copy is in place; the failed run must not damage it.
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'fails.xlsx'), 'earlier copy');
    failHalfway(sub);
    const r = await runCli('score', input, '--json', '--out', out);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files as Array<{ file: string; error: string | null; output?: string }>;
    const failed = files.find((f) => f.file.endsWith('fails.xlsx'))!;
    expect(failed.error).toBe(
      `处理“${path.join(input, 'sub', 'fails.xlsx')}”时出错：写出“${path.join(sub, 'fails.xlsx')}”失败：磁盘空间不足，请清理磁盘后重试。未留下写了一半的文件，原有文件（如有）保持不变。`,
    );
    expect(fs.readdirSync(sub)).toEqual(['fails.xlsx']);
    expect(fs.readFileSync(path.join(sub, 'fails.xlsx'), 'utf8')).toBe('earlier copy');
    expect(files.find((f) => f.file.endsWith('ok.xlsx'))).toMatchObject({ error: null, output: path.join(out, 'ok.xlsx') });
    // The unit's sheet and the 复核表 the write-back adds beside it (SPEC §6.1).
    expect((await readFullWorkbook(path.join(out, 'ok.xlsx'))).grids.map((g) => g.sheet)).toEqual(['自评表', '复核表-自评表']);
  });

  it('a rename that fails leaves no temp file and no target', async () => {
    const out = tmp();
    const rename = fs.promises.rename;
    jest.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      if (String(to).startsWith(out)) throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      return rename(from, to);
    });
    const r = await runCli('score', fixture('national-kunming-2022.xlsx'), '--json', '--out', out);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].error).toContain('失败：没有写入权限，请换一个输出文件夹或检查权限。');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('the copy only ever appears under its final name complete (written to a temp name, then renamed)', async () => {
    const out = tmp();
    const seen: Array<[string, string]> = [];
    const writeFile = fs.promises.writeFile;
    const rename = fs.promises.rename;
    jest.spyOn(fs.promises, 'writeFile').mockImplementation(async (file, ...rest) => {
      seen.push(['write', path.basename(String(file))]);
      return writeFile(file, ...rest);
    });
    jest.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      seen.push(['rename', `${path.basename(String(from))} → ${path.basename(String(to))}`]);
      return rename(from, to);
    });
    await runCli('score', fixture('national-kunming-2022.xlsx'), '--json', '--out', out);
    expect(seen).toHaveLength(2);
    expect(seen[0][1]).toMatch(/^\.national-kunming-2022\.xlsx\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(seen[1]).toEqual(['rename', `${seen[0][1]} → national-kunming-2022.xlsx`]);
  });
});

describe('nothing is written outside the output folder', () => {
  const out = path.resolve('/tmp/ziping-out');
  it.each(['../x.xlsx', '../../etc/x.xlsx', 'a/../../x.xlsx', '/etc/x.xlsx', '..'])('outputPathFor refuses %s', (relative) => {
    expect(() => outputPathFor(out, relative)).toThrow(/不在输出文件夹.*内，已拒绝写入/);
  });

  it.each([
    ['x.xlsx', 'x.xlsx'],
    ['sub/x.xlsx', 'sub/x.xlsx'],
    ['sub/../x.xlsx', 'x.xlsx'],
    ['..x.xlsx', '..x.xlsx'],
  ])('outputPathFor keeps %s inside', (relative, expected) => {
    expect(outputPathFor(out, relative)).toBe(path.join(out, expected));
  });
});

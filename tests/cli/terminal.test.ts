/** The command as a clerk meets it (SPEC §7.1): Chinese help, --version, profiles by Chinese name or file, | head. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { runCli } from './run';
import { fixture } from '../helpers/fixtures';
import { NATIONAL } from '../../src/core';

// Scoring real workbooks takes a few seconds when the machine is busy (CI shares its cores).
jest.setTimeout(30_000);

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-term-'));
const ROOT = path.join(__dirname, '..', '..');

describe('help and version', () => {
  it('prints Chinese help for the program and for score, with no English headings', async () => {
    for (const args of [['--help'], ['score', '--help'], ['help', 'score']]) {
      const r = await runCli(...args);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(r.stdout).toContain('用法：');
      expect(r.stdout).toContain('显示帮助');
      expect(r.stdout).not.toMatch(/Usage|Options|Arguments|Commands|display help|default:/);
    }
    // commander takes `help score`'s exit code from process.exitCode, which an earlier run in this process may have set.
    const before = process.exitCode;
    process.exitCode = 1;
    try {
      expect((await runCli('help', 'score')).code).toBe(0);
    } finally {
      process.exitCode = before;
    }
    expect((await runCli()).code).toBe(2); // no command: help on stderr, usage error
    expect((await runCli('score', '--help')).stdout).toMatch(/--profile-file <规则\.json>[\s\S]*--quiet[\s\S]*--summary <汇总\.xlsx>/);
  });

  it('prints the version from package.json', async () => {
    const r = await runCli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('answers usage errors in Chinese with exit code 2', async () => {
    const unknown = await runCli('score', fixture('national-kunming-2022.xlsx'), '--bogus');
    expect(unknown).toMatchObject({ code: 2, stderr: '未知的选项 --bogus。运行 ziping --help 查看用法。\n' });
    const missing = await runCli('score', fixture('national-kunming-2022.xlsx'), '--out');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('选项 --out <目录> 后面需要一个值');
  });
});

describe('profiles', () => {
  it('accepts the Chinese names and names the profile in the header', async () => {
    const r = await runCli('score', fixture('department-caidian-2023.xlsx'), '--profile', '湖北');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('评分规则：湖北省（预算执行20分 + 绩效目标80分）');
    expect(r.stdout).toContain('复核得分 86.13 / 自评得分 —  等级：良（推定权重）');
    expect(JSON.parse((await runCli('score', fixture('national-kunming-2022.xlsx'), '--profile', '全国', '--json')).stdout).profile).toBe('national');
  });

  it('loads a custom profile file and scores with it', async () => {
    const file = path.join(tmp(), '规则.json');
    // The national profile with a stricter grade band for 优 (≥ 97): the Kunming table's 96 becomes 良.
    const custom = { ...NATIONAL, id: 'strict', name: '严格规则', grades: NATIONAL.grades.map((g) => (g.grade === '优' ? { ...g, min: 97 } : g)) };
    fs.writeFileSync(file, JSON.stringify(custom));
    const r = await runCli('score', fixture('national-kunming-2022.xlsx'), '--profile-file', file, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe('strict');
    expect(doc.files[0].tables[0]).toMatchObject({ total: 96, grade: '良' });
  });

  it('refuses an invalid profile file with every reason in Chinese (exit 2)', async () => {
    const file = path.join(tmp(), '规则.json');
    fs.writeFileSync(file, JSON.stringify({ ...NATIONAL, totalPoints: -1, deviationThreshold: 3 }));
    const r = await runCli('score', fixture('national-kunming-2022.xlsx'), '--profile-file', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`规则文件“${file}”有误：`);
    expect(r.stderr).toContain('总分（totalPoints）应为大于0的数。');
    expect(r.stderr).toContain('偏差阈值（deviationThreshold）已拆分为');
    fs.writeFileSync(file, '{ 不是 JSON');
    expect((await runCli('score', fixture('national-kunming-2022.xlsx'), '--profile-file', file)).stderr).toContain('不是有效的 JSON');
  });
});

describe('a closed standard output (| head)', () => {
  it('ends quietly and still writes the copies and the summary', () => {
    const entry = path.join(ROOT, 'release', 'ziping.js');
    expect(fs.existsSync(entry)).toBe(true); // `npm run build:cli` (run by `npm test`) builds it
    const dir = tmp();
    const input = path.join(dir, '报送');
    fs.mkdirSync(input);
    // Enough output to overflow the pipe buffer long after head has gone.
    for (let i = 1; i <= 30; i++) fs.copyFileSync(fixture('national-problems.xlsx'), path.join(input, `单位${i}.xlsx`));
    const out = path.join(dir, '已评分');
    const summary = path.join(dir, '汇总.xlsx');
    const r = spawnSync('bash', ['-c', 'set -o pipefail; node "$0" score "$1" --out "$2" --summary "$3" | head -3', entry, input, out, summary], {
      encoding: 'utf8',
      env: { ...process.env, ZIPING_WORKERS: '0' },
    });
    expect(r.stdout.split('\n')).toHaveLength(4); // head's three lines (the third is blank), then the end
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.stderr).toContain('标准输出已被关闭');
    expect(r.stderr).toContain('共 30 个文件');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(out)).toHaveLength(30);
    expect(fs.existsSync(summary)).toBe(true);
  }, 120_000);
});

describe('natural order', () => {
  it('the summary lists files in natural order (单位2 before 单位10)', async () => {
    const dir = tmp();
    for (const i of [10, 2, 1]) fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(dir, `单位${i}.xlsx`));
    const summary = path.join(tmp(), '汇总.xlsx');
    await runCli('score', dir, '--summary', summary, '--json');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.getWorksheet('汇总')!;
    expect([4, 5, 6].map((r) => ws.getCell(`B${r}`).value)).toEqual(['单位1.xlsx', '单位2.xlsx', '单位10.xlsx']);
  });
});

describe('the bundled release (release/ziping.js)', () => {
  it('scores in its worker threads exactly as in-process', () => {
    const entry = path.join(ROOT, 'release', 'ziping.js');
    const files = ['national-kunming-2022.xlsx', 'national-problems.xlsx', 'yunnan-lijiang-2020.xlsx', 'multi-sheet-variants.xlsx'].map(fixture);
    const run = (workers: string) => {
      const r = spawnSync('node', [entry, 'score', ...files, '--json'], { encoding: 'utf8', env: { ...process.env, ZIPING_WORKERS: workers } });
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout).files.map((f: { tables: Array<{ total: number; grade: string; findings: unknown[] }> }) => f.tables.map((t) => [t.total, t.grade, t.findings.length]));
    };
    const inWorkers = run('2');
    expect(inWorkers).toEqual(run('0'));
    expect(inWorkers[0]).toEqual([[96, '优', expect.any(Number)]]);
  }, 60_000);
});

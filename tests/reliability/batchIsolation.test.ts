/**
 * Issue 14, done means: one bad file never takes a batch down. The compiled CLI (as a clerk runs it) over
 * a folder holding good workbooks, the fidelity crash case (28), a workbook that needs far more heap than
 * its budget and one that takes far longer, plus /dev/zero and a named pipe given by path. The run ends
 * within a bound with exit 1; every good file is scored in the JSON and the summary; every bad one is one
 * zh-CN error entry. The budget is lowered through the environment so the expensive files exceed it fast.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixture } from '../helpers/fixtures';
import { manyCellsWorkbook, slowToParseWorkbook } from './expensiveWorkbooks';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'ziping.js');
const INPUTS = path.join(__dirname, 'inputs');
const BUDGET = { ZIPING_FILE_TIMEOUT_MS: '3000', ZIPING_FILE_MEMORY_MB: '128' };
/** Generous: three budget overruns (3 s each, some retried alone) and worker restarts on a loaded machine. */
const BOUND_MS = 120_000;

interface Entry {
  file: string;
  error: string | null;
  tables: Array<{ total: number | null; findings: Array<{ code: string; cell: string | null }> }>;
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // A run that outlives the bound has failed; stop it so the test reports instead of hanging.
    const guard = setTimeout(() => child.kill('SIGKILL'), BOUND_MS + 30_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const BUDGET_EXCEEDED = /^处理“[^”]+”(超时：3 秒内未能完成|时内存占用超过 128 MB 的上限)，已停止处理该文件，其余文件不受影响。/;

describe('a batch with crashing, hanging and non-file inputs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-isolation-'));
  const folder = path.join(dir, '报送');
  const fifo = path.join(dir, '管道.xlsx');
  const summary = path.join(dir, '汇总.xlsx');
  const good = ['national-kunming-2022.xlsx', 'national-problems.xlsx', 'yunnan-lijiang-2020.xlsx'];
  let run: Awaited<ReturnType<typeof runCli>>;
  let files: Entry[];
  const entry = (name: string) => {
    const hit = files.find((f) => path.basename(f.file) === name);
    if (!hit) throw new Error(`no entry for ${name}`);
    return hit;
  };

  beforeAll(async () => {
    fs.mkdirSync(folder);
    for (const name of good) fs.copyFileSync(fixture(name), path.join(folder, name));
    fs.copyFileSync(path.join(INPUTS, '28-one-merge-L1-XFD1048576.xlsx'), path.join(folder, '28-one-merge-L1-XFD1048576.xlsx'));
    fs.copyFileSync(path.join(INPUTS, '36-weights-scores-1e400.xlsx'), path.join(folder, '36-weights-scores-1e400.xlsx'));
    fs.copyFileSync(path.join(INPUTS, '35-weights-scores-with-zero-width-space.xlsx'), path.join(folder, '35-weights-scores-with-zero-width-space.xlsx'));
    fs.writeFileSync(path.join(folder, '内存超限.xlsx'), await manyCellsWorkbook(12_000));
    fs.writeFileSync(path.join(folder, '解析超时.xlsx'), await slowToParseWorkbook(90));
    execFileSync('mkfifo', [fifo]);
    run = await runCli(['score', folder, '/dev/zero', fifo, '--json', '--summary', summary], BUDGET);
    files = (JSON.parse(run.stdout) as { files: Entry[] }).files;
  }, BOUND_MS + 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ends within the bound, with exit 1 and one entry per input', () => {
    if (process.env.ZIPING_PRINT_TIMES) process.stderr.write(`isolation run: ${run.ms} ms\n${run.stderr}\n`);
    expect(run.ms).toBeLessThan(BOUND_MS);
    expect(run.code).toBe(1);
    expect(files.map((f) => path.basename(f.file)).sort()).toEqual(
      [...good, '28-one-merge-L1-XFD1048576.xlsx', '35-weights-scores-with-zero-width-space.xlsx', '36-weights-scores-1e400.xlsx', '内存超限.xlsx', '解析超时.xlsx', 'zero', '管道.xlsx'].sort(),
    );
  });

  it('scores every good file', () => {
    expect(entry('national-kunming-2022.xlsx')).toMatchObject({ error: null, tables: [{ total: 96 }] });
    for (const name of good) {
      const e = entry(name);
      expect({ name, error: e.error }).toEqual({ name, error: null });
      expect(e.tables.length).toBeGreaterThan(0);
    }
    // Fidelity 35: 分值/得分 with a zero-width space inside read as the numbers the clerk sees.
    const zwsp = entry('35-weights-scores-with-zero-width-space.xlsx');
    expect(zwsp).toMatchObject({ error: null, tables: [{ total: 96 }] });
    expect(zwsp.tables[0].findings.filter((f) => f.code === 'VALUE_UNPARSEABLE')).toEqual([]);
    // The weights of fidelity 36 are unreadable: scored, with a finding on each such cell.
    const unreadable = entry('36-weights-scores-1e400.xlsx').tables[0].findings.filter((f) => f.code === 'VALUE_UNPARSEABLE');
    expect(unreadable.map((f) => f.cell)).toEqual(expect.arrayContaining(['G13', 'H13']));
  });

  it('gives each file over its budget one zh-CN error, and the device and the pipe theirs', () => {
    expect(entry('内存超限.xlsx').error).toMatch(BUDGET_EXCEEDED);
    expect(entry('解析超时.xlsx').error).toMatch(BUDGET_EXCEEDED);
    expect(entry('zero').error).toBe('无法读取“/dev/zero”：这是设备文件，不是普通文件，不能作为 .xlsx 读取。请确认路径是否写错，并指定工作簿文件本身。');
    expect(entry('管道.xlsx').error).toBe(`无法读取“${fifo}”：这是命名管道，不是普通文件，不能作为 .xlsx 读取。请确认路径是否写错，并指定工作簿文件本身。`);
    // Fidelity 28 (a merge over L1:XFD1048576) exhausts ExcelJS as long as ExcelJS expands merges; once it
    // does not, the file is scored. Either way it has its own entry and never stops the run.
    const crash = entry('28-one-merge-L1-XFD1048576.xlsx');
    if (crash.error) expect(crash.error).toMatch(BUDGET_EXCEEDED);
    else expect(crash.tables.length).toBeGreaterThan(0);
    for (const f of files.filter((x) => x.error)) expect(f.tables).toEqual([]);
  });

  it('writes the summary with every good table and every file that failed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const rows: string[][] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))))));
    const rowsOf = (name: string) => rows.filter((r) => r.some((v) => v === name || v.endsWith(`/${name}`)));
    for (const name of good) {
      const totals = entry(name).tables.map((t) => String(t.total));
      expect({ name, totals: rowsOf(name).filter((r) => totals.some((t) => r.includes(t))).length }).toEqual({ name, totals: totals.length });
    }
    for (const name of ['内存超限.xlsx', '解析超时.xlsx', 'zero', '管道.xlsx']) expect({ name, rows: rowsOf(name).length }).toEqual({ name, rows: 1 });
  });
});

/**
 * The batch runner: worker threads give the same reports as scoring in-process, in input order; a worker
 * that dies costs only its current file. Pool mechanics use a tiny stand-in worker script (plain JS);
 * the real worker is the compiled build/cli/scoreWorker.js (`npm run build:cli`, done by `npm test`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scoreBatch, workerCount, type BatchOptions } from '../../src/cli/scoreBatch';
import { DEFAULT_BUDGET, budgetFromEnv, type FileBudget } from '../../src/cli/isolation';
import { runInWorkers } from '../../src/cli/workerPool';
import type { FileReport } from '../../src/cli/scoreFile';
import { DEFAULT_PLAN_OPTIONS } from '../../src/core';
import { fixture, fixtureNames } from '../helpers/fixtures';

const OPTIONS: BatchOptions = { profileName: 'national', plan: DEFAULT_PLAN_OPTIONS, outDir: null };
const COMPILED_WORKER = path.join(__dirname, '..', '..', 'build', 'cli', 'scoreWorker.js');

/**
 * Stand-in worker: "slow" files take 80 ms, "crash" files kill the thread, "throw" files throw, "hang"
 * files never return (a busy loop), "hog" files grow the heap without end.
 */
const STUB = `
const { parentPort, workerData } = require('worker_threads');
parentPort.on('message', (task) => {
  const f = task.input.file;
  if (f.includes('crash')) process.exit(3);
  if (f.includes('throw')) throw new Error('boom');
  if (f.includes('hang')) for (;;);
  if (f.includes('hog')) { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
  setTimeout(() => parentPort.postMessage({ index: task.index, report: { file: f, error: null, tables: [], skippedSheets: [], profile: workerData.profileName } }), f.includes('slow') ? 80 : 0);
});
parentPort.postMessage({ ready: true });`;

/** A worker that cannot start (as with a broken install): it dies before saying it is ready. */
const BROKEN = `process.exit(7);`;

let stub: string;
let broken: string;
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-pool-'));
  stub = path.join(dir, 'stubWorker.js');
  broken = path.join(dir, 'brokenWorker.js');
  fs.writeFileSync(stub, STUB);
  fs.writeFileSync(broken, BROKEN);
});

const inputs = (...names: string[]) => names.map((file) => ({ file, relative: file }));

async function collect(script: string, names: string[], inFlight = 2, budget: FileBudget = DEFAULT_BUDGET) {
  const got = new Map<number, FileReport>();
  const left = await runInWorkers(script, 2, inputs(...names), OPTIONS, (i, r) => {
    expect(got.has(i)).toBe(false);
    got.set(i, r);
  }, { inFlight, budget });
  return { got, left };
}

describe('workerCount', () => {
  it('one worker per core on one or two cores, one per core but one above that, never more than files', () => {
    expect(workerCount(560, {}, 8)).toBe(7);
    expect(workerCount(560, {}, 3)).toBe(2);
    expect(workerCount(560, {}, 2)).toBe(2);
    expect(workerCount(560, {}, 1)).toBe(1);
    expect(workerCount(5, {}, 16)).toBe(5);
    expect(workerCount(1, {}, 16)).toBe(1);
  });

  it('takes ZIPING_WORKERS over the core count, with no unguarded in-process mode', () => {
    expect(workerCount(560, { ZIPING_WORKERS: '2' }, 2)).toBe(2);
    expect(workerCount(560, { ZIPING_WORKERS: '1' }, 8)).toBe(1);
    expect(workerCount(560, { ZIPING_WORKERS: '0' }, 8)).toBe(1);
    expect(workerCount(560, { ZIPING_WORKERS: 'many' }, 8)).toBe(7);
  });
});

describe('budgetFromEnv', () => {
  it('reads the caps from the environment, with floors a good file needs', () => {
    expect(budgetFromEnv({})).toEqual(DEFAULT_BUDGET);
    expect(budgetFromEnv({ ZIPING_FILE_MEMORY_MB: '200', ZIPING_FILE_TIMEOUT_MS: '3000' })).toEqual({ memoryMb: 200, timeoutMs: 3000 });
    expect(budgetFromEnv({ ZIPING_FILE_MEMORY_MB: '1', ZIPING_FILE_TIMEOUT_MS: '5' })).toEqual({ memoryMb: 32, timeoutMs: 100 });
    expect(budgetFromEnv({ ZIPING_FILE_MEMORY_MB: 'lots', ZIPING_FILE_TIMEOUT_MS: '-1' })).toEqual(DEFAULT_BUDGET);
  });
});

describe('runInWorkers', () => {
  it('settles every file once, with the options passed to the worker', async () => {
    const { got, left } = await collect(stub, ['a', 'b', 'c', 'd', 'e']);
    expect(left).toEqual([]);
    expect([...got.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(got.get(3)).toMatchObject({ file: 'd', error: null, profile: 'national' });
  });

  it.each([1, 2])('gives only the file that kills its worker an error entry, and carries on (%i in flight)', async (inFlight) => {
    const { got, left } = await collect(stub, ['a', 'b', 'c-crash', 'd', 'e-throw', 'f', 'g', 'h'], inFlight);
    expect(left).toEqual([]);
    expect(got.get(2)!.error).toBe('处理“c-crash”时出错：评分进程意外退出（退出码 3），其余文件不受影响。');
    expect(got.get(4)!.error).toBe('处理“e-throw”时出错：评分进程意外退出（boom），其余文件不受影响。');
    for (const i of [0, 1, 3, 5, 6, 7]) expect(got.get(i)).toMatchObject({ file: 'abcdefgh'[i], error: null });
  }, 40_000);

  it.each([1, 2])('stops a file past its deadline, and only that file (%i in flight)', async (inFlight) => {
    const started = Date.now();
    const { got, left } = await collect(stub, ['a', 'b-hang', 'c', 'd', 'e'], inFlight, { memoryMb: 256, timeoutMs: 400 });
    expect(left).toEqual([]);
    expect(got.get(1)!.error).toMatch(/^处理“b-hang”超时：0\.4 秒内未能完成，已停止处理该文件/);
    for (const i of [0, 2, 3, 4]) expect(got.get(i)).toMatchObject({ error: null });
    // Alone: one deadline; shared with another file: retried alone once, so two (plus worker restarts,
    // which take seconds on a machine shared by many test runs). A pool that waited on the file would never end.
    expect(Date.now() - started).toBeLessThan(400 * 2 + 20_000);
  }, 40_000);

  it('stops a file that exhausts its heap cap, and carries on', async () => {
    const { got, left } = await collect(stub, ['a', 'b-hog', 'c'], 2, { memoryMb: 48, timeoutMs: 20_000 });
    expect(left).toEqual([]);
    expect(got.get(1)!.error).toMatch(/^处理“b-hog”时内存占用超过 48 MB 的上限，已停止处理该文件/);
    expect(got.get(0)).toMatchObject({ error: null });
    expect(got.get(2)).toMatchObject({ error: null });
  }, 60_000);

  it('gives a file that kills the first worker before anything is finished its own entry, not a fallback', async () => {
    const { got, left } = await collect(stub, ['crash-1', 'crash-2', 'crash-3', 'crash-4', 'e']);
    expect(left).toEqual([]);
    for (const i of [0, 1, 2, 3]) expect(got.get(i)!.error).toContain('评分进程意外退出（退出码 3）');
    expect(got.get(4)).toMatchObject({ error: null });
  }, 40_000);

  it('hands every file back when no worker can start', async () => {
    const { got, left } = await collect(broken, ['a', 'b', 'c']);
    expect(left).toEqual([0, 1, 2]);
    expect(got.size).toBe(0);
  });
});

describe('scoreBatch', () => {
  const saved = process.env.ZIPING_WORKERS;
  beforeAll(() => (process.env.ZIPING_WORKERS = '2'));
  afterAll(() => (saved === undefined ? delete process.env.ZIPING_WORKERS : (process.env.ZIPING_WORKERS = saved)));

  it('reports in input order although a slow first file finishes last', async () => {
    const done: string[] = [];
    const reported: string[] = [];
    const reports = await scoreBatch(inputs('1-slow', '2', '3', '4'), OPTIONS, { onDone: (r) => done.push(r.file), onReport: (r) => reported.push(r.file) }, stub);
    expect(done[done.length - 1]).toBe('1-slow');
    expect(reported).toEqual(['1-slow', '2', '3', '4']);
    expect(reports.map((r) => r.file)).toEqual(['1-slow', '2', '3', '4']);
  });

  it('scores in-process what a pool that could not start could not', async () => {
    // The worker script dies before it is ready (a broken install): all four come back and are scored here.
    const reports = await scoreBatch(inputs('crash-1', 'crash-2', 'crash-3', fixture('national-kunming-2022.xlsx')), OPTIONS, {}, broken);
    expect(reports[0].error).toContain('找不到文件');
    expect(reports[3]).toMatchObject({ error: null, tables: [{ total: 96, grade: '优' }] });
  }, 30_000);

  it('gives the compiled worker the same reports as scoring in-process, bad files included', async () => {
    expect(fs.existsSync(COMPILED_WORKER)).toBe(true); // run `npm run build:cli` first
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-batch-'));
    const bad = path.join(dir, '损坏.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const files = [...fixtureNames().map((n) => ({ file: fixture(n), relative: n })), { file: bad, relative: '损坏.xlsx' }];
    const inWorkers = await scoreBatch(files, OPTIONS, {}, COMPILED_WORKER);
    const inProcess = await scoreBatch(files, OPTIONS, {}, null);
    expect(inWorkers.map((r) => r.file)).toEqual(files.map((f) => f.file));
    expect(inWorkers[files.length - 1]).toMatchObject({ error: expect.stringContaining('损坏.xlsx'), tables: [] });
    expect(inWorkers.reduce((n, r) => n + r.tables.length, 0)).toBe(6);
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(inProcess));
  }, 60_000); // two worker start-ups and every fixture twice: seconds on a machine shared by many test runs
});

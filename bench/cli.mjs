/**
 * CLI batch (SPEC §8): 560 generated single-table workbooks, `ziping score <folder> --json` as a child
 * process (stdout to a file), against the floor — a process that only loads the same files with ExcelJS,
 * one after another. Each is run RUNS times; the median counts. Peak memory is the child's maxrss
 * (all threads), written by bench/peakRss.cjs on exit.
 */
import { spawn } from 'node:child_process';
import { promises as fs, openSync, closeSync, readFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { generateWorkbooks } from './workbooks.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const { workerCount } = require('../build/cli/scoreBatch.js');

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PEAK = path.join(ROOT, 'bench', 'peakRss.cjs');
const FILES = 560;
const RUNS = 3;


/** Runs `node [args]` with stdout to `stdoutFile`; resolves with wall time, exit code, peak RSS (KB). */
export function runNode(args, { stdoutFile, env = {} }) {
  const rssFile = path.join(os.tmpdir(), `ziping-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const out = openSync(stdoutFile, 'w');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', PEAK, ...args], {
      cwd: ROOT,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, ...env, ZIPING_BENCH_RSS_FILE: rssFile },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      closeSync(out);
      const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRssKB: null, cpuMs: null };
      fs.rm(rssFile, { force: true });
      resolve({ wallMs, code, ...usage, stderr });
    });
  });
}

/** Median wall and CPU time over the runs; the highest peak memory. */
export function summary(runs) {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs ?? 0)),
    runs: runs.map((r) => r.wallMs),
    maxRssKB: Math.max(...runs.map((r) => r.maxRssKB ?? 0)),
  };
}

async function repeat(n, fn) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await fn(i));
  return runs;
}

export async function benchCli(log = console.log) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-bench-'));
  const wbDir = path.join(dir, 'workbooks');
  try {
    let t = performance.now();
    const { files, layouts } = await generateWorkbooks(wbDir, FILES);
    const generateMs = performance.now() - t;
    const bytes = (await Promise.all(files.map((f) => fs.stat(f)))).reduce((n, s) => n + s.size, 0);
    log(`  generated ${files.length} workbooks (${layouts.length} layouts, ${(bytes / 1e6).toFixed(1)} MB) in ${(generateMs / 1000).toFixed(1)} s`);

    const floorOut = path.join(dir, 'floor.json');
    const floor = await repeat(RUNS, async () => {
      const r = await runNode([path.join(ROOT, 'bench', 'loadFloor.cjs'), wbDir, 'full'], { stdoutFile: floorOut });
      return { ...r, detail: JSON.parse(readFileSync(floorOut, 'utf8')) };
    });
    log(`  ExcelJS alone (floor):        ${floor.map((r) => (r.wallMs / 1000).toFixed(2)).join(' / ')} s`);

    // The command as users run it (its own choice of workers), then forced into one thread and into a pool.
    const cliArgs = [path.join(ROOT, 'bin', 'ziping.js'), 'score', wbDir, '--json'];
    const defaultWorkers = workerCount(FILES);
    const pooled = Math.max(2, os.availableParallelism());
    const run = (label, file, env) =>
      repeat(RUNS, () => runNode(cliArgs, { stdoutFile: path.join(dir, file), env })).then((runs) => {
        log(`  ${label.padEnd(40)} ${runs.map((r) => (r.wallMs / 1000).toFixed(2)).join(' / ')} s`);
        return runs;
      });
    const chosen = await run(`ziping score --json (default: ${defaultWorkers || 'no'} workers)`, 'default.json', {});
    const sequential = await run('ziping score --json, ZIPING_WORKERS=0 (one worker)', 'sequential.json', { ZIPING_WORKERS: '0' });
    const pool = await run(`ziping score --json, ZIPING_WORKERS=${pooled}`, 'pool.json', { ZIPING_WORKERS: String(pooled) });
    const seqOut = path.join(dir, 'sequential.json');
    const poolOut = path.join(dir, 'pool.json');

    const streamOut = path.join(dir, 'stream.json');
    const stream = await runNode([path.join(ROOT, 'bench', 'loadFloor.cjs'), wbDir, 'stream'], { stdoutFile: streamOut });
    const streamDetail = JSON.parse(readFileSync(streamOut, 'utf8'));
    log(`  ExcelJS streaming reader:      ${(stream.wallMs / 1000).toFixed(2)} s`);

    // The numbers only count if the work was done: every file scored, the same answer both ways.
    const poolText = readFileSync(poolOut, 'utf8');
    const defaultText = readFileSync(path.join(dir, 'default.json'), 'utf8');
    const doc = JSON.parse(defaultText);
    const check = {
      exitCodes: [...chosen, ...pool, ...sequential].map((r) => r.code),
      files: doc.files.length,
      errors: doc.files.filter((f) => f.error).length,
      tables: doc.files.reduce((n, f) => n + f.tables.length, 0),
      indicators: doc.files.reduce((n, f) => n + f.tables.reduce((m, tb) => m + tb.indicators.length, 0), 0),
      findings: doc.files.reduce((n, f) => n + f.tables.reduce((m, tb) => m + tb.findings.length, 0), 0),
      sameAsSequential: poolText === readFileSync(seqOut, 'utf8') && defaultText === poolText,
      inputOrder: doc.files.every((f, i) => f.file === files[i]),
    };
    return {
      files: FILES,
      layouts,
      bytes,
      generateMs,
      runs: RUNS,
      workers: defaultWorkers,
      pooledWorkers: pooled,
      jsonBytes: Buffer.byteLength(defaultText),
      chosen: summary(chosen),
      floor: { ...summary(floor), detail: floor[0].detail },
      pool: summary(pool),
      sequential: summary(sequential),
      stream: { wallMs: stream.wallMs, cpuMs: stream.cpuMs, detail: streamDetail, fullCells: floor[0].detail.cells },
      check,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

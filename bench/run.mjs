#!/usr/bin/env node
/**
 * `npm run bench`: measures the SPEC §8 targets on this machine in one run and writes bench/RESULTS.md.
 *   1. core: scoreGrid + planSheet on 30 / 300 / 3,000 indicator rows
 *   2. CLI: `ziping score <560 workbooks> --json` against ExcelJS alone
 *   2b. large merged areas: 50,000 merges and whole-column merges, read and scored (issue 14)
 *   3. add-in: context.sync() calls and bytes per read/write through the fake Excel host
 *   4. task pane: gzip size of the production entry and time to first render in headless Chromium
 * Timings are not tests: nothing here fails the build; RESULTS.md says which targets are met.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchCore } from './core.mjs';
import { benchCli } from './cli.mjs';
import { benchMerges } from './merges.mjs';
import { benchAddin } from './addin.mjs';
import { benchBundle } from './bundle.mjs';
import { benchCopies } from './copies.mjs';
import { renderResults } from './report.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = new Set(process.argv.slice(2)); // e.g. `npm run bench -- core cli`
const wanted = (part) => only.size === 0 || only.has(part);

async function part(name, fn) {
  if (!wanted(name)) return { skipped: true };
  console.log(`\n[${name}]`);
  const started = performance.now();
  try {
    const result = await fn();
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (e) {
    console.log(`  FAILED: ${e && e.stack ? e.stack : e}`);
    return { error: String(e && e.message ? e.message : e) };
  }
}

function buildCli() {
  // The core runs as compiled JS (build/, tsc); the CLI as users run it, bin/ziping.js → release/ (webpack).
  // tsc still emits when another part of the tree has type errors; the bench only needs the files to exist.
  try {
    execSync('npx tsc -p tsconfig.cli.json', { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    console.log(`  note: tsc reported type errors (files were still emitted):\n    ${String(e.stdout).trim().split('\n').slice(0, 5).join('\n    ')}`);
  }
  execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe' });
  for (const f of ['build/cli/main.js', 'build/cli/scoreWorker.js', 'build/core/index.js', 'release/ziping.js', 'release/scoreWorker.js']) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} was not built`);
  }
}

/** Share of CPU time other processes use over `ms` (Linux /proc/stat; null elsewhere). */
function busyShare(ms) {
  const read = () => {
    try {
      const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
      return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const b = read();
  return a && b && b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : null;
}

/** Timings on a shared machine mean little while something else runs: wait up to 60 s for it to settle. */
function waitForQuiet() {
  for (let i = 0; i < 60; i++) {
    const busy = busyShare(1000);
    if (busy === null || busy < 0.1) return busy;
    if (i === 0) console.log(`  the machine is ${(busy * 100).toFixed(0)}% busy; waiting up to 60 s for it to settle`);
  }
  return busyShare(1000);
}

const started = performance.now();
const busyAtStart = waitForQuiet();
const machine = {
  cpus: os.cpus().length,
  parallelism: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: os.totalmem() / 1024 ** 3,
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  loadBefore: os.loadavg(),
  busyAtStart,
  date: new Date().toISOString(),
};
console.log(`ziping bench: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB.toFixed(0)} GB, Node ${machine.node}, load ${machine.loadBefore.map((x) => x.toFixed(2)).join(' ')}`);
console.log('[build] npx tsc -p tsconfig.cli.json; npm run build:cli');
buildCli();

const results = {
  machine,
  core: await part('core', () => {
    const rows = benchCore();
    for (const r of rows) console.log(`  ${String(r.rows).padStart(5)} rows: median ${r.medianMs.toFixed(3)} ms (p90 ${r.p90Ms.toFixed(3)}, ${r.runs} runs)`);
    return rows;
  }),
  cli: await part('cli', () => benchCli()),
  copies: await part('copies', () => benchCopies()),
  merges: await part('merges', () => benchMerges()),
  addin: await part('addin', async () => {
    const rows = await benchAddin();
    for (const r of rows) console.log(`  ${r.indicators} indicators: read ${r.readSyncs} sync(s), write ${r.writeSyncs}; naive ${r.naiveReadSyncs} + ${r.naiveWriteSyncs}`);
    return rows;
  }),
  bundle: await part('bundle', () => benchBundle()),
};
machine.loadAfter = os.loadavg();
machine.totalMs = performance.now() - started;

const markdown = renderResults(results);
if (only.size === 0) {
  writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), markdown);
  console.log(`\n${markdown}\nwritten to bench/RESULTS.md in ${(machine.totalMs / 1000).toFixed(0)} s`);
} else {
  console.log(`\n${markdown}\n(partial run: bench/RESULTS.md not written)`);
}

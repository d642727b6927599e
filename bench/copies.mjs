/**
 * Writing scored copies (issue 13): `ziping score <folder> --json --out DIR` over the 560 generated
 * workbooks with this build, against a baseline build of the CLI (ZIPING_BASELINE=<folder with
 * bin/ziping.js and build/>, e.g. the previous commit built in a temp folder), and the two giant-merge
 * fidelity workbooks (50,000 merges; L1:XFD1048576) scored with --out. Run: node bench/copies.mjs
 */
import { spawn } from 'node:child_process';
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkbooks } from './workbooks.mjs';
import { median } from './stats.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PEAK = path.join(ROOT, 'bench', 'peakRss.cjs');
const RUNS = Number(process.env.ZIPING_BENCH_RUNS ?? 3);

function run(bin, args) {
  const rssFile = path.join(os.tmpdir(), `ziping-copies-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', PEAK, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ZIPING_BENCH_RSS_FILE: rssFile } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : {};
      resolve({ wallMs, code, maxRssKB: usage.maxRssKB ?? null, stderr: stderr.slice(0, 300) });
    });
  });
}

async function batch(bin, input, label) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-copies-out-'));
    runs.push(await run(bin, ['score', input, '--json', '--out', out]));
    const written = (await fs.readdir(out)).length;
    await fs.rm(out, { recursive: true, force: true });
    runs[i].written = written;
  }
  const wall = median(runs.map((r) => r.wallMs));
  console.log(`${label}: median ${(wall / 1000).toFixed(2)} s (runs ${runs.map((r) => (r.wallMs / 1000).toFixed(2)).join(', ')}), peak ${Math.max(...runs.map((r) => r.maxRssKB ?? 0)) / 1024 | 0} MB, copies ${runs[0].written}, exit ${runs[0].code}`);
  return wall;
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-copies-'));
const wbDir = path.join(dir, 'workbooks');
await fs.mkdir(wbDir);
await generateWorkbooks(wbDir, 560);
const ours = await batch(path.join(ROOT, 'bin', 'ziping.js'), wbDir, '560 workbooks --out, this build');
if (process.env.ZIPING_BASELINE) {
  const base = await batch(path.join(process.env.ZIPING_BASELINE, 'bin', 'ziping.js'), wbDir, '560 workbooks --out, baseline');
  console.log(`ratio this/baseline: ${(ours / base).toFixed(2)}`);
}
for (const f of ['29-50000-merges.xlsx', '28-one-merge-L1-XFD1048576.xlsx']) {
  const file = path.join(ROOT, 'tests', 'fidelity', 'workbooks', f);
  const one = path.join(dir, f.replace(/\.xlsx$/, ''));
  await fs.mkdir(one);
  await fs.copyFile(file, path.join(one, f));
  await batch(path.join(ROOT, 'bin', 'ziping.js'), path.join(one, f), `${f} --out`);
}
await fs.rm(dir, { recursive: true, force: true });

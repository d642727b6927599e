/**
 * Large merged areas (issue 14): a workbook with 50,000 merges, one with a merge over L1:XFD1048576 and
 * one with a whole merged column (K1:K1048576), each the kunming fixture plus those merges. Each is read
 * and scored in its own process (bench/readMerges.cjs, stopped after LIMIT_MS), twice:
 *   - "file": through the CLI's reader, as `ziping score` reads it;
 *   - "core": the fixture read plainly, the merges added to its Grid, then scored: the core's own cost.
 * Target: under 2 s and 300 MB each. Peak memory is the process's maxrss (bench/peakRss.cjs).
 */
import { spawn } from 'node:child_process';
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'national-kunming-2022.xlsx');
const LIMIT_MS = 60_000;

const col = (n) => {
  let s = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Merges below and right of the table (rows 101…, columns L…), 100 two-cell merges a row. */
function manyMerges(count) {
  return Array.from({ length: count }, (_, i) => {
    const row = 100 + Math.floor(i / 100);
    const left = 11 + (i % 100) * 2;
    return { top: row, left, bottom: row, right: left + 1 };
  });
}

export const CASES = [
  { name: '50,000 merges', merges: manyMerges(50_000) },
  { name: 'one merge L1:XFD1048576', merges: [{ top: 0, left: 11, bottom: 1048575, right: 16383 }] },
  { name: 'a merged column K1:K1048576', merges: [{ top: 0, left: 10, bottom: 1048575, right: 10 }] },
];

const a1 = (m) => `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`;

/** The fixture with `merges` added to its sheet's <mergeCells>. */
async function workbookWith(merges) {
  const zip = await JSZip.loadAsync(await fs.readFile(FIXTURE));
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part).async('string');
  const cells = merges.map((m) => `<mergeCell ref="${a1(m)}"/>`).join('');
  const out = xml.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + merges.length}">${cells}`);
  if (out === xml) throw new Error('the fixture sheet has no <mergeCells>');
  zip.file(part, out);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function measure(args) {
  const rssFile = path.join(os.tmpdir(), `ziping-merges-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', path.join(ROOT, 'bench', 'peakRss.cjs'), path.join(ROOT, 'bench', 'readMerges.cjs'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ZIPING_BENCH_RSS_FILE: rssFile },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRssKB: null };
      fs.rm(rssFile, { force: true });
      let detail = null;
      try {
        detail = JSON.parse(stdout.trim().split('\n').pop());
      } catch {
        // killed, or crashed before printing
      }
      resolve({ wallMs, code, stopped, maxRssKB: usage.maxRssKB, ...detail });
    });
  });
}

/** The measured work: the read (file) or the Grid with its merges (core), then scoring and planning. */
export const workMs = (r) => (r.stopped || r.code !== 0 ? null : (r.gridMs ?? r.readMs) + r.scoreMs);

export async function benchMerges(log = console.log) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-merges-'));
  try {
    const rows = [];
    for (const c of CASES) {
      const book = path.join(dir, 'book.xlsx');
      const mergesFile = path.join(dir, 'merges.json');
      await fs.writeFile(book, await workbookWith(c.merges));
      await fs.writeFile(mergesFile, JSON.stringify(c.merges));
      const core = await measure(['grid', FIXTURE, mergesFile]);
      const file = await measure(['file', book]);
      const show = (r) => (r.stopped ? `stopped after ${LIMIT_MS / 1000} s` : r.code !== 0 ? `exit ${r.code}` : `${(workMs(r) / 1000).toFixed(2)} s`) + `, ${((r.maxRssKB ?? 0) / 1024).toFixed(0)} MB`;
      log(`  ${c.name.padEnd(30)} core: ${show(core)}; file: ${show(file)}`);
      rows.push({ name: c.name, merges: c.merges.length, core, file });
    }
    return { limitMs: LIMIT_MS, rows };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

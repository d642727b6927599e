/**
 * Writing scored copies (issue 13): `ziping score <folder> --json --out DIR` over the 560 generated
 * workbooks with this build (as shipped, with the 复核表; and with --no-review-sheet, the same content as
 * the baseline's copies), against the baseline — the last build whose copies were an ExcelJS
 * load-and-save (BASELINE_COMMIT, extracted with `git archive` and compiled in a temp folder, or
 * ZIPING_BASELINE=<folder with bin/ziping.js and its build>). The three commands take turns, RUNS rounds,
 * so a busy moment on the machine hits all of them. Also the two giant-merge fidelity workbooks with --out.
 */
import { execSync } from 'node:child_process';
import { promises as fs, existsSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkbooks } from './workbooks.mjs';
import { runNode, summary } from './cli.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
/** b961e48 "PlanOptions.reviewSheet (on by default)…": `--out` was still ExcelJS's load-and-save. */
export const BASELINE_COMMIT = 'b961e48';
const FILES = 560;
const RUNS = Number(process.env.ZIPING_BENCH_RUNS ?? 3);
const GIANT = ['29-50000-merges.xlsx', '28-one-merge-L1-XFD1048576.xlsx'];

async function baselineBuild(log) {
  if (process.env.ZIPING_BASELINE) return { dir: process.env.ZIPING_BASELINE, label: process.env.ZIPING_BASELINE, temp: false };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-baseline-'));
  execSync(`git archive ${BASELINE_COMMIT} | tar -x -C "${dir}"`, { cwd: ROOT, stdio: 'pipe' });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  try {
    execSync('npx tsc -p tsconfig.cli.json', { cwd: dir, stdio: 'pipe' });
  } catch {
    // tsc still emits with type errors (newer @types than that commit had); the files are what counts.
  }
  if (!existsSync(path.join(dir, 'build', 'cli', 'main.js'))) throw new Error(`baseline ${BASELINE_COMMIT} did not build`);
  log(`  baseline: ${BASELINE_COMMIT} built in ${dir}`);
  return { dir, label: BASELINE_COMMIT, temp: true };
}

/** The same batch without `--out`: what reading and scoring cost, so the copies' own share shows. */
function scoreOnly(bin, input, work) {
  return runNode([bin, 'score', input, '--json'], { stdoutFile: path.join(work, 'stdout.json') });
}

/** One `--out` run into a fresh folder; how many copies it wrote. */
async function scoreInto(bin, input, extra, work) {
  const out = await fs.mkdtemp(path.join(work, 'out-'));
  const r = await runNode([bin, 'score', input, '--json', '--out', out, ...extra], { stdoutFile: path.join(work, 'stdout.json') });
  r.copies = (await fs.readdir(out)).filter((f) => /\.xls[xm]$/.test(f)).length;
  await fs.rm(out, { recursive: true, force: true });
  return r;
}

export async function benchCopies(log = console.log) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'ziping-copies-'));
  const wbDir = path.join(work, 'workbooks');
  let baseline = null;
  try {
    await generateWorkbooks(wbDir, FILES);
    baseline = await baselineBuild(log);
    const ours = path.join(ROOT, 'bin', 'ziping.js');
    const theirs = path.join(baseline.dir, 'bin', 'ziping.js');
    const runs = { shipped: [], noReview: [], baseline: [], oursRead: [], baselineRead: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.shipped.push(await scoreInto(ours, wbDir, [], work));
      runs.noReview.push(await scoreInto(ours, wbDir, ['--no-review-sheet'], work));
      runs.baseline.push(await scoreInto(theirs, wbDir, [], work));
      runs.oursRead.push(await scoreOnly(ours, wbDir, work));
      runs.baselineRead.push(await scoreOnly(theirs, wbDir, work));
      const t = (r) => `${(r[i].wallMs / 1000).toFixed(2)} s`;
      log(`  round ${i + 1}: shipped ${t(runs.shipped)}, --no-review-sheet ${t(runs.noReview)}, baseline ${t(runs.baseline)}; without --out: ours ${t(runs.oursRead)}, baseline ${t(runs.baselineRead)}`);
    }
    const giant = [];
    for (const f of GIANT) {
      const dir = path.join(work, f.replace(/\.xlsx$/, ''));
      await fs.mkdir(dir);
      await fs.copyFile(path.join(ROOT, 'tests', 'fidelity', 'workbooks', f), path.join(dir, f));
      const r = [];
      for (let i = 0; i < RUNS; i++) r.push(await scoreInto(ours, path.join(dir, f), [], work));
      giant.push({ file: f, ...summary(r), copies: r[0].copies, code: r[0].code });
      log(`  ${f} --out: ${r.map((x) => (x.wallMs / 1000).toFixed(2)).join(' / ')} s`);
    }
    const all = [...runs.shipped, ...runs.noReview, ...runs.baseline];
    return {
      files: FILES,
      runs: RUNS,
      baseline: baseline.label,
      shipped: summary(runs.shipped),
      noReview: summary(runs.noReview),
      baselineRuns: summary(runs.baseline),
      oursRead: summary(runs.oursRead),
      baselineRead: summary(runs.baselineRead),
      check: { exitCodes: [...new Set(all.map((r) => r.code))], copies: [...new Set(all.map((r) => r.copies))] },
      giant,
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
    if (baseline?.temp) await fs.rm(baseline.dir, { recursive: true, force: true });
  }
}

// `node bench/copies.mjs` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCopies();
  const share = (out, read) => out.cpuMs - read.cpuMs;
  console.log(JSON.stringify({
    ratio: r.shipped.wallMs / r.baselineRuns.wallMs,
    ratioNoReview: r.noReview.wallMs / r.baselineRuns.wallMs,
    ratioWithoutOut: r.oursRead.wallMs / r.baselineRead.wallMs,
    copiesCpuRatio: share(r.noReview, r.oursRead) / share(r.baselineRuns, r.baselineRead),
  }, null, 1));
}

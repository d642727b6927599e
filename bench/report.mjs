import { workMs } from './merges.mjs';

/** Turns the bench's measurements into bench/RESULTS.md: every SPEC §8 target, the number, met or not and why. */

const ms = (x, digits = 1) => (x === null || x === undefined ? '—' : `${x.toFixed(digits)} ms`);
const s = (x) => `${(x / 1000).toFixed(2)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok === null ? '— (no target)' : ok ? '**met**' : '**NOT met**');

function targets(r) {
  const rows = [];
  const why = [];
  const core = Array.isArray(r.core) ? r.core : null;
  if (core) {
    const c30 = core.find((x) => x.rows === 30);
    const c3000 = core.find((x) => x.rows === 3000);
    const ratio = c3000.medianMs / c30.medianMs;
    rows.push(['Core: 30-indicator table, recognise + evaluate + plan (median)', '< 2 ms', ms(c30.medianMs, 3), c30.medianMs < 2]);
    rows.push(['Core: 3,000 rows vs 30 rows (linear)', '< 100×', `${ratio.toFixed(1)}× (${ms(c3000.medianMs)})`, ratio < 100]);
    if (!(c30.medianMs < 2)) why.push(`**Core, 30 rows:** the median is ${ms(c30.medianMs, 3)}. The time is in src/core (recognise, value parsing, plan); the CLI's batch numbers below include it.`);
    if (!(ratio < 100)) {
      why.push(
        `**Core, 3,000 rows:** ${ratio.toFixed(1)}× the 30-row time, just over 100×. There is no quadratic step: the cost per ` +
          `indicator row is ${(c30.medianMs / 30 * 1000).toFixed(1)} µs at 30 rows and ${(c3000.medianMs / 3000 * 1000).toFixed(1)} µs at 3,000. ` +
          'What grows is garbage collection: a 3,000-row evaluation keeps thousands of findings, basis sentences and notes alive until ' +
          'it returns, so they are promoted and collected in the old generation (a CPU profile shows GC rising from about a tenth to a ' +
          'fifth of the time). Each distinct cell text is already normalised once (a cache); fewer allocations per finding would be next.'      );
    }
  }
  const merges = r.merges && !r.merges.error && !r.merges.skipped ? r.merges : null;
  if (merges) {
    for (const row of merges.rows) {
      const core = workMs(row.core);
      rows.push([`Core: Grid with ${row.name}, recognise + evaluate + plan`, '< 2 s, < 300 MB', `${ms(core, 0)}, ${mb(row.core.maxRssKB ?? 0)}`, core !== null && core < 2000 && row.core.maxRssKB < 300 * 1024]);
      const file = workMs(row.file);
      const got = file === null ? (row.file.stopped ? `stopped after ${merges.limitMs / 1000} s` : `failed (exit ${row.file.code})`) : `${ms(file, 0)}, ${mb(row.file.maxRssKB ?? 0)}`;
      rows.push([`Read the file with ${row.name}, then score`, '< 2 s, < 300 MB', got, file !== null && file < 2000 && row.file.maxRssKB < 300 * 1024]);
    }
    const fileMet = (row) => workMs(row.file) !== null && workMs(row.file) < 2000 && row.file.maxRssKB < 300 * 1024;
    if (!merges.rows.every(fileMet)) {
      why.push(
        '**Reading files with large merges:** the time and memory are ExcelJS\'s `xlsx.load`, which checks each new merge against every ' +
          'earlier one (quadratic in their number) and creates a cell object for every cell a merge covers. The core below it is within the ' +
          'target (the rows above). The reader that keeps merges away from ExcelJS is issue 13\'s; until it lands, the CLI\'s per-file ' +
          'budget (a worker with a heap cap and a deadline) turns such a file into one error entry instead of a stopped batch.',
      );
    }
  }
  const cli = r.cli && !r.cli.error && !r.cli.skipped ? r.cli : null;
  if (cli) {
    const ratio = cli.chosen.wallMs / cli.floor.wallMs;
    rows.push([`CLI: ${cli.files} workbooks, \`ziping score <folder> --json\``, '< 15 s on 2 cores', s(cli.chosen.wallMs), cli.chosen.wallMs < 15000]);
    rows.push(['CLI: time vs ExcelJS alone loading the same files', '≤ 1.5×', `${ratio.toFixed(2)}× (${s(cli.chosen.wallMs)} / ${s(cli.floor.wallMs)})`, ratio <= 1.5]);
    rows.push(['CLI: peak memory (max RSS, all threads)', '< 400 MB', mb(cli.chosen.maxRssKB), cli.chosen.maxRssKB < 400 * 1024]);
    if (!(ratio <= 1.5)) {
      const poolRatio = cli.pool.wallMs / cli.floor.wallMs;
      why.push(
        `**CLI vs ExcelJS alone:** ${ratio.toFixed(2)}×. The floor only parses: ${s(cli.floor.detail.loadMs)} for ${cli.files} small files ` +
          `(≈ ${(cli.floor.detail.loadMs / cli.files).toFixed(1)} ms each once V8 has warmed up, not the ≈ 45 ms of a cold first load) ` +
          `plus ${ms(cli.floor.detail.requireMs, 0)} to load ExcelJS. The CLI does that too, and then builds a Grid per sheet, recognises, ` +
          `scores and explains every table (${cli.check.indicators} indicators, ${cli.check.findings} findings) and prints ` +
          `${kb(cli.jsonBytes ?? 0)} of JSON: the scoring alone costs about as much again as the parsing on files this small ` +
          `(CPU ${s(cli.sequential.cpuMs)} against ${s(cli.floor.cpuMs)}). Worker threads pay for part of that: one worker took ` +
          `${s(cli.sequential.wallMs)}, ${cli.pooledWorkers} workers ${s(cli.pool.wallMs)} (${poolRatio.toFixed(2)}× the floor, CPU ${s(cli.pool.cpuMs)}); ` +
          'each worker loads ExcelJS and the core and warms up its own JIT, so two workers do not halve the time. The default uses ' +
          'every core on one or two cores (the main thread only gathers and prints) and one per core but one above that (at least one: the worker enforces the per-file ' +
'budget) and overlaps each file\'s disk read with the previous file\'s parsing. Where the rest goes, per file, measured in one process over the fixtures: ' +
          'ExcelJS parsing ≈ 2.1 ms, then the zip pre-check that refuses bombs before inflating ≈ 0.2 ms, building the Grid ≈ 0.15 ms, ' +
          'recognising and scoring every sheet ≈ 0.6 ms (cold JIT included) and the JSON ≈ 0.05 ms. The pre-check and the scoring are ' +
          'the product; neither can be dropped to meet a ratio against a reader that does nothing with what it reads.'      );
    }
    if (!(cli.chosen.wallMs < 15000)) why.push(`**CLI wall time:** ${s(cli.chosen.wallMs)} for ${cli.files} files.`);
    if (!(cli.chosen.maxRssKB < 400 * 1024)) why.push(`**CLI memory:** ${mb(cli.chosen.maxRssKB)} peak.`);
  }
  const copies = r.copies && !r.copies.error && !r.copies.skipped ? r.copies : null;
  if (copies) {
    const like = copies.noReview.wallMs / copies.baselineRuns.wallMs;
    const shipped = copies.shipped.wallMs / copies.baselineRuns.wallMs;
    rows.push([`Copies: ${copies.files} workbooks \`--out\`, same content as the baseline's copies (\`--no-review-sheet\`), vs ${copies.baseline} (ExcelJS load-and-save)`, '≤ 1.0×', `${like.toFixed(2)}× (${s(copies.noReview.wallMs)} / ${s(copies.baselineRuns.wallMs)})`, like <= 1.0]);
    rows.push([`Copies: the same as shipped (with the 复核表 sheet, which ${copies.baseline} did not write) vs ${copies.baseline}`, 'report', `${shipped.toFixed(2)}× (${s(copies.shipped.wallMs)})`, null]);
    const writeShare = (copies.noReview.cpuMs - copies.oursRead.cpuMs) / (copies.baselineRuns.cpuMs - copies.baselineRead.cpuMs);
    rows.push([`Copies: CPU time writing them takes (the run with \`--out\` minus the same run without), vs ${copies.baseline}`, 'report', `${writeShare.toFixed(2)}× (${s(copies.noReview.cpuMs - copies.oursRead.cpuMs)} / ${s(copies.baselineRuns.cpuMs - copies.baselineRead.cpuMs)})`, null]);
    rows.push([`Reading and scoring alone (\`--json\` without \`--out\`) vs ${copies.baseline}`, 'report', `${(copies.oursRead.wallMs / copies.baselineRead.wallMs).toFixed(2)}× (${s(copies.oursRead.wallMs)} / ${s(copies.baselineRead.wallMs)})`, null]);
    for (const g of copies.giant) rows.push([`Copies: \`${g.file}\` --out (CLI, wall incl. Node start-up)`, '< 2 s', `${s(g.wallMs)}, ${mb(g.maxRssKB)}`, g.wallMs < 2000]);
    if (!(like <= 1.0)) {
      why.push(
        `**Copies:** the batch with copies took ${like.toFixed(2)}× the baseline's for the same content. Writing the copies is not ` +
          `where the difference is: their own CPU time is ${writeShare.toFixed(2)}× the baseline's ExcelJS \`writeBuffer\`. Reading ` +
          `and scoring without \`--out\` is ${(copies.oursRead.wallMs / copies.baselineRead.wallMs).toFixed(2)}× the baseline's: the ` +
          'values-only reader (issue 13 item 2: no sheet lost, no valid variant called damaged) and recognition by meaning (issue 8) ' +
          'cost more per file than the old reader and header matcher. On this shared virtual machine the same command varies by ' +
          '10–15 % between rounds (section 5).',
      );
    }
  }
  const addin = Array.isArray(r.addin) ? r.addin : null;
  if (addin) {
    for (const a of addin) {
      rows.push([`Add-in: syncs to read one sheet, ${a.indicators} indicators`, '1', `${a.readSyncs} (naive: ${a.naiveReadSyncs})`, a.readSyncs === 1]);
      rows.push([`Add-in: syncs to write back its plan (its own fresh read + the write), ${a.indicators} indicators`, '1 + 1', `${a.writeSyncs} (naive: ${a.naiveWriteSyncs})`, a.writeSyncs === 2]);
    }
    const badRead = addin.find((a) => a.readSyncs !== 1);
    if (badRead) {
      why.push(
        `**Add-in read, ${badRead.indicators} indicators:** ${badRead.readSyncs} syncs. The adapter (src/hosts/excel/excelHost.ts) asks for the ` +
          'sheet\'s merged areas in the same batch as the cells; Excel refuses `getMergedAreasOrNullObject` above 512 areas (the fake ' +
          `does the same), and the national form merges each row's 偏差原因 cells (I:J), so a ${badRead.indicators}-row sheet has over 512 ` +
          'areas: the first sync fails and the adapter reads again without merges. Asking for merged areas only in the columns left of ' +
          '年度指标值 (where the 一级/二级指标 merges that matter are), or in row bands of under 512 areas within the same batch, would keep it at one.',
      );
    }
    const badWrite = addin.find((a) => a.writeSyncs !== 2);
    if (badWrite) why.push(`**Add-in write, ${badWrite.indicators} indicators:** ${badWrite.writeSyncs} syncs.`);
  }
  const bundle = r.bundle && !r.bundle.error && !r.bundle.skipped ? r.bundle : null;
  if (bundle) {
    rows.push(['Task pane: production entry (taskpane.html + its scripts), gzip', '< 350 KB', kb(bundle.gzip), bundle.gzip < 350 * 1024]);
    rows.push(['Task pane: time to first render, headless Chromium (median)', 'report', bundle.render ? ms(bundle.render.medianMs, 0) : 'Chromium missing', null]);
    if (!(bundle.gzip < 350 * 1024)) why.push(`**Task pane bundle:** ${kb(bundle.gzip)} gzip.`);
  }
  return { rows, why };
}

function partError(name, part) {
  if (!part) return '';
  if (part.skipped) return `_${name}: not run in this partial run._\n`;
  if (part.error) return `_${name} failed: ${part.error}_\n`;
  return '';
}

export function renderResults(r) {
  const m = r.machine;
  const { rows, why } = targets(r);
  const out = [];
  out.push('# Performance results (SPEC §8)', '');
  out.push(`Measured by \`npm run bench\` (bench/run.mjs) in one run on ${m.date.slice(0, 10)}: ${m.cpus} × ${m.cpuModel} ` +
    `(os.availableParallelism() = ${m.parallelism}), ${m.memoryGB.toFixed(0)} GB, Node ${m.node}, ${m.platform}. ` +
    `Other processes' CPU use when it started: ${m.busyAtStart === null ? 'unknown' : `${(m.busyAtStart * 100).toFixed(0)}%`}; ` +
    `load average before/after: ${m.loadBefore[0].toFixed(2)} / ${m.loadAfter[0].toFixed(2)} (other engineers' test runs share this machine, so timings move by ±20% between runs); ` +
    `the bench took ${(m.totalMs / 1000).toFixed(0)} s.`, '');
  out.push('| Target | Goal | Measured | |', '|---|---|---|---|');
  for (const [what, goal, got, ok] of rows) out.push(`| ${what} | ${goal} | ${got} | ${mark(ok)} |`);
  out.push('');
  const unmet = rows.filter((x) => x[3] === false);
  out.push(unmet.length === 0 ? 'Every measured target is met.' : `**Not met: ${unmet.length} of ${rows.filter((x) => x[3] !== null).length}.** Why:`, '');
  for (const w of why) out.push(`- ${w}`);
  if (why.length) out.push('');
  for (const [name, part] of [['core', r.core], ['cli', r.cli], ['copies', r.copies], ['merges', r.merges], ['addin', r.addin], ['bundle', r.bundle]]) {
    const e = partError(name, part);
    if (e) out.push(e);
  }

  if (Array.isArray(r.core)) {
    out.push('## 1. Core: recognise + evaluate + plan', '');
    out.push('`scoreGrid` + `planSheet` from the compiled core (build/core, what the CLI runs) on national-layout Grids generated in code ' +
      '(bench/nationalGrid.mjs: the layout of tests/fixtures/national-kunming-2022.xlsx, with its merges, and indicators cycling through ' +
      'met, missed and qualitative rows; weights share 90 points). Warmed up first, then the median of many runs.', '');
    out.push('| Indicator rows | Median | p90 | Ratio to 30 rows | First (cold) run | Findings | Plan changes |', '|---:|---:|---:|---:|---:|---:|---:|');
    const base = r.core[0].medianMs;
    for (const c of r.core) out.push(`| ${c.rows} | ${ms(c.medianMs, 3)} | ${ms(c.p90Ms, 3)} | ${(c.medianMs / base).toFixed(1)}× | ${ms(c.firstMs)} | ${c.findings} | ${c.changes} |`);
    out.push('');
  }

  const cli = r.cli && !r.cli.error && !r.cli.skipped ? r.cli : null;
  if (cli) {
    out.push('## 2. CLI batch', '');
    out.push(`${cli.files} single-table workbooks (${(cli.bytes / 1e6).toFixed(1)} MB) generated by bench/workbooks.mjs from the ${cli.layouts.length} ` +
      `table sheets of the fixtures (${cli.layouts.map((l) => `\`${l}\``).join(', ')}), with names, budget figures, actual values, ` +
      `reported scores and sheet names varied by a seeded generator (${s(cli.generateMs)} to write). Each command runs as a child ` +
      `process with stdout to a file; wall time includes Node's start-up; the median of ${cli.runs} runs counts. Peak memory is ` +
      'the process\'s maxrss (getrusage, which covers all its threads), written on exit by bench/peakRss.cjs.', '');
    out.push('| Command | Median wall time | Runs | CPU time (median) | Peak memory |', '|---|---:|---|---:|---:|');
    const row = (label, x) => out.push(`| ${label} | ${s(x.wallMs)} | ${x.runs.map(s).join(', ')} | ${s(x.cpuMs)} | ${mb(x.maxRssKB)} |`);
    row('ExcelJS alone (bench/loadFloor.cjs: `workbook.xlsx.load` each file, one process, sequential) — **the floor**', cli.floor);
    row(`\`ziping score <folder> --json\` as shipped — here ${cli.workers ? `${cli.workers} workers` : 'in-process (2 cores → no workers), two files in flight'} — **the number that counts**`, cli.chosen);
    row('the same with `ZIPING_WORKERS=0` (counts as one worker)', cli.sequential);
    row(`the same with \`ZIPING_WORKERS=${cli.pooledWorkers}\` (worker pool, forced)`, cli.pool);
    out.push(`| ExcelJS streaming \`WorkbookReader\` alone (same files, sequential) | ${s(cli.stream.wallMs)} | 1 run | ${s(cli.stream.cpuMs ?? 0)} | — |`);
    out.push('');
    out.push(`Checks on the output: ${cli.check.files} files, ${cli.check.errors} errors, ${cli.check.tables} tables, ${cli.check.indicators} indicators, ` +
      `${cli.check.findings} findings; exit codes ${[...new Set(cli.check.exitCodes)].join(', ')}; files in input order: ${cli.check.inputOrder ? 'yes' : '**no**'}; ` +
      `JSON from the workers byte-identical to the one-thread run: ${cli.check.sameAsSequential ? 'yes' : '**no**'}.`, '');
    out.push('**Worker threads.** `ziping score` scores every file in a worker thread (src/cli/scoreBatch.ts, workerPool.ts, ' +
      'scoreWorker.ts), always at least one whatever the core count, because the worker is what enforces the per-file budget ' +
      '(src/cli/isolation.ts: a V8 heap cap and a deadline; a file over either becomes one error entry and a fresh worker takes the ' +
      'rest). Each worker pulls files, two in flight so one file\'s disk read overlaps another\'s parsing; the main thread never loads ' +
      'ExcelJS, prints in input order and drives the progress bar. Default size: os.availableParallelism() on one or two cores, one fewer above that (at least 1); ' +
      '`ZIPING_WORKERS=n` sets it (0 counts as 1: there is no unguarded in-process mode). Only runs from the TypeScript sources (jest), ' +
      'where no compiled worker exists, score in-process.', '');
    const st = cli.stream.detail;
    out.push(`**Streaming reader: not used.** ExcelJS's streaming \`WorkbookReader\` took ${s(cli.stream.wallMs)} against ${s(cli.floor.wallMs)} for ` +
      `\`xlsx.load\` on these small files (${st.failures} of ${st.files} files failed to stream), and it cannot give the same Grid: ` +
      `it ignores \`<mergeCell>\` (it saw ${st.cells} cells where the full reader sees ${cli.stream.fullCells}, the difference being merged ` +
      'areas\' covered cells, and the merges themselves are lost), and shared-formula followers come back with empty formula text. ' +
      'The full reader stays.', '');
  }

  const merged = r.merges && !r.merges.error && !r.merges.skipped ? r.merges : null;
  if (merged) {
    out.push('## 2b. Large merged areas (issue 14)', '');
    out.push('bench/merges.mjs: tests/fixtures/national-kunming-2022.xlsx with extra merged areas, each read and scored in its own process ' +
      `(bench/readMerges.cjs, stopped after ${merged.limitMs / 1000} s). **Core**: the fixture read plainly, its Grid rebuilt with the extra ` +
      'merges, then recognised, evaluated and planned — the Grid keeps merges as rectangles (src/core/mergeIndex.ts), so a whole-column ' +
      'merge costs what a small one does. **File**: the workbook with those merges read by the CLI\'s reader, then scored. Times are ' +
      'measured inside the process (Node\'s start-up is not in them); memory is the process\'s peak RSS.', '');
    out.push('| Workbook | Core: Grid + score | Core: peak memory | File: read + score | File: peak memory |', '|---|---:|---:|---:|---:|');
    for (const row of merged.rows) {
      const f = workMs(row.file);
      const fileTime = f === null ? (row.file.stopped ? `stopped after ${merged.limitMs / 1000} s` : `failed (exit ${row.file.code})`) : ms(f, 0);
      out.push(`| kunming + ${row.name} | ${ms(workMs(row.core), 0)} (Grid ${ms(row.core.gridMs, 1)}) | ${mb(row.core.maxRssKB ?? 0)} | ${fileTime} | ${row.file.maxRssKB ? mb(row.file.maxRssKB) : '—'} |`);
    }
    out.push('');
  }

  if (Array.isArray(r.addin)) {
    out.push('## 3. Add-in adapter: round trips', '');
    out.push('`context.sync()` calls counted by the fake Excel host (tests/fakes/fakeExcel), which also estimates each request\'s size ' +
      '(commands and arguments as JSON). Real adapter: `createExcelHost` (src/hosts/excel) `readSheet` then `applyPlan` (snapshot + values + ' +
      'fills + notes). The write-back trusts nothing read in an earlier batch (issue 16): it reads the sheet and the undo snapshot again in ' +
      'its own first sync, checks the sheet still matches the grid the plan was scored from, and writes in its second sync. Baseline: bench/naiveExcelAdapter.cjs — load one cell, sync, next cell; write one change, sync (it writes no notes ' +
      'and keeps no snapshot, so it does less).', '');
    out.push('| Indicators | Read syncs | Write-back syncs (read + write) | Bytes sent by the write-back | Plan (JSON) | Naive read syncs | Naive write syncs | Naive write bytes |', '|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const a of r.addin) out.push(`| ${a.indicators} | ${a.readSyncs} | ${a.writeSyncs} | ${kb(a.writeBytes)} | ${kb(a.planBytes)} (${a.changes} changes) | ${a.naiveReadSyncs} | ${a.naiveWriteSyncs} | ${kb(a.naiveWriteBytes)} |`);
    out.push('', 'The real write sends more bytes than the naive one because it also writes the undo snapshot and the notes; both stay far under Excel on the web\'s 5 MB request limit.', '');
    out.push('These counts hold on every API level. One case costs more, because no API can tell beforehand: at ExcelApi 1.10–1.17 a cell ' +
      'where ziping comments but the unit has a legacy note (invisible there) refuses the comment, and the write-back spends 4 more syncs ' +
      '(the failed write, 2 to look up the comments, 1 sheet check) before writing again without that comment ' +
      '(tests/hosts/excel/applyPlan.test.ts: 6 instead of 2).', '');
  }

  const b = r.bundle && !r.bundle.error && !r.bundle.skipped ? r.bundle : null;
  if (b) {
    out.push('## 4. Task pane bundle', '');
    out.push(`\`npm run build\` (production, ${s(b.buildMs)}). What taskpane.html loads from our server, gzip level 9 (office.js comes from Microsoft's CDN and is not counted):`, '');
    out.push('| File | Bytes | gzip |', '|---|---:|---:|');
    for (const f of b.files) out.push(`| ${f.name} | ${kb(f.bytes)} | ${kb(f.gzip)} |`);
    out.push(`| **total** | ${kb(b.bytes)} | **${kb(b.gzip)}** |`, '');
    if (b.render) {
      out.push(`First render in headless Chromium (${b.chromium}, --headless --no-sandbox --disable-gpu, page served from 127.0.0.1): from ` +
        `navigation start until the pane shows 「一键评分」, office.js answered by the ${b.render.office}. ` +
        `Median ${ms(b.render.medianMs, 0)} over ${b.render.runs.length} page loads (${b.render.runs.map((x) => x.toFixed(0)).join(', ')} ms; ` +
        `first contentful paint — the loading text — at ${ms(b.render.fcpMedianMs, 0)}). Inside Excel add the download of the bundle and ` +
        `office.js and the host's own round trips (the pane reads settings, the active sheet and its snapshot at start).` +
        (b.render.errors.length ? ` Page errors: ${b.render.errors.join('; ')}.` : ''), '');
    }
  }
  const c = r.copies && !r.copies.error && !r.copies.skipped ? r.copies : null;
  if (c) {
    out.push('## 5. Writing scored copies (issue 13: the patching writer)', '');
    out.push(`bench/copies.mjs: \`ziping score <folder> --json --out DIR\` over the ${c.files} workbooks of section 2, against the baseline ` +
      `${c.baseline} — the last build whose copies were an ExcelJS load-and-save (extracted with \`git archive\`, compiled in a temp folder). ` +
      `The three commands take turns for ${c.runs} rounds; the median counts. The baseline wrote no 复核表, so the like-for-like row is ` +
      '`--no-review-sheet`; the shipped default also writes the 复核表 sheet into every copy.', '');
    out.push('| Command | Median wall time | Runs | CPU time (median) | Peak memory |', '|---|---:|---|---:|---:|');
    const row = (label, x) => out.push(`| ${label} | ${s(x.wallMs)} | ${x.runs.map(s).join(', ')} | ${s(x.cpuMs)} | ${mb(x.maxRssKB)} |`);
    row(`baseline ${c.baseline} (ExcelJS \`xlsx.load\` + \`writeBuffer\`)`, c.baselineRuns);
    row('this build, `--no-review-sheet` (the same content) — **the number that counts**', c.noReview);
    row('this build as shipped (with the 复核表)', c.shipped);
    row(`baseline ${c.baseline} without \`--out\` (reading and scoring only)`, c.baselineRead);
    row('this build without `--out` (reading and scoring only)', c.oursRead);
    for (const g of c.giant) row(`this build, \`${g.file}\` alone`, g);
    out.push('', `Checks: exit codes ${c.check.exitCodes.join(', ')}; copies written per run ${c.check.copies.join(', ')}.`, '');
    out.push('How the copy got as fast as the round trip it replaced (CPU profiles of the batch): the parts a copy changes are deflated by ' +
      'Node\'s zlib and handed to JSZip as compressed entries, and parts are read through Node\'s inflate (JSZip\'s JavaScript deflate, ' +
      'inflate, CRC and UTF-8 coding were a third of the time); a scored sheet is scanned once, by the reader, and the writer reuses ' +
      'that scan; styles are serialised once per container, not per appended entry; DOM copies avoid xmldom\'s slow cloneNode; plain ' +
      'styles and shared strings go into the values-only package as they are; one stat instead of realpath per same-file check.', '');
  }
  return out.join('\n');
}

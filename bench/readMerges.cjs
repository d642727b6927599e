/**
 * One measured read for bench/merges.mjs, in its own process (peak memory is the process's):
 *   node bench/readMerges.cjs file <book.xlsx>   read the file (the CLI's reader) and score every sheet
 *   node bench/readMerges.cjs grid <book.xlsx> <merges.json>
 *     read the plain fixture, then build its Grid with the extra merges and score it: the core's share
 * Prints one JSON line: { readMs, gridMs, scoreMs, tables, total } (gridMs: building the Grid with the
 * merges, grid mode only). Times are measured inside the process: Node's start-up is not in them.
 */
'use strict';
const fs = require('fs');
const { readWorkbookFile } = require('../build/hosts/xlsx');
const { Grid } = require('../build/core/grid');
const { scoreGrid, planSheet, PROFILES, DEFAULT_PLAN_OPTIONS } = require('../build/core');

(async () => {
  const [mode, file, mergesFile] = process.argv.slice(2);
  let t = performance.now();
  let { grids } = await readWorkbookFile(file);
  const readMs = performance.now() - t;
  let gridMs = null;
  if (mode === 'grid') {
    const extra = JSON.parse(fs.readFileSync(mergesFile, 'utf8'));
    const data = grids[0].toJSON();
    t = performance.now();
    grids = [new Grid(data.sheet, data.cells, [...data.merges, ...extra])];
    gridMs = performance.now() - t;
  }
  t = performance.now();
  let tables = 0;
  let total = null;
  for (const grid of grids) {
    const score = scoreGrid(grid, PROFILES.national);
    if (score.tables.length) planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
    tables += score.tables.length;
    total ??= score.tables[0]?.evaluation.total ?? null;
  }
  process.stdout.write(JSON.stringify({ readMs, gridMs, scoreMs: performance.now() - t, tables, total }) + '\n');
})();

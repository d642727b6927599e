/**
 * The floor for the CLI batch: what ExcelJS alone needs to load the same files, in one process, one
 * file after another (`node bench/loadFloor.cjs <folder> [full|stream]`). Prints one JSON line.
 * `stream` reads with ExcelJS's streaming WorkbookReader instead, to see whether it would be faster;
 * it skips merged cells' covered cells and shared-formula text, so its cell count differs.
 */
'use strict';
const started = performance.now();
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

const [dir, mode = 'full'] = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(dir, f));

async function loadFull(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file));
  let cells = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
  return cells;
}

async function loadStream(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let cells = 0;
  for await (const ws of reader) for await (const row of ws) row.eachCell(() => cells++);
  return cells;
}

(async () => {
  const loaded = performance.now();
  let cells = 0;
  let failures = 0;
  for (const file of files) {
    try {
      cells += await (mode === 'stream' ? loadStream(file) : loadFull(file));
    } catch {
      failures++;
    }
  }
  const done = performance.now();
  process.stdout.write(JSON.stringify({ mode, files: files.length, cells, failures, requireMs: loaded - started, loadMs: done - loaded }) + '\n');
})();

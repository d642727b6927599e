/**
 * Add-in adapter (SPEC §8): context.sync() calls to read one sheet and to apply its plan, for 10 and
 * 1,000 indicators, through the fake Excel host (tests/fakes/fakeExcel) and the real adapter
 * (createExcelHost), beside a naive cell-by-cell adapter; plus the bytes each write sends.
 */
import { createRequire } from 'node:module';
import { nationalGrid } from './nationalGrid.mjs';

const require = createRequire(import.meta.url);
require('./tsRequire.cjs');
const { createFakeOffice } = require('../tests/fakes/fakeExcel/index.ts');
const { createExcelHost } = require('../src/hosts/excel/index.ts');
const { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, toA1, rangeToA1 } = require('../src/core/index.ts');
const { naiveReadSheet, naiveApplyPlan } = require('./naiveExcelAdapter.cjs');

/** The fake host's workbook holding one national sheet with `indicators` rows. */
function fakeModel(indicators) {
  const grid = nationalGrid(indicators);
  const data = grid.toJSON();
  const cells = {};
  for (const [r, c, cell] of data.cells) cells[toA1(r, c)] = { value: cell.value, ...(cell.format ? { numberFormat: cell.format } : {}), ...(cell.formula ? { formula: cell.formula } : {}) };
  return {
    sheets: [{ name: grid.sheet, visibility: 'Visible', cells, merges: data.merges.map(rangeToA1) }],
    activeSheet: grid.sheet,
    selection: null,
    settings: {},
    formulaResults: {},
  };
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

async function measure(indicators) {
  // The real adapter.
  const fake = createFakeOffice(fakeModel(indicators));
  const host = createExcelHost(fake.Excel, fake.Office);
  let syncs = fake.stats.syncs;
  const grid = await host.readSheet('自评表');
  const readSyncs = fake.stats.syncs - syncs;
  const score = scoreGrid(grid, NATIONAL);
  if (score.tables[0]?.evaluation.indicators.length !== indicators) throw new Error(`add-in bench: expected ${indicators} indicators`);
  const plan = planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
  syncs = fake.stats.syncs;
  const bytesBefore = fake.stats.requestBytes.length;
  const applied = await host.applyPlan(plan, grid); // with the stale-plan check, as the pane does
  const writeSyncs = fake.stats.syncs - syncs;
  const writeBytes = fake.stats.requestBytes.slice(bytesBefore).reduce((a, b) => a + b, 0);

  // The naive adapter, on a fresh copy of the same sheet.
  const naive = createFakeOffice(fakeModel(indicators));
  syncs = naive.stats.syncs;
  await naiveReadSheet(naive.Excel, '自评表');
  const naiveReadSyncs = naive.stats.syncs - syncs;
  syncs = naive.stats.syncs;
  const naiveBytesBefore = naive.stats.requestBytes.length;
  await naiveApplyPlan(naive.Excel, plan);
  const naiveWriteSyncs = naive.stats.syncs - syncs;
  const naiveWriteBytes = naive.stats.requestBytes.slice(naiveBytesBefore).reduce((a, b) => a + b, 0);

  return {
    indicators,
    changes: plan.changes.length,
    planBytes: utf8(JSON.stringify(plan)),
    readSyncs,
    writeSyncs,
    reportedSyncs: applied.syncs,
    writeBytes,
    naiveReadSyncs,
    naiveWriteSyncs,
    naiveWriteBytes,
  };
}

export async function benchAddin() {
  const out = [];
  for (const n of [10, 1000]) out.push(await measure(n));
  return out;
}

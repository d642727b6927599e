/**
 * Core (SPEC §8): recognise + evaluate + plan (`scoreGrid` + `planSheet`, the compiled build/core the
 * CLI runs) on national-layout Grids of 30, 300 and 3,000 indicator rows. Each size is warmed up, then
 * timed many times; the median counts.
 */
import { createRequire } from 'node:module';
import { nationalGrid } from './nationalGrid.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS } = require('../build/core/index.js');

const SIZES = [
  { rows: 30, warmup: 300, runs: 500 },
  { rows: 300, warmup: 30, runs: 100 },
  { rows: 3000, warmup: 3, runs: 15 },
];

function once(grid) {
  const started = performance.now();
  const score = scoreGrid(grid, NATIONAL);
  const plan = planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
  const ms = performance.now() - started;
  return { ms, score, plan };
}

export function benchCore() {
  return SIZES.map(({ rows, warmup, runs }) => {
    const grid = nationalGrid(rows);
    const first = once(grid);
    const evaluation = first.score.tables[0]?.evaluation;
    if (!evaluation || evaluation.indicators.length !== rows) throw new Error(`core bench: expected one table of ${rows} indicators`);
    for (let i = 0; i < warmup; i++) once(grid);
    const times = [];
    for (let i = 0; i < runs; i++) times.push(once(grid).ms);
    return {
      rows,
      runs,
      firstMs: first.ms,
      medianMs: median(times),
      p90Ms: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)],
      total: evaluation.total,
      findings: evaluation.findings.length,
      changes: first.plan.changes.length,
    };
  });
}

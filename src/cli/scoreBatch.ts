/**
 * Scores a list of workbooks in worker threads: always at least one, because a worker is what keeps a
 * file inside its time and memory budget (isolation.ts) — one hostile workbook costs its own entry, never
 * the batch. ExcelJS parsing is CPU-bound, so on N cores N − 1 workers run about N − 1× faster. Reports
 * always come back in input order.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PlanOptions, Profile } from '../core';
import type { InputFile } from './files';
import type { FileReport } from './scoreFile';
import { runInWorkers } from './workerPool';
import { budgetFromEnv, type FileBudget } from './isolation';

/** What a worker needs to score files; plain data so it can cross into a worker thread. */
export interface BatchOptions {
  /** A key of PROFILES (checked by the caller). */
  profileName: string;
  /** A custom profile (--profile-file, validated); used instead of PROFILES[profileName] when set. */
  profile?: Profile;
  plan: PlanOptions;
  outDir: string | null;
}

export interface BatchListener {
  /** Called as each file finishes (completion order): drives the progress bar. */
  onDone?(report: FileReport): void;
  /** Called in input order, as soon as every earlier file is done: for printing as we go. */
  onReport?(report: FileReport): void;
}

/** Files each thread works on at once, so that reading one file overlaps parsing another. */
export const IN_FLIGHT = 2;

/** The compiled worker script; absent when running from TypeScript sources (jest), which then stays in-process. */
export function workerScript(): string | null {
  const file = path.join(__dirname, 'scoreWorker.js');
  return fs.existsSync(file) ? file : null;
}

/**
 * How many workers to start: one per core on one or two cores, one per core but one above that, never
 * more than files (and at least one: the budget needs a worker). The main thread only gathers and prints
 * (a CPU profile of the 560-workbook batch finds it idle 93 % of the time), so on two cores keeping a
 * core for it wasted one: measured on 2026-12-01 (bench/RESULTS.md, four runs), two workers finished
 * the batch in 82–88 % of one worker's time, at 325 MB peak instead of 215 MB. On more cores the core
 * kept free costs little and keeps a worker's memory in hand.
 * ZIPING_WORKERS=n overrides the count (0 counts as 1: there is no unguarded mode).
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism()): number {
  const wanted = env.ZIPING_WORKERS !== undefined && /^\d+$/.test(env.ZIPING_WORKERS) ? Number(env.ZIPING_WORKERS) : cores <= 2 ? cores : cores - 1;
  return Math.min(Math.max(1, wanted), files);
}

/**
 * `script` is the worker to run (tests pass their own); null scores everything in-process, which only
 * the TypeScript sources do (jest), where no compiled worker exists. `budget` defaults to budgetFromEnv().
 */
export async function scoreBatch(
  files: InputFile[],
  options: BatchOptions,
  listener: BatchListener = {},
  script: string | null = workerScript(),
  budget: FileBudget = budgetFromEnv(),
): Promise<FileReport[]> {
  const reports: Array<FileReport | undefined> = new Array(files.length);
  let next = 0;
  const settle = (index: number, report: FileReport) => {
    reports[index] = report;
    listener.onDone?.(report);
    // Release every report whose predecessors are all done, so output stays in input order.
    // (`next++` stays out of the call: `f?.(x)` does not evaluate x when f is absent.)
    while (next < files.length && reports[next]) {
      const ready = reports[next]!;
      next++;
      listener.onReport?.(ready);
    }
  };
  const workers = script ? workerCount(files.length) : 0;
  const all = files.map((_, i) => i);
  // Files no worker could take (no worker ever started: the worker script cannot run here) are still
  // scored, here, without a budget: a broken install should not leave the clerk with nothing.
  const left = script && workers > 0 ? await runInWorkers(script, workers, files, options, settle, { inFlight: IN_FLIGHT, budget }) : all;
  await scoreInProcess(files, left, options, settle);
  return reports as FileReport[];
}

async function scoreInProcess(files: InputFile[], indexes: number[], options: BatchOptions, settle: (index: number, report: FileReport) => void): Promise<void> {
  if (indexes.length === 0) return;
  // Loaded here, not at the top: in worker mode the main thread never needs ExcelJS.
  const [{ scoreFile }, { PROFILES }] = await Promise.all([import('./scoreFile'), import('../core')]);
  const profile = options.profile ?? PROFILES[options.profileName];
  // Two files in flight: one is parsed while the other waits for the disk (reads are asynchronous).
  let at = 0;
  const lane = async () => {
    while (at < indexes.length) {
      const i = indexes[at++];
      settle(i, await scoreFile(files[i], { profile, plan: options.plan, outDir: options.outDir }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, indexes.length) }, lane));
}

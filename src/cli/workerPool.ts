/**
 * A small pool of worker threads that pull files one at a time (so a slow workbook never holds up a
 * queue). Each worker runs under the file budget (isolation.ts): a heap cap it cannot grow past and a
 * deadline per file. A worker that dies or runs out of budget takes only its current file with it: that
 * file gets an error entry and a fresh worker takes over.
 */
import { Worker } from 'worker_threads';
import type { InputFile } from './files';
import type { FileReport } from './scoreFile';
import type { BatchOptions } from './scoreBatch';
import type { WorkerMessage, WorkerTask } from './scoreWorker';
import { DEFAULT_BUDGET, resourceLimitsFor, stopFromError, stopMessage, type FileBudget, type WorkerStop } from './isolation';

export interface PoolOptions {
  /** Files each worker holds at once, so one file's disk read overlaps another's parsing. @default 2 */
  inFlight?: number;
  /** @default DEFAULT_BUDGET */
  budget?: FileBudget;
}

/** Time a worker may take to load ExcelJS and the core (≈ 0.3 s; much more on a machine under load). */
const STARTUP_MS = 30_000;

function stopReport(input: InputFile, stop: WorkerStop): FileReport {
  return { file: input.file, error: stopMessage(input.file, stop), tables: [], skippedSheets: [] };
}

/**
 * Scores `files` in `count` workers running `script`; `settle` gets each report with its input index.
 * When a worker stops with several files in flight, they are retried one at a time, so only the file
 * that stops a worker on its own gets the error entry. Resolves with the indexes left unscored: only
 * when no worker ever started (the worker script cannot run here); the caller decides what to do.
 */
export function runInWorkers(
  script: string,
  count: number,
  files: InputFile[],
  options: BatchOptions,
  settle: (index: number, report: FileReport) => void,
  pool: PoolOptions = {},
): Promise<number[]> {
  const inFlight = pool.inFlight ?? 2;
  const budget = pool.budget ?? DEFAULT_BUDGET;
  return new Promise((resolve) => {
    let nextTask = 0;
    let alive = 0;
    let anyReady = false;
    const retry: number[] = [];
    const pending = () => retry.length > 0 || nextTask < files.length;
    const finishIfIdle = () => {
      if (alive > 0) return;
      const left = [...retry];
      for (let i = nextTask; i < files.length; i++) left.push(i);
      left.sort((a, b) => a - b);
      if (!anyReady) return resolve(left);
      // Workers ran before, so the budget can be enforced: never fall back to scoring unguarded.
      for (const i of left) settle(i, stopReport(files[i], { kind: 'crash', reason: '无法启动新的评分进程' }));
      resolve([]);
    };

    const start = () => {
      const worker = new Worker(script, { workerData: options, resourceLimits: resourceLimitsFor(budget) });
      alive++;
      // Each file's deadline runs from when the worker is ready to work on it (start-up is not the file's).
      const current = new Map<number, NodeJS.Timeout | null>();
      let ready = false;
      let solo = false; // working on a retried file, alone
      let retiring = false;
      let stop: WorkerStop | null = null;
      const stopAfter = (ms: number, why: WorkerStop) =>
        setTimeout(() => {
          stop ??= why;
          void worker.terminate();
        }, ms);
      const deadline = () => stopAfter(budget.timeoutMs, { kind: 'timeout', ms: budget.timeoutMs });
      // A worker that never gets ready is stopped too, and counts as one that could not start.
      const startup = stopAfter(Math.max(budget.timeoutMs, STARTUP_MS), { kind: 'crash', reason: '评分进程未能启动' });
      const send = (index: number) => {
        current.set(index, ready ? deadline() : null);
        const task: WorkerTask = { index, input: files[index] };
        worker.postMessage(task);
      };
      const feed = () => {
        if (solo && current.size > 0) return;
        solo = false;
        if (retry.length > 0) {
          if (current.size === 0) {
            solo = true;
            send(retry.shift()!);
          }
          return;
        }
        while (current.size < inFlight && nextTask < files.length) send(nextTask++);
        if (current.size === 0 && !pending()) {
          retiring = true;
          void worker.terminate();
        }
      };
      const markReady = () => {
        if (ready) return;
        ready = true;
        anyReady = true;
        clearTimeout(startup);
        for (const index of current.keys()) current.set(index, deadline());
      };
      worker.on('message', (msg: WorkerMessage) => {
        markReady();
        if ('ready' in msg) return;
        clearTimeout(current.get(msg.index) ?? undefined);
        current.delete(msg.index);
        settle(msg.index, msg.report);
        feed();
      });
      worker.on('error', (err) => {
        stop ??= stopFromError(err, budget);
      });
      // 'exit' comes exactly once, after 'error' if there was one.
      worker.on('exit', (code) => {
        alive--;
        clearTimeout(startup);
        for (const timer of current.values()) clearTimeout(timer ?? undefined);
        if (!retiring) {
          const why = stop ?? { kind: 'crash', reason: `退出码 ${code}` };
          if (current.size === 1 && ready) {
            const [index] = current.keys();
            settle(index, stopReport(files[index], why));
          } else {
            // Several files shared the worker (or it never started): none is known to be the cause.
            retry.push(...current.keys());
          }
          current.clear();
          // A worker that had started says the script works: replace it. One that never started would die again.
          if (ready && pending()) start();
        }
        finishIfIdle();
      });
      feed();
    };

    const n = Math.min(count, files.length);
    if (n === 0) return resolve(files.map((_, i) => i));
    for (let i = 0; i < n; i++) start();
  });
}

/**
 * A small pool of worker threads that pull files one at a time (so a slow workbook never holds up a
 * queue). A worker that dies takes only its current file with it: that file gets an error entry and a
 * fresh worker takes over; files no worker could take are returned for the caller to score in-process.
 */
import { Worker } from 'worker_threads';
import type { InputFile } from './files';
import type { FileReport } from './scoreFile';
import type { BatchOptions } from './scoreBatch';
import type { WorkerTask } from './scoreWorker';

interface WorkerResult {
  index: number;
  report: FileReport;
}

function crashReport(input: InputFile, err: unknown): FileReport {
  // Not `instanceof Error`: an error thrown in a worker may come from another realm (e.g. under jest).
  const message = (err as { message?: unknown } | null)?.message;
  const reason = typeof message === 'string' ? message : String(err);
  return { file: input.file, error: `处理“${input.file}”时出错：评分进程意外退出（${reason}）`, tables: [], skippedSheets: [] };
}

/**
 * Scores `files` in `count` workers running `script`, `inFlight` files per worker at a time (so one
 * file's disk read overlaps another's parsing); `settle` gets each report with its input index.
 * When a worker dies with several files in flight, they are retried one at a time, so only the file
 * that kills a worker on its own gets the error entry. Resolves with the indexes left unscored: those
 * in flight or queued when every worker died before any file was finished (a broken install, say).
 */
export function runInWorkers(
  script: string,
  count: number,
  files: InputFile[],
  options: BatchOptions,
  settle: (index: number, report: FileReport) => void,
  inFlight = 2,
): Promise<number[]> {
  return new Promise((resolve) => {
    let nextTask = 0;
    let alive = 0;
    let anyCompleted = false;
    const retry: number[] = [];
    const pending = () => retry.length > 0 || nextTask < files.length;
    const finishIfIdle = () => {
      if (alive > 0) return;
      const left = [...retry];
      for (let i = nextTask; i < files.length; i++) left.push(i);
      resolve(left.sort((a, b) => a - b));
    };

    const start = () => {
      const worker = new Worker(script, { workerData: options });
      alive++;
      const current = new Set<number>();
      let solo = false; // working on a retried file, alone
      let retiring = false;
      const send = (index: number) => {
        current.add(index);
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
      const crash = (err: unknown) => {
        // Before any worker has finished a file, a death says more about the worker than the file.
        if (current.size === 1 && anyCompleted) {
          const [index] = current;
          settle(index, crashReport(files[index], err));
        } else {
          retry.push(...current);
        }
        current.clear();
      };
      worker.on('message', (msg: WorkerResult) => {
        current.delete(msg.index);
        anyCompleted = true;
        settle(msg.index, msg.report);
        feed();
      });
      worker.on('error', crash);
      // 'exit' comes exactly once, after 'error' if there was one.
      worker.on('exit', (code) => {
        alive--;
        if (!retiring) {
          crash(new Error(`退出码 ${code}`));
          // Replace it once workers are known to work; before that, a new one would likely die too.
          if (anyCompleted && pending()) start();
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

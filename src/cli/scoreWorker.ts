/**
 * Worker thread entry (compiled to build/cli/scoreWorker.js): scores the files the pool sends and posts
 * each FileReport back. It says "ready" once its modules are loaded, so the pool can tell a worker that
 * cannot start (broken install) from a file that stops a worker. scoreFile never throws; a crash, a
 * timeout or an exhausted heap is reported by the pool.
 */
import { parentPort, workerData } from 'worker_threads';
import { PROFILES } from '../core';
import { scoreFile, type FileReport } from './scoreFile';
import type { BatchOptions } from './scoreBatch';
import type { InputFile } from './files';

export interface WorkerTask {
  index: number;
  input: InputFile;
}

export type WorkerMessage = { ready: true } | { index: number; report: FileReport };

const options = workerData as BatchOptions;
const profile = options.profile ?? PROFILES[options.profileName];

parentPort?.on('message', async (task: WorkerTask) => {
  const report = await scoreFile(task.input, { profile, plan: options.plan, outDir: options.outDir });
  parentPort!.postMessage({ index: task.index, report } satisfies WorkerMessage);
});
parentPort?.postMessage({ ready: true } satisfies WorkerMessage);

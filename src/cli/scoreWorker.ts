/**
 * Worker thread entry (compiled to build/cli/scoreWorker.js): scores the files the pool sends, one at a
 * time, and posts each FileReport back. scoreFile never throws; a crash here is reported by the pool.
 */
import { parentPort, workerData } from 'worker_threads';
import { PROFILES } from '../core';
import { scoreFile } from './scoreFile';
import type { BatchOptions } from './scoreBatch';
import type { InputFile } from './files';

export interface WorkerTask {
  index: number;
  input: InputFile;
}

const options = workerData as BatchOptions;
const profile = options.profile ?? PROFILES[options.profileName];

parentPort?.on('message', async (task: WorkerTask) => {
  const report = await scoreFile(task.input, { profile, plan: options.plan, outDir: options.outDir });
  parentPort!.postMessage({ index: task.index, report });
});

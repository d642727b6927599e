/**
 * The budget every file is scored under, and what the clerk is told when a file exceeds it.
 * A file runs in a worker thread with a V8 heap cap and a wall-clock deadline; exceeding either stops
 * that worker (never the batch), the file gets one error entry and a fresh worker takes the rest.
 */
import type { ResourceLimits } from 'worker_threads';

export interface FileBudget {
  /**
   * Heap (V8 old generation) a worker may grow to while scoring, in MB. A 自评表 needs a few MB;
   * ExcelJS on a 50 MB file a few hundred. Not lower by default: V8 sizes its heap growth by this cap,
   * and under about 3 GB it collects the old generation every few MB (measured on the 560-workbook
   * bench: 117 full collections instead of 9, twice the CPU time). The deadline bounds what a file can
   * allocate long before the cap in practice. @default 4096
   */
  memoryMb: number;
  /**
   * Wall-clock time a file may be in a worker before the worker is stopped, in ms. A file that shared
   * its worker when time ran out is retried alone once, so one file is answered within about twice this.
   * @default 25000
   */
  timeoutMs: number;
}

export const DEFAULT_BUDGET: FileBudget = { memoryMb: 4096, timeoutMs: 25_000 };

/** Smallest values accepted from the environment: below them even a good file cannot be read. */
const MIN_MEMORY_MB = 32;
const MIN_TIMEOUT_MS = 100;

/**
 * The budget, with ZIPING_FILE_MEMORY_MB / ZIPING_FILE_TIMEOUT_MS overriding the defaults (for an
 * administrator with unusual workbooks, and for tests that need a file to exceed it quickly).
 */
export function budgetFromEnv(env: NodeJS.ProcessEnv = process.env): FileBudget {
  const read = (name: string, min: number, fallback: number) => {
    const text = env[name];
    return text !== undefined && /^\d+$/.test(text) ? Math.max(min, Number(text)) : fallback;
  };
  return {
    memoryMb: read('ZIPING_FILE_MEMORY_MB', MIN_MEMORY_MB, DEFAULT_BUDGET.memoryMb),
    timeoutMs: read('ZIPING_FILE_TIMEOUT_MS', MIN_TIMEOUT_MS, DEFAULT_BUDGET.timeoutMs),
  };
}

/** The worker's heap caps: the young generation is kept small so the old-generation cap is the real bound. */
export function resourceLimitsFor(budget: FileBudget): ResourceLimits {
  return { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, budget.memoryMb >> 4)) };
}

/** Why a worker stopped while it held a file. */
export type WorkerStop = { kind: 'timeout'; ms: number } | { kind: 'memory'; mb: number } | { kind: 'crash'; reason: string };

const SEND_ALONE = '如确为正常的自评表，请把该文件单独评分，或在 Excel 中删除多余的工作表、合并单元格、数据验证等内容后另存再试';

/** The zh-CN error entry of a file whose worker stopped. */
export function stopMessage(file: string, stop: WorkerStop): string {
  switch (stop.kind) {
    case 'timeout':
      return `处理“${file}”超时：${Math.round(stop.ms / 100) / 10} 秒内未能完成，已停止处理该文件，其余文件不受影响。该工作簿的内容异常庞大或复杂（例如整列合并单元格、大量数据验证）。${SEND_ALONE}。`;
    case 'memory':
      return `处理“${file}”时内存占用超过 ${stop.mb} MB 的上限，已停止处理该文件，其余文件不受影响。该工作簿的内容异常庞大（例如整列合并单元格、大量数据验证或数据）。${SEND_ALONE}。`;
    case 'crash':
      return `处理“${file}”时出错：评分进程意外退出（${stop.reason}），其余文件不受影响。`;
  }
}

/** A worker 'error' event as a stop reason: V8's heap cap has its own code. */
export function stopFromError(err: unknown, budget: FileBudget): WorkerStop {
  if ((err as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { kind: 'memory', mb: budget.memoryMb };
  // Not `instanceof Error`: an error thrown in a worker may come from another realm (e.g. under jest).
  const message = (err as { message?: unknown } | null)?.message;
  return { kind: 'crash', reason: typeof message === 'string' ? message : String(err) };
}

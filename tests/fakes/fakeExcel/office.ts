/**
 * createFakeOffice: fake `Excel` and `Office` globals over a FakeWorkbookModel, to inject where the
 * real ones would be (`createExcelHost(fake.Excel, fake.Office)`).
 */
import { FakeRequestContext, type FakeEnv, type FakeStats } from './context';
import type { FakeWorkbookModel } from './model';
import { FakeWorkbook } from './workbook';

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set the host supports; default "1.18". "1.17" = no notes API. */
  excelApi?: string;
  /** Individual sets to report as missing even below `excelApi`. */
  missing?: string[];
  /** Default 5 MB, Excel on the web's limit. */
  maxRequestBytes?: number;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

interface AsyncResult {
  status: 'succeeded' | 'failed';
  value: undefined;
  error?: Error;
}

/** Office.context.document.settings: an in-memory copy, persisted into the document by saveAsync. */
export class FakeSettings {
  private live: Record<string, unknown>;
  private readonly model: FakeWorkbookModel;

  constructor(model: FakeWorkbookModel) {
    this.model = model;
    this.live = clone(model.settings);
  }

  get(name: string): unknown {
    return name in this.live ? clone(this.live[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.live[name] = clone(value);
  }

  remove(name: string): void {
    delete this.live[name];
  }

  saveAsync(optionsOrCallback?: unknown, callback?: (r: AsyncResult) => void): void {
    const cb = typeof optionsOrCallback === 'function' ? (optionsOrCallback as (r: AsyncResult) => void) : callback;
    this.model.settings = clone(this.live);
    setTimeout(() => cb?.({ status: 'succeeded', value: undefined }), 0);
  }
}

export interface FakeOffice {
  /** Pass as `typeof Excel` (cast): the members the adapter uses, with Office's behaviour. */
  Excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    SheetVisibility: { visible: 'Visible'; hidden: 'Hidden'; veryHidden: 'VeryHidden' };
    ClearApplyTo: { all: 'All'; formats: 'Formats'; contents: 'Contents' };
  };
  Office: {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
      document: { settings: FakeSettings };
    };
    AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  };
  model: FakeWorkbookModel;
  stats: FakeStats;
}

export function createFakeOffice(model: FakeWorkbookModel, options: FakeOfficeOptions = {}): FakeOffice {
  const top = options.excelApi ?? '1.18';
  const missing = new Set(options.missing ?? []);
  const isSupported = (set: string, version: string) =>
    set.toLowerCase() === 'excelapi' && !missing.has(version) && compareVersions(version, top) <= 0;
  const stats: FakeStats = { syncs: 0, requestBytes: [] };
  const env: FakeEnv = { model, stats, isSupported, maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024 };

  return {
    Excel: {
      async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
        const context = new FakeRequestContext(env);
        context.workbook = new FakeWorkbook(context);
        const result = await batch(context);
        // Excel.run sends what is still queued when the batch function returns.
        if (context.hasPending) await context.sync();
        return result;
      },
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
    },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name, minVersion) => isSupported(name, String(minVersion ?? '1.1')),
        },
        document: { settings: new FakeSettings(model) },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    },
    model,
    stats,
  };
}

/**
 * createFakeOffice: fake `Excel` and `Office` globals over a FakeWorkbookModel, to inject where the
 * real ones would be (`createExcelHost(fake.Excel, fake.Office)`).
 */
import { FakeOfficeError, FakeRequestContext, type FakeEnv, type FakeStats } from './context';
import type { FakeWorkbookModel } from './model';
import { FakeWorkbook } from './workbook';

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set the host supports; default "1.18". "1.17" = no notes API. */
  excelApi?: string;
  /** Individual sets to report as missing even below `excelApi`. */
  missing?: string[];
  /** Default 5 MB, Excel on the web's limit. */
  maxRequestBytes?: number;
  /** Default 5 MB, likewise for what a sync returns. */
  maxResponseBytes?: number;
  /** Other requirement sets the host supports, e.g. { DialogApi: '1.1' }; none by default. */
  otherSets?: Record<string, string>;
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
  value: unknown;
  error?: Error;
}

/**
 * Office.context.document.settings, one copy per runtime (the pane and the ribbon command each get their
 * own). @types/office-js: "each add-in is working against an in-memory copy of the settings loaded from the
 * document"; saveAsync "Persists the in-memory copy of the settings property bag in the document" — the whole
 * bag, so a stale copy overwrites what another runtime saved; refreshAsync "Reads all settings persisted in
 * the document and refreshes the … add-in's copy of those settings held in memory".
 */
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

  refreshAsync(callback?: (r: AsyncResult & { value: unknown }) => void): void {
    this.live = clone(this.model.settings);
    setTimeout(() => callback?.({ status: 'succeeded', value: this }), 0);
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
      ui: { displayDialogAsync(url: string, options: unknown, callback?: (r: AsyncResult) => void): void };
      displayLanguage: string;
    };
    AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
    EventType: { DialogMessageReceived: 'dialogMessageReceived'; DialogEventReceived: 'dialogEventReceived' };
  };
  model: FakeWorkbookModel;
  stats: FakeStats;
  /** Dialogs the add-in opened (DialogApi), in order. */
  dialogs: FakeDialog[];
  /** The clerk clicks the open dialog's button: its page sends `message` to the add-in. */
  answerDialog(message?: string): void;
}

export interface FakeDialog {
  url: string;
  open: boolean;
  handlers: Record<string, Array<(arg: unknown) => void>>;
}

export function createFakeOffice(model: FakeWorkbookModel, options: FakeOfficeOptions = {}): FakeOffice {
  const top = options.excelApi ?? '1.18';
  const missing = new Set(options.missing ?? []);
  const other = options.otherSets ?? {};
  const isSupported = (set: string, version: string) => {
    if (set.toLowerCase() !== 'excelapi') {
      const has = Object.entries(other).find(([name]) => name.toLowerCase() === set.toLowerCase())?.[1];
      return has !== undefined && compareVersions(version, has) <= 0;
    }
    return !missing.has(version) && compareVersions(version, top) <= 0;
  };
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  const limit = 5 * 1024 * 1024;
  const env: FakeEnv = { model, stats, isSupported, maxRequestBytes: options.maxRequestBytes ?? limit, maxResponseBytes: options.maxResponseBytes ?? limit };
  const dialogs: FakeDialog[] = [];

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
        displayLanguage: 'zh-CN',
        ui: {
          displayDialogAsync(url, _options, callback) {
            if (!isSupported('DialogApi', '1.1')) throw new FakeOfficeError('ApiNotFound', 'displayDialogAsync needs DialogApi 1.1.');
            const dialog: FakeDialog = { url, open: true, handlers: {} };
            dialogs.push(dialog);
            const value = {
              addEventHandler: (type: string, handler: (arg: unknown) => void) => ((dialog.handlers[type] ??= []).push(handler)),
              close: () => (dialog.open = false),
            };
            setTimeout(() => callback?.({ status: 'succeeded', value }), 0);
          },
        },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    },
    model,
    stats,
    dialogs,
    answerDialog(message = 'close') {
      const d = [...dialogs].reverse().find((x) => x.open);
      for (const h of d?.handlers.dialogMessageReceived ?? []) h({ message, origin: undefined });
    },
  };
}

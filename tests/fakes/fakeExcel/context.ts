/**
 * The batching core of the fake: a RequestContext that queues commands until `sync()`, counts syncs,
 * and client objects whose properties can only be read after they were loaded AND synced —
 * the discipline Office.js enforces and a naive adapter breaks.
 */
import type { FakeWorkbookModel } from './model';
import type { FakeWorkbook } from './workbook';

export class FakeOfficeError extends Error {
  readonly code: string;
  /** As OfficeExtension.Error: `errorLocation` names the failing member ("CommentCollection.add"). */
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface FakeStats {
  /** Every `context.sync()`, including the implicit one at the end of `Excel.run`. */
  syncs: number;
  /** Estimated request size of each sync, in bytes (commands and their arguments as JSON). */
  requestBytes: number[];
  /** Size of each sync's response, in bytes (every loaded value as JSON). */
  responseBytes: number[];
}

export interface FakeEnv {
  model: FakeWorkbookModel;
  stats: FakeStats;
  isSupported(set: string, version: string): boolean;
  /** Excel on the web rejects requests above 5 MB. */
  maxRequestBytes: number;
  /** …and responses above 5 MB (ResponsePayloadSizeLimitExceeded). */
  maxResponseBytes: number;
}

/** Bytes of `text` in UTF-8, as it travels in the request (a CJK character is 3 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Rough per-command overhead of the JSON Office.js sends (object path + action). */
const COMMAND_BYTES = 120;

interface Command {
  run: () => void;
  bytes: number;
  /** A load or other read: cannot change the model. */
  readOnly: boolean;
}

export class FakeRequestContext {
  readonly env: FakeEnv;
  /** Set by the creator (office.ts), which can import the workbook classes without a cycle. */
  workbook!: FakeWorkbook;
  private queue: Command[] = [];
  private fresh: FakeClientObject[] = [];
  /** Advances around every command that may change the model (never goes back), so memoized ranges stay right. */
  private version = 0;
  private running = false;
  private responseBytes = 0;

  constructor(env: FakeEnv) {
    this.env = env;
  }

  enqueue(run: () => void, payload?: unknown): void {
    const bytes = COMMAND_BYTES + (payload === undefined ? 0 : utf8Length(JSON.stringify(payload)));
    this.queue.push({ run, bytes, readOnly: false });
  }

  /** A command that only reads (a load): ranges resolved for it stay valid for the next one. */
  enqueueRead(run: () => void, payload?: unknown): void {
    this.enqueue(run, payload);
    this.queue[this.queue.length - 1].readOnly = true;
  }

  /** Queues a command that fails at sync when the host lacks the requirement set (ApiNotFound). */
  requireApi(version: string, what: string): void {
    if (this.env.isSupported('ExcelApi', version)) return;
    this.enqueue(() => {
      throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}, which this host does not support.`);
    });
  }

  /**
   * A resolver evaluated once while the model stays unchanged during a sync (always afresh outside
   * one): a chain of derived ranges (getCell → getOffsetRange → … → getMergedAreas) otherwise
   * recomputes the used range for every link, for every band, several times per sync.
   */
  memoize<T>(resolve: () => T): () => T {
    let at = -1;
    let value: T;
    return () => {
      if (!this.running) return resolve();
      if (at !== this.version) {
        value = resolve();
        at = this.version;
      }
      return value;
    };
  }

  private shared = new WeakMap<object, Map<string, unknown>>();
  private sharedAt = -1;

  /** Like memoize, for a value many objects derive from one owner (a sheet's parsed merges). */
  sharedWhileUnchanged<T>(owner: object, slot: string, compute: () => T): T {
    if (!this.running) return compute();
    if (this.sharedAt !== this.version) {
      this.shared = new WeakMap();
      this.sharedAt = this.version;
    }
    let slots = this.shared.get(owner);
    if (!slots) this.shared.set(owner, (slots = new Map()));
    if (!slots.has(slot)) slots.set(slot, compute());
    return slots.get(slot) as T;
  }

  /** A loaded value travels back in the response: count it against the 5 MB limit. */
  respond(value: unknown): void {
    this.respondText(JSON.stringify(value) as string | undefined);
  }

  respondText(text: string | undefined): void {
    if (text !== undefined) this.responseBytes += utf8Length(text);
  }

  private commits: Array<() => void> = [];

  /** Loaded values become readable only when their sync succeeds: a failed sync returns nothing. */
  onSynced(commit: () => void): void {
    this.commits.push(commit);
  }

  track(obj: FakeClientObject): void {
    this.fresh.push(obj);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.env.stats.syncs++;
    const commands = this.queue;
    const objects = this.fresh;
    this.queue = [];
    this.fresh = [];
    const bytes = commands.reduce((n, c) => n + c.bytes, 0);
    this.env.stats.requestBytes.push(bytes);
    await Promise.resolve(); // a round trip is always asynchronous
    if (bytes > this.env.maxRequestBytes) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload (${bytes} bytes) is too large.`);
    }
    // Like Excel, commands before a failing one stay applied; the rest of the batch is dropped.
    this.running = true;
    this.version++;
    this.responseBytes = 0;
    this.commits = [];
    try {
      for (const c of commands) {
        if (c.readOnly) {
          c.run();
          continue;
        }
        this.version++;
        try {
          c.run();
        } finally {
          this.version++;
        }
      }
      this.env.stats.responseBytes.push(this.responseBytes);
      if (this.responseBytes > this.env.maxResponseBytes) {
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload (${this.responseBytes} bytes) is too large.`);
      }
      for (const commit of this.commits) commit();
      for (const o of objects) o.markSynced();
    } finally {
      this.running = false;
      this.version++;
    }
  }
}

export type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

/** "a, b/c" | ["a"] | {select} → trimmed names. */
export function loadNames(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const text = Array.isArray(arg) ? arg.join(',') : typeof arg === 'string' ? arg : (arg.select ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export abstract class FakeClientObject {
  readonly context: FakeRequestContext;
  private readonly loaded = new Map<string, unknown>();
  private synced = false;
  private nullAfterSync = false;

  constructor(context: FakeRequestContext) {
    this.context = context;
    context.track(this);
  }

  /** Properties a bare `load()` loads. */
  protected abstract readonly scalarProps: readonly string[];
  /** The value of a property, evaluated while the batch runs. */
  protected abstract readProp(name: string): unknown;
  /** Whether this object resolves to nothing (only *OrNullObject paths can). */
  protected isNull(): boolean {
    return false;
  }

  load(arg?: LoadArg): this {
    const names = loadNames(arg);
    const wanted = names.length ? names : [...this.scalarProps];
    for (const n of wanted) {
      if (!this.scalarProps.includes(n)) {
        throw new FakeOfficeError('PropertyNotSupported', `The fake does not model property '${n}' here.`);
      }
    }
    this.context.enqueueRead(() => {
      if (this.isNull()) return;
      for (const n of wanted) {
        const text = JSON.stringify(this.readProp(n)) as string | undefined;
        this.context.respondText(text);
        const value: unknown = text === undefined ? undefined : JSON.parse(text);
        this.context.onSynced(() => this.loaded.set(n, value));
      }
    });
    return this;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** A property's value now, while the batch runs (collections load their items with it). */
  peek(name: string): unknown {
    return this.readProp(name);
  }

  /** Lets a collection hand its items values it loaded on their behalf. */
  setLoaded(name: string, value: unknown): void {
    this.context.respond(value);
    const loaded = copy(value);
    this.context.onSynced(() => this.loaded.set(name, loaded));
  }

  get isNullObject(): boolean {
    if (!this.synced) {
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    }
    return this.nullAfterSync;
  }

  markSynced(): void {
    this.synced = true;
    try {
      this.nullAfterSync = this.isNull();
    } catch {
      this.nullAfterSync = false; // e.g. getItem of a sheet the batch deleted: never a null object
    }
  }
}

/** Office's ClientResult: `.value` is readable only after the sync that computed it. */
export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  set(v: T): void {
    this.result = copy(v);
    this.ready = true;
  }

  get value(): T {
    if (!this.ready) throw new FakeOfficeError('PropertyNotLoaded', 'The value of this result is not available before context.sync().');
    return this.result as T;
  }
}

/**
 * An OOXML package (zip) opened with JSZip: part names, relationships and content types.
 * Parts nobody sets stay as loaded, so JSZip writes their compressed bytes back unchanged.
 */
import JSZip from 'jszip';
import * as zlib from 'node:zlib';
import type { Document } from '@xmldom/xmldom';
import { childElements, NS, parseXml, serializeXml } from './xml';

/*
 * A part we change is deflated by Node's zlib and handed to JSZip as an already compressed entry, the
 * way JSZip itself holds every entry it loaded (so it writes both the same way: bytes, sizes, CRC).
 * JSZip's JavaScript deflate, CRC and UTF-8 encoder were a third of a copy's time. JSZip exports no
 * public way to add compressed data; these two modules are its stable internals (3.x).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
interface Compressed {
  compressedSize: number;
  uncompressedSize: number;
  compression: unknown;
  compressedContent: Uint8Array;
}
const CompressedObject = require('jszip/lib/compressedObject') as new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: unknown,
  data: Uint8Array,
) => Compressed;
const { DEFLATE, STORE } = require('jszip/lib/compressions') as { DEFLATE: unknown; STORE: unknown };
const jszipCrc32 = require('jszip/lib/crc32') as (input: Uint8Array) => number;
/* eslint-enable @typescript-eslint/no-require-imports */
// zlib.crc32 arrived in Node 20.15; JSZip's gives the same (signed) value on older runtimes.
const crc32 = (bytes: Uint8Array): number => ((zlib as { crc32?: (b: Uint8Array) => number }).crc32?.(bytes) ?? jszipCrc32(bytes)) | 0;

/**
 * Parts up to this size are inflated by Node in one go. A larger one goes through JSZip's chunked
 * decoding: one large string allocated at once near a worker's heap cap is a V8 fatal error that ends
 * the whole process, where a heap that grows chunk by chunk reaches the cap gradually and only the
 * worker is stopped (the per-file budget of src/cli/isolation.ts, tests/reliability/batchIsolation).
 */
const NATIVE_INFLATE_MAX = 4 * 1024 * 1024;

/** A loaded entry's bytes, inflated by Node (the reader has checked every entry's size and CRC already). */
function inflated(file: JSZip.JSZipObject): Uint8Array | null {
  const data = (file as unknown as { _data?: unknown })._data;
  if (!(data instanceof CompressedObject) || data.uncompressedSize > NATIVE_INFLATE_MAX) return null;
  if (data.compression === STORE) return data.compressedContent;
  if (data.compression !== DEFLATE) return null;
  const out = zlib.inflateRawSync(data.compressedContent, { maxOutputLength: Math.max(1, data.uncompressedSize) });
  if (out.length !== data.uncompressedSize) throw new Error(`Entry ${file.name}: inflated size ${out.length} is not the declared ${data.uncompressedSize}`);
  return out;
}

function deflated(content: string | Uint8Array): Compressed {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // Level 1, as Excel-sized parts go: a few per cent larger, several times faster than the default.
  const packed = zlib.deflateRawSync(bytes, { level: 1 });
  return new CompressedObject(packed.length, bytes.length, crc32(bytes), DEFLATE, packed);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part it points to (resolved, no leading "/"); null for external targets. */
  part: string | null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part (RFC 3986: "./", "../", absolute "/xl/…"). */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: use as written.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** A target for `part` written relative to `sourcePart`'s folder, as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export class OoxmlPackage {
  /** Lower-case part name → the name as stored (OPC part names compare case-insensitively). */
  private readonly byLower = new Map<string, string>();
  private readonly docs = new Map<string, Document>();
  private readonly memos = new WeakMap<object, Map<string, unknown>>();

  private constructor(private readonly zip: JSZip) {
    zip.forEach((name, file) => {
      if (!file.dir) this.byLower.set(name.toLowerCase(), name);
    });
  }

  static async open(bytes: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(bytes));
  }

  /** The stored name of a part, or null when absent. */
  find(part: string): string | null {
    return this.byLower.get(part.replace(/^\//, '').toLowerCase()) ?? null;
  }

  has(part: string): boolean {
    return this.find(part) !== null;
  }

  /**
   * Keeps something derived from a part's current content (a parse the writer can reuse). Tied to the
   * entry itself: once the part is set again, what was remembered of it is gone.
   */
  remember(part: string, key: string, value: unknown): void {
    const entry = this.entry(part);
    if (!entry) return;
    const memo = this.memos.get(entry) ?? new Map<string, unknown>();
    memo.set(key, value);
    this.memos.set(entry, memo);
  }

  recall<T>(part: string, key: string): T | undefined {
    const entry = this.entry(part);
    return entry ? (this.memos.get(entry)?.get(key) as T | undefined) : undefined;
  }

  private entry(part: string): JSZip.JSZipObject | null {
    const name = this.find(part);
    return name === null ? null : this.zip.file(name);
  }

  /** Every file entry, as stored. */
  partNames(): string[] {
    return [...this.byLower.values()];
  }

  async text(part: string): Promise<string | null> {
    const name = this.find(part);
    if (name === null) return null;
    const bytes = inflated(this.zip.file(name)!);
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : this.zip.file(name)!.async('string');
  }

  async bytes(part: string): Promise<Uint8Array | null> {
    const name = this.find(part);
    if (name === null) return null;
    return inflated(this.zip.file(name)!) ?? this.zip.file(name)!.async('uint8array');
  }

  /** The part parsed once and cached; edits to it are written back by `flush`. */
  async xml(part: string): Promise<Document | null> {
    const name = this.find(part);
    if (name === null) return null;
    let doc = this.docs.get(name);
    if (!doc) {
      doc = parseXml((await this.text(name))!);
      this.docs.set(name, doc);
    }
    return doc;
  }

  /** Marks a (new or cached) document as the content of `part`; written by `flush`. */
  putXml(part: string, doc: Document): void {
    const name = this.find(part) ?? part.replace(/^\//, '');
    this.byLower.set(name.toLowerCase(), name);
    this.docs.set(name, doc);
  }

  putText(part: string, text: string | Uint8Array): void {
    const name = this.find(part) ?? part.replace(/^\//, '');
    this.byLower.set(name.toLowerCase(), name);
    this.docs.delete(name);
    this.store(name, text);
  }

  /** Sets an entry's content, deflated now (JSZip's typings do not know it takes compressed entries). */
  private store(name: string, content: string | Uint8Array): void {
    this.zip.file(name, deflated(content) as unknown as Uint8Array, { binary: true, createFolders: false });
  }

  remove(part: string): void {
    const name = this.find(part);
    if (name === null) return;
    this.byLower.delete(name.toLowerCase());
    this.docs.delete(name);
    this.zip.remove(name);
  }

  /** Serialises only the documents in `dirty` (the parts that were changed). */
  flush(dirty: Iterable<string>): void {
    for (const part of dirty) {
      const name = this.find(part);
      const doc = name === null ? undefined : this.docs.get(name);
      if (name !== null && doc) this.store(name, serializeXml(doc));
    }
  }

  async generate(): Promise<Buffer> {
    // Every entry is compressed already (loaded, or deflated by `deflated`): JSZip only copies bytes.
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  }

  /** Relationships of a part ("" for the package); [] when it has none. */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const doc = await this.xml(relsPathOf(sourcePart));
    if (!doc) return [];
    return childElements(doc.documentElement!, 'Relationship', NS.pkgRels).map((e) => {
      const target = e.getAttribute('Target') ?? '';
      const external = e.getAttribute('TargetMode') === 'External';
      return {
        id: e.getAttribute('Id') ?? '',
        type: e.getAttribute('Type') ?? '',
        target,
        external,
        part: external ? null : resolveTarget(sourcePart, target),
      };
    });
  }
}

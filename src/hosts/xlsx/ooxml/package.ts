/**
 * An OOXML package (zip) opened with JSZip: part names, relationships and content types.
 * Parts nobody sets stay as loaded, so JSZip writes their compressed bytes back unchanged.
 */
import JSZip from 'jszip';
import type { Document } from '@xmldom/xmldom';
import { childElements, NS, parseXml, serializeXml } from './xml';

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

  /** Every file entry, as stored. */
  partNames(): string[] {
    return [...this.byLower.values()];
  }

  async text(part: string): Promise<string | null> {
    const name = this.find(part);
    return name === null ? null : this.zip.file(name)!.async('string');
  }

  async bytes(part: string): Promise<Uint8Array | null> {
    const name = this.find(part);
    return name === null ? null : this.zip.file(name)!.async('uint8array');
  }

  /** The part parsed once and cached; edits to it are written back by `flush`. */
  async xml(part: string): Promise<Document | null> {
    const name = this.find(part);
    if (name === null) return null;
    let doc = this.docs.get(name);
    if (!doc) {
      doc = parseXml(await this.zip.file(name)!.async('string'));
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
    this.zip.file(name, text);
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
      if (name !== null && doc) this.zip.file(name, serializeXml(doc));
    }
  }

  async generate(): Promise<Buffer> {
    // Parts never re-set keep their compressed bytes (JSZip reuses them when the method matches).
    // Level 1: the few re-written parts are small; JSZip's JavaScript deflate at its default level was a
    // tenth of a copy's time for a gain of a few hundred bytes.
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

/** Edits that add or remove parts consistently: relationships and [Content_Types].xml entries. */
import type { Document, Element } from '@xmldom/xmldom';
import type { OoxmlPackage } from './package';
import { relativeTarget, relsPathOf } from './package';
import { childElements, NS, parseXml } from './xml';
import { SHEET_SCAN, SheetPart, type SheetScan } from '../patch/sheetPart';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

/** Tracks which XML parts were changed so only those are serialised again. */
export class PackageEdits {
  readonly dirty = new Set<string>();
  private readonly sheets = new Map<string, SheetPart>();

  constructor(readonly pkg: OoxmlPackage) {}

  touch(part: string): void {
    this.dirty.add(part);
  }

  async relsDoc(sourcePart: string): Promise<Document> {
    const path = relsPathOf(sourcePart);
    let doc = await this.pkg.xml(path);
    if (!doc) {
      doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"/>`);
      this.pkg.putXml(path, doc);
    }
    this.touch(path);
    return doc;
  }

  /** Adds a relationship from `sourcePart` to `targetPart`; returns its new Id. */
  async addRelationship(sourcePart: string, type: string, targetPart: string): Promise<string> {
    const doc = await this.relsDoc(sourcePart);
    const root = doc.documentElement!;
    const ids = new Set(childElements(root, 'Relationship', NS.pkgRels).map((e) => e.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = doc.createElementNS(NS.pkgRels, root.prefix ? `${root.prefix}:Relationship` : 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', type);
    rel.setAttribute('Target', sourcePart === '' ? targetPart : relativeTarget(sourcePart, targetPart));
    root.appendChild(rel);
    return `rId${n}`;
  }

  async removeRelationship(sourcePart: string, id: string): Promise<void> {
    const doc = await this.relsDoc(sourcePart);
    for (const e of childElements(doc.documentElement!, 'Relationship', NS.pkgRels)) {
      if (e.getAttribute('Id') === id) doc.documentElement!.removeChild(e);
    }
  }

  private async contentTypes(): Promise<Element> {
    const doc = await this.pkg.xml(CONTENT_TYPES_PART);
    if (!doc) throw new Error('[Content_Types].xml missing');
    this.touch(CONTENT_TYPES_PART);
    return doc.documentElement!;
  }

  async setOverride(part: string, contentType: string): Promise<void> {
    const root = await this.contentTypes();
    const name = `/${part}`;
    const existing = childElements(root, 'Override', NS.contentTypes).find((e) => e.getAttribute('PartName')?.toLowerCase() === name.toLowerCase());
    if (existing) {
      existing.setAttribute('ContentType', contentType);
      return;
    }
    const e = root.ownerDocument!.createElementNS(NS.contentTypes, root.prefix ? `${root.prefix}:Override` : 'Override');
    e.setAttribute('PartName', name);
    e.setAttribute('ContentType', contentType);
    root.appendChild(e);
  }

  async ensureDefault(extension: string, contentType: string): Promise<void> {
    const root = await this.contentTypes();
    const has = childElements(root, 'Default', NS.contentTypes).some((e) => e.getAttribute('Extension')?.toLowerCase() === extension);
    if (has) return;
    const e = root.ownerDocument!.createElementNS(NS.contentTypes, root.prefix ? `${root.prefix}:Default` : 'Default');
    e.setAttribute('Extension', extension);
    e.setAttribute('ContentType', contentType);
    // Defaults come before Overrides in Excel's files; order is free in the schema, but keep it tidy.
    root.insertBefore(e, childElements(root, 'Override', NS.contentTypes)[0] ?? null);
  }

  async removeOverride(part: string): Promise<void> {
    const root = await this.contentTypes();
    for (const e of childElements(root, 'Override', NS.contentTypes)) {
      if (e.getAttribute('PartName')?.toLowerCase() === `/${part}`.toLowerCase()) root.removeChild(e);
    }
  }

  /** A part name not yet used: `xl/comments` + n + `.xml`. */
  freePartName(prefix: string, suffix: string): string {
    let n = 1;
    while (this.pkg.has(`${prefix}${n}${suffix}`)) n++;
    return `${prefix}${n}${suffix}`;
  }

  /** A worksheet part for splicing edits (cached: every edit of a run lands in one object). */
  async sheet(part: string): Promise<SheetPart | null> {
    let sheet = this.sheets.get(part);
    if (!sheet) {
      const text = await this.pkg.text(part);
      if (text === null) return null;
      sheet = new SheetPart(text, this.pkg.recall<SheetScan>(part, SHEET_SCAN));
      this.sheets.set(part, sheet);
    }
    return sheet;
  }

  flush(): void {
    this.pkg.flush(this.dirty);
    for (const [part, sheet] of this.sheets) if (sheet.changed) this.pkg.putText(part, sheet.toString());
  }
}

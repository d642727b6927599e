/**
 * Notes (legacy comments) of one sheet: ours are merged into the note already on the cell (its text,
 * formatting and author kept; a threaded comment's placeholder note keeps its `tc={…}` author and text,
 * ours goes after it), new notes get a comments part and a VML box when the sheet has none.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { parseA1 } from '../../../core/grid';
import { mergeNote, NOTE_MARKER, stripOurNote } from '../../../core/writePlan';
import type { PackageEdits } from '../ooxml/edits';
import { childElements, createLike, firstChild, NS, parseXml, REL, richText } from '../ooxml/xml';
import type { SheetPart } from './sheetPart';
import { newVmlDocument, VmlNotes } from './vmlNotes';

/** Author of the notes ziping creates. */
export const ZIPING_AUTHOR = '自评表评分助手';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

export class SheetNotes {
  private comments: Document | null = null;
  private vml: VmlNotes | null = null;
  private commentsPart: string | null = null;
  private vmlPart: string | null = null;

  private constructor(
    private readonly edits: PackageEdits,
    private readonly sheetPart: string,
    private readonly sheet: SheetPart,
  ) {}

  static async open(edits: PackageEdits, sheetPart: string, sheet: SheetPart): Promise<SheetNotes> {
    const notes = new SheetNotes(edits, sheetPart, sheet);
    const rels = await edits.pkg.relationships(sheetPart);
    const comments = rels.find((r) => r.type === REL.comments && r.part && edits.pkg.has(r.part));
    if (comments?.part) {
      notes.commentsPart = comments.part;
      notes.comments = await edits.pkg.xml(comments.part);
    }
    const vmlId = sheet.legacyDrawingId;
    const vml = rels.find((r) => r.id === vmlId && r.part && edits.pkg.has(r.part));
    if (vml?.part) {
      notes.vmlPart = vml.part;
      // VML is XML in the files Excel, LibreOffice and openpyxl write; one that is not gets no new boxes.
      const doc = await edits.pkg.xml(vml.part).catch(() => null);
      notes.vml = doc ? new VmlNotes(doc) : null;
    }
    return notes;
  }

  private commentList(): Element {
    const root = this.comments!.documentElement!;
    let list = firstChild(root, 'commentList');
    if (!list) {
      list = createLike(root, 'commentList');
      root.appendChild(list);
    }
    return list;
  }

  private async ensureParts(): Promise<void> {
    if (!this.comments) {
      this.commentsPart = this.edits.freePartName('xl/comments', '.xml');
      this.comments = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`);
      this.edits.pkg.putXml(this.commentsPart, this.comments);
      await this.edits.addRelationship(this.sheetPart, REL.comments, this.commentsPart);
      await this.edits.setOverride(this.commentsPart, COMMENTS_TYPE);
    }
    if (!this.vml && !this.vmlPart) {
      this.vmlPart = this.edits.freePartName('xl/drawings/vmlDrawing', '.vml');
      const block = this.edits.pkg.partNames().filter((n) => n.toLowerCase().endsWith('.vml')).length + 1;
      const doc = newVmlDocument(block);
      this.vml = new VmlNotes(doc);
      this.edits.pkg.putXml(this.vmlPart, doc);
      const id = await this.edits.addRelationship(this.sheetPart, REL.vmlDrawing, this.vmlPart);
      await this.edits.ensureDefault('vml', VML_TYPE);
      this.sheet.addLegacyDrawing(id);
    }
    this.edits.touch(this.commentsPart!);
    if (this.vml) this.edits.touch(this.vmlPart!);
  }

  private authorId(name: string): number {
    const root = this.comments!.documentElement!;
    let authors = firstChild(root, 'authors');
    if (!authors) {
      authors = createLike(root, 'authors');
      root.insertBefore(authors, root.firstChild);
    }
    const list = childElements(authors, 'author');
    const at = list.findIndex((a) => a.textContent === name);
    if (at >= 0) return at;
    const a = createLike(authors, 'author');
    a.appendChild(this.comments!.createTextNode(name));
    authors.appendChild(a);
    return list.length;
  }

  /** Notes by cell, indexed once (a long table can get thousands of notes: no scan per note). */
  private byRef: Map<string, Element> | null = null;

  private find(ref: string): Element | undefined {
    if (!this.comments) return undefined;
    this.byRef ??= new Map(childElements(this.commentList(), 'comment').map((c) => [c.getAttribute('ref') ?? '', c]));
    return this.byRef.get(ref);
  }

  /** Puts our text on the note of `ref`, after the unit's (or reviewer's) own text. */
  async setNote(ref: string, ours: string): Promise<void> {
    const existing = this.find(ref);
    if (existing) {
      const text = firstChild(existing, 'text') ?? (existing.appendChild(createLike(existing, 'text')) as Element);
      const before = richText(text);
      if (mergeNote(before, ours) === before) return;
      await this.ensureParts();
      cutOurPart(text);
      appendRun(text, `${stripOurNote(before) ? '\n' : ''}${NOTE_MARKER}${ours}`);
      this.addBoxIfMissing(ref);
      return;
    }
    await this.ensureParts();
    const comment = createLike(this.commentList(), 'comment');
    comment.setAttribute('ref', ref);
    comment.setAttribute('authorId', String(this.authorId(ZIPING_AUTHOR)));
    const text = createLike(comment, 'text');
    comment.appendChild(text);
    appendRun(text, `${NOTE_MARKER}${ours}`);
    this.commentList().appendChild(comment);
    this.byRef?.set(ref, comment);
    this.addBoxIfMissing(ref);
  }

  private addBoxIfMissing(ref: string): void {
    const at = parseA1(ref);
    if (at && this.vml && !this.vml.has(at.row, at.col)) this.vml.add(at.row, at.col);
  }

  /** Takes ziping's part out of every note; notes that held only ziping's text are removed with their box. */
  stripOurs(): boolean {
    if (!this.comments) return false;
    let changed = false;
    for (const comment of childElements(this.commentList(), 'comment')) {
      const text = firstChild(comment, 'text');
      const full = text ? richText(text) : '';
      if (!text || !full.includes(NOTE_MARKER)) continue;
      changed = true;
      if (stripOurNote(full)) {
        cutOurPart(text);
        continue;
      }
      comment.parentNode!.removeChild(comment);
      this.byRef?.delete(comment.getAttribute('ref') ?? '');
      const at = parseA1(comment.getAttribute('ref') ?? '');
      if (at && this.vml) this.vml.remove(at.row, at.col);
    }
    if (changed) {
      this.edits.touch(this.commentsPart!);
      if (this.vml) this.edits.touch(this.vmlPart!);
    }
    return changed;
  }
}

/** The `<t>` elements of a rich text in reading order (runs' and the plain one), phonetic runs excluded. */
function textNodes(text: Element): Element[] {
  const out: Element[] = [];
  for (const e of childElements(text)) {
    if (e.localName === 't') out.push(e);
    else if (e.localName === 'r') out.push(...childElements(e, 't'));
  }
  return out;
}

/** Removes the text from NOTE_MARKER on (and the line break before it), keeping earlier runs' formatting. */
function cutOurPart(text: Element): void {
  let cut = false;
  const ts = textNodes(text);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    const holder = t.parentNode as Element;
    if (cut) {
      if (holder !== text) text.removeChild(holder);
      else text.removeChild(t);
      continue;
    }
    const s = t.textContent ?? '';
    const at = s.indexOf(NOTE_MARKER);
    if (at < 0) continue;
    cut = true;
    const kept = s.slice(0, at).replace(/\s+$/, '');
    while (t.firstChild) t.removeChild(t.firstChild);
    t.appendChild(t.ownerDocument!.createTextNode(kept));
    if (!kept && holder !== text) text.removeChild(holder);
  }
  // The unit's text may end with trailing spaces/newlines in an earlier run: trim as stripOurNote does.
  const rest = textNodes(text);
  for (let i = rest.length - 1; i >= 0; i--) {
    const t = rest[i];
    const trimmed = (t.textContent ?? '').replace(/\s+$/, '');
    if (trimmed === t.textContent) break;
    while (t.firstChild) t.removeChild(t.firstChild);
    t.appendChild(t.ownerDocument!.createTextNode(trimmed));
    if (trimmed) break;
  }
}

/** Appends text to a note: as a run when the note has runs, else to its plain `<t>`. */
function appendRun(text: Element, value: string): void {
  const doc = text.ownerDocument!;
  const runs = childElements(text, 'r');
  const plain = firstChild(text, 't');
  if (!runs.length && plain) {
    plain.setAttribute('xml:space', 'preserve');
    plain.appendChild(doc.createTextNode(value));
    return;
  }
  const r = createLike(text, 'r');
  const t = createLike(r, 't');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(value));
  r.appendChild(t);
  const phonetic = childElements(text).find((e) => e.localName === 'rPh' || e.localName === 'phoneticPr') ?? null;
  text.insertBefore(r, phonetic);
}

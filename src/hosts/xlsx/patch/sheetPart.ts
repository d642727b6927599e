/**
 * A worksheet part edited by splicing: a namespace-aware parser (saxes) finds where `sheetData` starts
 * and ends; only that element is parsed into a DOM and written back. Everything else in the part keeps
 * its exact text — and a sheet with 50,000 merges costs what its cells cost, not what its merges cost.
 */
import type { Document } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';
import { parseRangeA1, type CellRange } from '../../../core/grid';
import { NS, parseXml, serializeXml } from '../ooxml/xml';

/** CT_Worksheet elements that come after legacyDrawing. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

interface Scan {
  rootEnd: number;
  rootName: string;
  sheetData: { start: number; end: number } | null;
  /** Offset before which a new legacyDrawing goes. */
  legacyAt: number;
  legacyDrawingId: string | null;
  /** The mergeCell refs as written; parsed only when a value is written (see `merges`). */
  mergeRefs: string[];
  relPrefix: string | null;
  mainPrefix: string;
}

function scan(text: string): Scan {
  const parser = new SaxesParser({ xmlns: true });
  const out: Scan = { rootEnd: -1, rootName: '', sheetData: null, legacyAt: -1, legacyDrawingId: null, mergeRefs: [], relPrefix: null, mainPrefix: '' };
  let depth = 0;
  let sdStart = -1;
  parser.on('opentag', (tag) => {
    depth++;
    const start = text.lastIndexOf('<', parser.position - 1);
    if (depth === 1) {
      out.rootEnd = parser.position;
      out.rootName = tag.name;
      out.mainPrefix = tag.prefix;
      for (const a of Object.values(tag.attributes)) if (a.prefix === 'xmlns' && a.value === NS.rel) out.relPrefix = a.local;
    } else if (depth === 2 && tag.uri === NS.main) {
      if (tag.local === 'sheetData') sdStart = start;
      if (tag.local === 'legacyDrawing') out.legacyDrawingId = Object.values(tag.attributes).find((a) => a.uri === NS.rel && a.local === 'id')?.value ?? null;
      if (out.legacyAt < 0 && AFTER_LEGACY_DRAWING.includes(tag.local)) out.legacyAt = start;
    }
    if (depth === 3 && tag.local === 'mergeCell' && tag.uri === NS.main) out.mergeRefs.push(String(tag.attributes.ref?.value ?? ''));
  });
  parser.on('closetag', (tag) => {
    if (depth === 2 && tag.local === 'sheetData' && tag.uri === NS.main) out.sheetData = { start: sdStart, end: parser.position };
    if (depth === 1 && out.legacyAt < 0) out.legacyAt = text.lastIndexOf('<', parser.position - 1);
    depth--;
  });
  parser.write(text).close();
  return out;
}

export class SheetPart {
  /** root + sheetData only: the cells to edit. */
  readonly doc: Document;
  private mergeList: CellRange[] | null = null;
  readonly legacyDrawingId: string | null;
  private readonly info: Scan;
  private added = '';
  private dataChanged = false;

  constructor(private readonly text: string) {
    this.info = scan(text);
    const sd = this.info.sheetData;
    const okOffsets = sd && text.startsWith('<', sd.start) && text.charAt(sd.end - 1) === '>' && text.startsWith('<', this.info.legacyAt) && this.info.legacyAt >= sd.end;
    if (!okOffsets) throw new Error('worksheet part without a sheetData element');
    this.legacyDrawingId = this.info.legacyDrawingId;
    this.doc = parseXml(`${text.slice(0, this.info.rootEnd)}${text.slice(sd.start, sd.end)}</${this.info.rootName}>`);
  }

  /** The sheet's merged areas. */
  get merges(): CellRange[] {
    this.mergeList ??= this.info.mergeRefs.map(parseRangeA1).filter((r): r is CellRange => r !== null);
    return this.mergeList;
  }

  /** Marks the cells as edited (they are serialised again). */
  touchCells(): void {
    this.dataChanged = true;
  }

  /** Adds `<legacyDrawing r:id>` where CT_Worksheet wants it. */
  addLegacyDrawing(relId: string): void {
    const p = this.info.mainPrefix ? `${this.info.mainPrefix}:` : '';
    const r = this.info.relPrefix ?? 'r';
    const decl = this.info.relPrefix ? '' : ` xmlns:r="${NS.rel}"`;
    this.added += `<${p}legacyDrawing${decl} ${r}:id="${relId}"/>`;
  }

  get changed(): boolean {
    return this.dataChanged || this.added !== '';
  }

  toString(): string {
    const sd = this.info.sheetData!;
    let data = this.text.slice(sd.start, sd.end);
    if (this.dataChanged) {
      const out = serializeXml(this.doc);
      // The serialised mini document is <root …>SHEETDATA</root>: the root's start tag holds no '<'.
      const open = out.indexOf('<', out.indexOf(`<${this.info.rootName}`) + 1);
      data = out.slice(open, out.lastIndexOf('</'));
    }
    const at = this.info.legacyAt;
    return `${this.text.slice(0, sd.start)}${data}${this.text.slice(sd.end, at)}${this.added}${this.text.slice(at)}`;
  }
}

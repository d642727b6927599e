/**
 * A worksheet part edited by splicing: a namespace-aware parser (saxes) finds where each of the
 * worksheet's own elements starts and ends; only `sheetData` is parsed into a DOM and written back, and
 * the few other elements ziping sets (legacyDrawing, sheetPr, pageSetup) are replaced or inserted as
 * text. Everything else keeps its exact text — and a sheet with 50,000 merges costs what its cells cost.
 */
import type { Document } from '@xmldom/xmldom';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { parseRangeA1, type CellRange } from '../../../core/grid';
import { MergeIndex } from '../../../core/mergeIndex';
import { NS, parseXml, serializeXml } from '../ooxml/xml';

/** CT_Worksheet's children in schema order: a new element goes before the first one found later in it. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
];

/** Where one of the worksheet's own (depth-2, main namespace) elements sits in the text. */
interface Span {
  local: string;
  start: number;
  end: number;
}

export interface SheetScan {
  /** Length of the text scanned: a scan is only ever used with that text. */
  length: number;
  rootEnd: number;
  rootName: string;
  /** Offset of the root's end tag. */
  rootClose: number;
  elements: Span[];
  legacyDrawingId: string | null;
  /** The mergeCell refs as written; parsed only when a value is written (see `merges`). */
  mergeRefs: string[];
  /** `<col>` attributes and `<sheetFormatPr>` attributes, for the sheet's layout. */
  cols: Array<Record<string, string>>;
  format: Record<string, string>;
  relPrefix: string | null;
  mainPrefix: string;
}

const attributesOf = (tag: SaxesTagNS) => {
  const out: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) if (a.prefix === '') out[a.local] = a.value;
  return out;
};

/**
 * Builds a SheetScan from a parser's events; the reader feeds it from the pass that extracts cell values
 * (valuesPackage.ts), so the writer does not parse a sheet it edits a second time.
 */
export class SheetScanner {
  private readonly out: SheetScan;
  private depth = 0;
  private open: Span | null = null;

  constructor(private readonly text: string) {
    this.out = { length: text.length, rootEnd: -1, rootName: '', rootClose: -1, elements: [], legacyDrawingId: null, mergeRefs: [], cols: [], format: {}, relPrefix: null, mainPrefix: '' };
  }

  /** A start tag; `position` is the parser's offset just after it. */
  opened(tag: SaxesTagNS, position: number): void {
    const out = this.out;
    this.depth++;
    if (this.depth === 1) {
      out.rootEnd = position;
      out.rootName = tag.name;
      out.mainPrefix = tag.prefix;
      for (const a of Object.values(tag.attributes)) if (a.prefix === 'xmlns' && a.value === NS.rel) out.relPrefix = a.local;
    } else if (this.depth === 2 && tag.uri === NS.main) {
      this.open = { local: tag.local, start: this.text.lastIndexOf('<', position - 1), end: -1 };
      if (tag.local === 'legacyDrawing') out.legacyDrawingId = Object.values(tag.attributes).find((a) => a.uri === NS.rel && a.local === 'id')?.value ?? null;
      if (tag.local === 'sheetFormatPr') out.format = attributesOf(tag);
    } else if (this.depth === 3 && tag.uri === NS.main) {
      if (tag.local === 'mergeCell') out.mergeRefs.push(String(tag.attributes.ref?.value ?? ''));
      if (tag.local === 'col') out.cols.push(attributesOf(tag));
    }
  }

  /** An end tag (or the end of an empty-element tag); `position` is the offset just after it. */
  closed(position: number): void {
    if (this.depth === 2 && this.open) {
      this.open.end = position;
      this.out.elements.push(this.open);
      this.open = null;
    }
    if (this.depth === 1) this.out.rootClose = this.text.lastIndexOf('<', position - 1);
    this.depth--;
  }

  get result(): SheetScan {
    return this.out;
  }
}

/** Key under which the reader leaves its scan of a sheet part in the package (OoxmlPackage.remember). */
export const SHEET_SCAN = 'sheetScan';

export function scanSheet(text: string): SheetScan {
  const parser = new SaxesParser({ xmlns: true });
  const scanner = new SheetScanner(text);
  parser.on('opentag', (tag) => scanner.opened(tag, parser.position));
  parser.on('closetag', () => scanner.closed(parser.position));
  parser.write(text).close();
  return scanner.result;
}

/** A replacement of text[start, end) (an insertion when they are equal); `rank` orders insertions at one offset. */
interface Splice {
  start: number;
  end: number;
  text: string;
  rank: number;
}

export class SheetPart {
  /** root + sheetData only: the cells to edit. */
  readonly doc: Document;
  private mergeIndex: MergeIndex | null = null;
  readonly legacyDrawingId: string | null;
  private readonly info: SheetScan;
  private readonly sheetData: Span;
  private readonly splices = new Map<string, Splice>();
  private dataChanged = false;

  /** `scan`: the reader's scan of this very text, when it has one (else the text is scanned here). */
  constructor(private readonly text: string, scan?: SheetScan) {
    this.info = scan && scan.length === text.length ? scan : scanSheet(text);
    const sd = this.info.elements.find((e) => e.local === 'sheetData');
    const okOffsets = sd && text.startsWith('<', sd.start) && text.charAt(sd.end - 1) === '>' && text.startsWith('<', this.info.rootClose) && this.info.rootClose >= sd.end;
    if (!okOffsets) throw new Error('worksheet part without a sheetData element');
    this.sheetData = sd;
    this.legacyDrawingId = this.info.legacyDrawingId;
    this.doc = parseXml(`${text.slice(0, this.info.rootEnd)}${text.slice(sd.start, sd.end)}</${this.info.rootName}>`);
  }

  /** The merged area holding (row, col), if any (the core's rectangle index: 50,000 merges cost n log n once). */
  mergeAt(row: number, col: number): CellRange | undefined {
    this.mergeIndex ??= new MergeIndex(this.info.mergeRefs.map(parseRangeA1).filter((r): r is CellRange => r !== null));
    return this.mergeIndex.at(row, col);
  }

  /** `<col>` attributes (min, max, width, hidden …) as written. */
  get columns(): ReadonlyArray<Record<string, string>> {
    return this.info.cols;
  }

  /** `<sheetFormatPr>` attributes (defaultColWidth, baseColWidth, defaultRowHeight …) as written. */
  get format(): Readonly<Record<string, string>> {
    return this.info.format;
  }

  /** The main namespace's prefix in this part, with its colon ("" when it is the default namespace). */
  get prefix(): string {
    return this.info.mainPrefix ? `${this.info.mainPrefix}:` : '';
  }

  /** Marks the cells as edited (they are serialised again). */
  touchCells(): void {
    this.dataChanged = true;
  }

  /** The text of the worksheet's `local` element as it will be written (null when there is none). */
  element(local: string): string | null {
    const set = this.splices.get(local);
    if (set) return set.text === '' ? null : set.text;
    const found = this.info.elements.find((e) => e.local === local);
    return found ? this.text.slice(found.start, found.end) : null;
  }

  /**
   * Replaces the worksheet's `local` element with `xml` ('' removes it), or inserts it where CT_Worksheet
   * wants it. Not for sheetData, whose cells are edited through `doc`.
   */
  setElement(local: string, xml: string): void {
    const rank = WORKSHEET_ORDER.indexOf(local);
    if (rank < 0 || local === 'sheetData') throw new Error(`Not an element ziping sets: ${local}`);
    const found = this.info.elements.find((e) => e.local === local);
    if (found) {
      this.splices.set(local, { start: found.start, end: found.end, text: xml, rank });
      return;
    }
    const later = this.info.elements.find((e) => WORKSHEET_ORDER.indexOf(e.local) > rank);
    const at = later ? later.start : this.info.rootClose;
    if (xml === '') this.splices.delete(local);
    else this.splices.set(local, { start: at, end: at, text: xml, rank });
  }

  /** Adds `<legacyDrawing r:id>` where CT_Worksheet wants it. */
  addLegacyDrawing(relId: string): void {
    const r = this.info.relPrefix ?? 'r';
    const decl = this.info.relPrefix ? '' : ` xmlns:r="${NS.rel}"`;
    this.setElement('legacyDrawing', `<${this.prefix}legacyDrawing${decl} ${r}:id="${relId}"/>`);
  }

  get changed(): boolean {
    return this.dataChanged || this.splices.size > 0;
  }

  toString(): string {
    const edits = [...this.splices.values()];
    if (this.dataChanged) {
      const out = serializeXml(this.doc);
      // The serialised mini document is <root …>SHEETDATA</root>: the root's start tag holds no '<'.
      const open = out.indexOf('<', out.indexOf(`<${this.info.rootName}`) + 1);
      edits.push({ start: this.sheetData.start, end: this.sheetData.end, text: out.slice(open, out.lastIndexOf('</')), rank: WORKSHEET_ORDER.indexOf('sheetData') });
    }
    edits.sort((a, b) => a.start - b.start || a.rank - b.rank);
    let result = '';
    let from = 0;
    for (const e of edits) {
      result += this.text.slice(from, e.start) + e.text;
      from = e.end;
    }
    return result + this.text.slice(from);
  }
}

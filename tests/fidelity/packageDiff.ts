/**
 * Compares a scored copy with its input part by part (the fidelity README's rules): what is allowed to
 * change, where, and that everything else is byte for byte or element for element the same.
 */
import JSZip from 'jszip';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const parse = (text: string) => new DOMParser().parseFromString(text, 'text/xml').documentElement!;
export const ser = (e: Element) => new XMLSerializer().serializeToString(e);
export const kids = (e: Element, local?: string): Element[] =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1 && (local === undefined || (n as Element).localName === local));
const kid = (e: Element, local: string) => kids(e, local)[0];

export interface Zip {
  names: string[];
  text(name: string): Promise<string>;
  bytes(name: string): Promise<Buffer>;
}

export async function openZip(buf: Buffer): Promise<Zip> {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return {
    names,
    text: (n) => zip.file(n)!.async('string'),
    bytes: (n) => zip.file(n)!.async('nodebuffer'),
  };
}

/** Problems found: each a short English sentence naming the part. Empty means the copy keeps everything. */
export type Problems = string[];

/** Every input relationship is still there with the same type and target. */
function compareRels(part: string, a: Element, b: Element, out: Problems) {
  const key = (e: Element) => `${e.getAttribute('Id')}|${e.getAttribute('Type')}|${e.getAttribute('Target')}|${e.getAttribute('TargetMode') ?? ''}`;
  const after = new Set(kids(b, 'Relationship').map(key));
  for (const r of kids(a, 'Relationship')) if (!after.has(key(r))) out.push(`${part}: relationship ${key(r)} lost`);
}

function compareContentTypes(a: Element, b: Element, out: Problems) {
  const key = (e: Element) => `${e.localName}|${(e.getAttribute('PartName') ?? e.getAttribute('Extension') ?? '').toLowerCase()}|${e.getAttribute('ContentType')}`;
  const after = new Set(kids(b).map(key));
  for (const e of kids(a)) if (!after.has(key(e))) out.push(`[Content_Types].xml: ${key(e)} lost`);
}

/** Input children of a container kept, in order, at the same indices (new ones appended). */
function comparePrefix(part: string, what: string, a: Element | undefined, b: Element | undefined, out: Problems) {
  if (!a) return;
  if (!b) return void out.push(`${part}: ${what} lost`);
  const ka = kids(a);
  const kb = kids(b);
  ka.forEach((e, i) => {
    if (!kb[i] || ser(e) !== ser(kb[i])) out.push(`${part}: ${what}[${i}] changed`);
  });
}

function compareStyles(a: Element, b: Element, out: Problems) {
  for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
    comparePrefix('styles.xml', name, kid(a, name), kid(b, name), out);
  }
  for (const e of kids(a)) {
    if (!['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'].includes(e.localName ?? '')) {
      if (!kids(b).some((f) => ser(f) === ser(e))) out.push(`styles.xml: ${e.localName} changed`);
    }
  }
}

export interface WorkbookNames {
  /** Sheet names inserted by the plans, to map sheet-scoped names' indices. */
  added: string[];
}

function compareWorkbook(a: Element, b: Element, out: Problems) {
  const sheetsA = kids(kid(a, 'sheets'), 'sheet');
  const sheetsB = kids(kid(b, 'sheets'), 'sheet');
  const keyOf = (e: Element) => `${e.getAttribute('name')}|${e.getAttribute('sheetId')}|${e.getAttribute('state') ?? ''}|${e.getAttributeNS(REL_NS, 'id')}`;
  const kept = sheetsB.map(keyOf).filter((k) => sheetsA.map(keyOf).includes(k));
  if (JSON.stringify(kept) !== JSON.stringify(sheetsA.map(keyOf))) out.push(`workbook.xml: sheets changed: ${JSON.stringify(sheetsA.map(keyOf))} → ${JSON.stringify(sheetsB.map(keyOf))}`);
  const nameB = sheetsB.map((e) => e.getAttribute('name'));
  const scopeName = (sheets: Element[], id: string | null) => (id === null ? '(workbook)' : sheets[Number(id)]?.getAttribute('name'));
  const names = (root: Element, sheets: Element[]) =>
    new Set(kids(kid(root, 'definedNames') ?? root.ownerDocument!.createElement('x'), 'definedName').map((d) => `${d.getAttribute('name')}|${scopeName(sheets, d.getAttribute('localSheetId'))}|${d.getAttribute('hidden') ?? ''}|${d.getAttribute('comment') ?? ''}|${d.textContent}`));
  const after = names(b, sheetsB);
  for (const n of names(a, sheetsA)) if (!after.has(n)) out.push(`workbook.xml: defined name ${n} lost or changed`);
  for (const e of kids(a)) {
    const local = e.localName ?? '';
    if (local === 'sheets' || local === 'definedNames') continue;
    const same = kids(b, local).map(ser);
    // bookViews may shift activeTab/firstSheet to keep pointing at the same sheet when one is inserted.
    if (local === 'bookViews' && nameB.length !== sheetsA.length) continue;
    if (!same.includes(ser(e))) out.push(`workbook.xml: ${local} changed`);
  }
}

const COLS = (n: number): string => (n < 0 ? '' : COLS(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
/** Cells of a row by address; cells without the optional `r` follow the one before them. */
function cellsByRef(row: Element): Map<string, Element> {
  const out = new Map<string, Element>();
  let col = -1;
  for (const c of kids(row, 'c')) {
    const r = c.getAttribute('r');
    const m = r ? /^([A-Z]+)/.exec(r) : null;
    col = m ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : col + 1;
    out.set(`${COLS(col)}${row.getAttribute('r')}`, c);
  }
  return out;
}
/** A cell's serialisation without its `r` (the copy may spell out an `r` the input left implicit). */
const cellText = (c: Element) => ser(c).replace(/ r="[A-Z]+\d+"/, '');

/** What a plan may change in a sheet part: its cells, the rows of its wrapped cells, and (printFit) the page fit. */
export interface PlannedSheetChanges {
  cells: Set<string>;
  /** Cells holding wrapped text the plan writes: their rows (whole merged areas) may grow. */
  wrapCells: Set<string>;
  /** The plan fits the sheet to the page width when the unit set no page setup of its own. */
  printFit: boolean;
}

const A1 = /^([A-Z]+)(\d+)$/;
const rowOf = (ref: string) => Number(A1.exec(ref)?.[2] ?? NaN);
const colOf = (ref: string) => [...(A1.exec(ref)?.[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** 1-based rows of the wrapped cells, each widened to the merged area it sits in. */
function growableRows(sheet: Element, wrapCells: Set<string>): Set<number> {
  const merges = kids(kid(sheet, 'mergeCells'), 'mergeCell').map((m) => (m.getAttribute('ref') ?? '').split(':'));
  const rows = new Set<number>();
  for (const ref of wrapCells) {
    const [r, c] = [rowOf(ref), colOf(ref)];
    const area = merges.find(([tl, br]) => br && r >= rowOf(tl) && r <= rowOf(br) && c >= colOf(tl) && c <= colOf(br));
    for (let x = area ? rowOf(area[0]) : r; x <= (area ? rowOf(area[1]) : r); x++) rows.add(x);
  }
  return rows;
}

/** An element with the page-fit attributes ziping may set taken out (and a pageSetUpPr or sheetPr left empty by that). */
function withoutPageFit(e: Element): string {
  const copy = e.cloneNode(true) as Element;
  if (copy.localName === 'pageSetup') for (const a of ['fitToWidth', 'fitToHeight']) copy.removeAttribute(a);
  if (copy.localName === 'sheetPr') {
    const pr = kid(copy, 'pageSetUpPr');
    pr?.removeAttribute('fitToPage');
    if (pr && !pr.attributes.length) copy.removeChild(pr);
  }
  return ser(copy);
}

/** Whether the unit set a page setup of its own (fit to page, or a scale other than 100 %): ziping must not touch it. */
function ownPageSetup(sheet: Element): boolean {
  const fit = kid(kid(sheet, 'sheetPr') ?? sheet, 'pageSetUpPr')?.getAttribute('fitToPage');
  const scale = kid(sheet, 'pageSetup')?.getAttribute('scale');
  return fit === '1' || fit === 'true' || (scale !== null && scale !== undefined && scale !== '' && Number(scale) !== 100);
}

/**
 * Everything but the planned changes: other elements of the sheet kept exactly (sheetPr and pageSetup
 * up to the page fit a printFit plan adds), rows keep their attributes (only the rows of wrapped cells
 * may grow), unplanned cells unchanged.
 */
function compareSheet(part: string, a: Element, b: Element, planned: PlannedSheetChanges, out: Problems) {
  const rest = (root: Element) => kids(root).filter((e) => e.localName !== 'sheetData');
  const after = rest(b).map(ser);
  for (const e of rest(a)) {
    if (after.includes(ser(e))) continue;
    const eb = kid(b, e.localName!);
    const fitOnly = planned.printFit && !ownPageSetup(a) && ['sheetPr', 'pageSetup'].includes(e.localName ?? '') && eb !== undefined && withoutPageFit(e) === withoutPageFit(eb);
    if (!fitOnly) out.push(`${part}: <${e.localName}> changed or lost`);
  }
  const growable = growableRows(a, planned.wrapCells);
  const rowsB = new Map(kids(kid(b, 'sheetData'), 'row').map((r) => [r.getAttribute('r'), r]));
  for (const row of kids(kid(a, 'sheetData'), 'row')) {
    const rb = rowsB.get(row.getAttribute('r'));
    if (!rb) return void out.push(`${part}: row ${row.getAttribute('r')} lost`);
    const grows = growable.has(Number(row.getAttribute('r')));
    if (grows && Number(rb.getAttribute('ht') ?? Infinity) < Number(row.getAttribute('ht') ?? 0)) out.push(`${part}: row ${row.getAttribute('r')} shrank`);
    for (const attr of Array.from(row.attributes)) {
      if (grows && (attr.name === 'ht' || attr.name === 'customHeight')) continue;
      if (attr.name !== 'spans' && rb.getAttribute(attr.name) !== attr.value) out.push(`${part}: row ${row.getAttribute('r')} @${attr.name} changed`);
    }
    if (!grows && !row.getAttribute('customHeight') && rb.getAttribute('customHeight')) out.push(`${part}: row ${row.getAttribute('r')} got a custom height`);
    const cellsB = cellsByRef(rb);
    for (const [ref, c] of cellsByRef(row)) {
      const cb = cellsB.get(ref);
      if (!cb) out.push(`${part}: cell ${ref} lost`);
      else if (!planned.cells.has(ref) && cellText(c) !== cellText(cb)) out.push(`${part}: unplanned cell ${ref} changed`);
    }
  }
}

/** Every input note is still there with its author and text (ours may follow the unit's text). */
function compareComments(part: string, a: Element, b: Element, out: Problems) {
  const authors = (root: Element) => kids(kid(root, 'authors'), 'author').map((x) => x.textContent ?? '');
  const [aa, ab] = [authors(a), authors(b)];
  const notes = (root: Element, names: string[]) =>
    new Map(kids(kid(root, 'commentList'), 'comment').map((c) => [c.getAttribute('ref'), { author: names[Number(c.getAttribute('authorId'))], text: kid(c, 'text')?.textContent ?? '' }]));
  const after = notes(b, ab);
  for (const [ref, n] of notes(a, aa)) {
    const m = after.get(ref);
    if (!m) out.push(`${part}: note ${ref} lost`);
    else if (m.author !== n.author || !m.text.startsWith(n.text)) out.push(`${part}: note ${ref} changed (${n.author} → ${m.author})`);
  }
}

function compareCustomProps(a: Element, b: Element, out: Problems) {
  const after = new Set(kids(b).map(ser));
  for (const p of kids(a)) if (!after.has(ser(p))) out.push(`docProps/custom.xml: property ${p.getAttribute('name')} lost`);
}

/**
 * `planned`: part name of each scored sheet → what its plan may change. Parts that may change:
 * those sheets, their rels/comments/VML, styles, workbook (+rels), content types, custom properties.
 */
export async function comparePackages(input: Zip, copy: Zip, planned: Map<string, PlannedSheetChanges>): Promise<Problems> {
  const out: Problems = [];
  const copyNames = new Set(copy.names);
  for (const name of input.names) {
    if (!copyNames.has(name)) {
      out.push(`${name}: missing from the copy`);
      continue;
    }
    const [ba, bb] = await Promise.all([input.bytes(name), copy.bytes(name)]);
    if (ba.equals(bb)) continue;
    const [a, b] = [parse(ba.toString('utf8')), parse(bb.toString('utf8'))];
    if (name.endsWith('.rels')) compareRels(name, a, b, out);
    else if (name === '[Content_Types].xml') compareContentTypes(a, b, out);
    else if (a.localName === 'styleSheet') compareStyles(a, b, out);
    else if (a.localName === 'workbook' && a.namespaceURI === MAIN) compareWorkbook(a, b, out);
    else if (a.localName === 'worksheet' && planned.has(name)) compareSheet(name, a, b, planned.get(name)!, out);
    else if (a.localName === 'comments') compareComments(name, a, b, out);
    else if (name.toLowerCase().endsWith('.vml')) {
      // VML boxes: every input shape kept.
      const shapes = (root: Element) => Array.from(root.getElementsByTagName('v:shape')).map((s) => ser(s as unknown as Element));
      const after = new Set(shapes(b));
      for (const s of shapes(a)) if (!after.has(s)) out.push(`${name}: a note box changed`);
    } else if (a.localName === 'Properties' && name.includes('custom')) compareCustomProps(a, b, out);
    else out.push(`${name}: changed, though the plan has no reason to touch it`);
  }
  return out;
}

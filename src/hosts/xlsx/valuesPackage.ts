/**
 * The package ExcelJS reads: only what a Grid needs (cell values, formulas, number formats, sheet
 * names and states), rebuilt from the input by a namespace-aware streaming parser. This is what lets
 * valid variants ExcelJS cannot read be scored (x:-prefixed parts, cells without `r`, sheet parts with
 * other names, "./" targets, duplicate sheetIds, openpyxl paths), and keeps merges, validations and
 * conditional formats away from ExcelJS, which expands every covered cell (whole-column or 50,000 merges).
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { parseA1, parseRangeA1, toA1, type CellRange } from '../../core/grid';
import type { OoxmlPackage } from './ooxml/package';
import { PackageError, type WorkbookStructure } from './ooxml/workbookStructure';
import { NS } from './ooxml/xml';
import { SHEET_SCAN, SheetScanner, type SheetScan } from './patch/sheetPart';

export interface ValuesPackage {
  /** A minimal .xlsx for ExcelJS, sheets in workbook order. */
  bytes: Buffer;
  /** Merged areas per sheet name, read from the input (ExcelJS never sees them). */
  merges: Map<string, CellRange[]>;
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) =>
  escText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

/** Start tag in the default namespace: unprefixed attributes and xml:space only. */
function startTag(tag: SaxesTagNS, override: Record<string, string> = {}): string {
  let out = `<${tag.local}`;
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(override)) {
    out += ` ${name}="${escAttr(value)}"`;
    seen.add(name);
  }
  for (const a of Object.values(tag.attributes)) {
    if (seen.has(a.name)) continue;
    if (a.prefix === '' && a.name !== 'xmlns') out += ` ${a.local}="${escAttr(a.value)}"`;
    else if (a.prefix === 'xml') out += ` ${a.name}="${escAttr(a.value)}"`;
  }
  return out + '>';
}

/**
 * Re-emits a SpreadsheetML part with every main-namespace element unprefixed, dropping elements of
 * other namespaces (extensions ExcelJS does not need). `filter` may skip an element's whole subtree.
 */
function reemit(
  xml: string,
  hooks: {
    skip?: (tag: SaxesTagNS, depth: number, path: string[]) => boolean;
    open?: (tag: SaxesTagNS, path: string[]) => Record<string, string> | undefined;
    text?: (text: string, path: string[]) => string;
  } = {},
): string {
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  let out = '';
  let skipDepth = -1;
  parser.on('opentag', (tag) => {
    path.push(tag.local);
    if (skipDepth >= 0) return;
    if (tag.uri !== NS.main || hooks.skip?.(tag, path.length, path)) {
      skipDepth = path.length;
      return;
    }
    const attrs = hooks.open?.(tag, path);
    out += startTag(tag, attrs);
    if (path.length === 1) out = out.replace(/^<(\w+)/, `<$1 xmlns="${NS.main}"`);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth < 0) out += `</${tag.local}>`;
    else if (skipDepth === path.length) skipDepth = -1;
    path.pop();
  });
  const onText = (t: string) => {
    if (skipDepth < 0 && path.length > 1) out += escText(hooks.text ? hooks.text(t, path) : t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${out}`;
}

const PREFIXED_OR_HIDDEN = /<\/?[A-Za-z_][\w.-]*:|<!--|<!\[CDATA\[/;
const DEFAULT_MAIN_NAMESPACE = new RegExp(`^(?:\\uFEFF)?(?:<\\?[^>]*\\?>\\s*)?<\\w+[^>]*\\sxmlns="${NS.main.replace(/[./]/g, '\\$&')}"`);
/**
 * Whether a part is already what `reemit` would give ExcelJS: no prefixed element anywhere (so no
 * `x:` SpreadsheetML and no extension elements), no comment or CDATA to hide markup. Most styles and
 * shared strings parts are; passing them through saves a parse per file.
 */
export function isPlainSpreadsheetMl(text: string): boolean {
  return DEFAULT_MAIN_NAMESPACE.test(text) && !PREFIXED_OR_HIDDEN.test(text);
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Keeps only sheetData, with every row and cell given an explicit `r`; collects the merges, and the scan
 * the writer needs to edit this sheet (so a scored sheet is parsed once for reading and writing). A plain
 * sheet's sheetData goes as written; `passThrough: false` rewrites it anyway (tests compare the two).
 */
export function valuesOfSheet(xml: string, opts: { passThrough?: boolean } = {}): { xml: string; merges: CellRange[]; scan: SheetScan } {
  const first = scanValues(xml);
  const sheetData = first.scan.elements.find((e) => e.local === 'sheetData');
  if (first.plain && sheetData && opts.passThrough !== false) {
    // Already what ExcelJS reads: the root's start tag (its namespace declarations) and sheetData as written.
    const root = xml.slice(xml.lastIndexOf('<', first.scan.rootEnd - 1), first.scan.rootEnd);
    return { xml: `${XML_DECL}${root}${xml.slice(sheetData.start, sheetData.end)}</${first.scan.rootName}>`, merges: first.merges, scan: first.scan };
  }
  return { ...rewrittenSheet(xml), merges: first.merges, scan: first.scan };
}

/**
 * One pass over a sheet part: the writer's scan, the merges, and whether its sheetData can go to ExcelJS
 * as written — every element unprefixed SpreadsheetML, every row and cell with an `r` that agrees, no
 * boolean cell (LibreOffice writes true/false where ExcelJS expects 1/0).
 */
function scanValues(xml: string): { scan: SheetScan; merges: CellRange[]; plain: boolean } {
  const parser = new SaxesParser({ xmlns: true });
  const scanner = new SheetScanner(xml);
  const merges: CellRange[] = [];
  let depth = 0;
  let inData = false;
  let plain = true;
  let row = 0;
  parser.on('opentag', (tag) => {
    scanner.opened(tag, parser.position);
    depth++;
    if (depth === 1 && (tag.prefix !== '' || tag.uri !== NS.main)) plain = false;
    if (depth === 2 && tag.local === 'sheetData' && tag.uri === NS.main) inData = true;
    else if (inData && depth > 2 && plain) {
      if (tag.prefix !== '' || tag.uri !== NS.main) plain = false;
      else if (depth === 3 && tag.local === 'row') {
        row = Number(tag.attributes.r?.value);
        if (!(Number.isInteger(row) && row > 0)) plain = false;
      } else if (depth === 4 && tag.local === 'c') {
        const at = parseA1(String(tag.attributes.r?.value ?? ''));
        if (!at || at.row !== row - 1 || tag.attributes.t?.value === 'b') plain = false;
      }
    }
    if (tag.local === 'mergeCell' && tag.uri === NS.main) {
      const range = parseRangeA1(String(tag.attributes.ref?.value ?? ''));
      if (range) merges.push(range);
    }
  });
  parser.on('closetag', () => {
    scanner.closed(parser.position);
    if (depth === 2) inData = false;
    depth--;
  });
  parser.write(xml).close();
  return { scan: scanner.result, merges, plain };
}

/** The sheetData of any valid variant rewritten for ExcelJS: unprefixed, an explicit `r` everywhere, booleans as 1/0. */
function rewrittenSheet(xml: string): { xml: string } {
  let row = 0;
  let col = -1;
  let boolCell = false;
  const out = reemit(xml, {
    skip: (tag, depth, path) => depth === 2 && tag.local !== 'sheetData' ? true : depth > 2 && path[1] !== 'sheetData',
    open: (tag, path) => {
      if (tag.local === 'row' && path.length === 3) {
        const r = Number(tag.attributes.r?.value);
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        col = -1;
        return { r: String(row) };
      }
      if (tag.local === 'c' && path.length === 4) {
        const at = parseA1(String(tag.attributes.r?.value ?? ''));
        col = at ? at.col : col + 1;
        boolCell = tag.attributes.t?.value === 'b';
        return { r: toA1(row - 1, col) };
      }
      return undefined;
    },
    // LibreOffice may write boolean cells as true/false; ExcelJS expects 1/0.
    text: (t, path) => (boolCell && path[path.length - 1] === 'v' ? t.replace(/^true$/, '1').replace(/^false$/, '0') : t),
  });
  return { xml: out };
}

const escName = (s: string) => escAttr(s);

export async function buildValuesPackage(pkg: OoxmlPackage, wb: WorkbookStructure): Promise<ValuesPackage> {
  const zip = new JSZip();
  // Encoded by Node: JSZip's JavaScript UTF-8 encoder is several times slower.
  const put = (name: string, text: string) => zip.file(name, Buffer.from(text, 'utf8'));
  const merges = new Map<string, CellRange[]>();
  const sheetsXml: string[] = [];
  const relsXml: string[] = [];
  const overrides: string[] = [];
  let n = 0;
  for (const sheet of wb.sheets) {
    if (!sheet.isWorksheet) continue;
    const text = sheet.part ? await pkg.text(sheet.part) : null;
    if (text === null) throw new PackageError(`工作簿列出的工作表“${sheet.name}”在文件中找不到（${sheet.part ?? '缺少关系'}）`);
    n++;
    const values = valuesOfSheet(text);
    merges.set(sheet.name, values.merges);
    pkg.remember(sheet.part!, SHEET_SCAN, values.scan);
    put(`xl/worksheets/sheet${n}.xml`, values.xml);
    const state = sheet.state === 'visible' ? '' : ` state="${sheet.state}"`;
    sheetsXml.push(`<sheet name="${escName(sheet.name)}" sheetId="${n}"${state} r:id="rIdS${n}"/>`);
    relsXml.push(`<Relationship Id="rIdS${n}" Type="${NS.rel}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  }
  for (const [part, name, type] of [
    [wb.stylesPart, 'styles.xml', 'styles'],
    [wb.sharedStringsPart, 'sharedStrings.xml', 'sharedStrings'],
  ] as const) {
    const text = part ? await pkg.text(part) : null;
    if (text === null) continue;
    put(`xl/${name}`, isPlainSpreadsheetMl(text) ? text.replace(/^\uFEFF/, '') : reemit(text));
    relsXml.push(`<Relationship Id="rId${type}" Type="${NS.rel}/${type}" Target="${name}"/>`);
    overrides.push(`<Override PartName="/xl/${name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`);
  }
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  put(
    'xl/workbook.xml',
    `${decl}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">${wb.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetsXml.join('')}</sheets></workbook>`,
  );
  put('xl/_rels/workbook.xml.rels', `${decl}<Relationships xmlns="${NS.pkgRels}">${relsXml.join('')}</Relationships>`);
  put('_rels/.rels', `${decl}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="${NS.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put(
    '[Content_Types].xml',
    `${decl}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), merges };
}

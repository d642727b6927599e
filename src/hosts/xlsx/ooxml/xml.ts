/** Namespace-aware XML helpers over @xmldom/xmldom: parse, serialise, find and create elements. */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  customProps: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Relationship types, as the part they point to. */
export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  customProps: `${NS.rel}/custom-properties`,
} as const;

/**
 * xmldom 0.9 compiles its (large, Unicode) QName pattern again for every end tag it reads
 * (`grammar.reg` in lib/sax.js): ~0.1 ms per `</c>`. The patterns are pure functions of their parts and
 * used without the `g` flag, so they are built once per distinct set of parts.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const grammar = require('@xmldom/xmldom/lib/grammar') as { reg: (...parts: Array<RegExp | string>) => RegExp };
interface PatternTrie {
  next: Map<RegExp | string, PatternTrie>;
  re?: RegExp;
}
const compiled: PatternTrie = { next: new Map() };
const buildPattern = grammar.reg;
grammar.reg = function (this: unknown, ...parts: Array<RegExp | string>): RegExp {
  // Keyed by the parts themselves (the same grammar objects on every call): no string building.
  let node = compiled;
  for (const part of parts) {
    let child = node.next.get(part);
    if (!child) node.next.set(part, (child = { next: new Map() }));
    node = child;
  }
  node.re ??= buildPattern.apply(this, parts);
  return node.re;
};

// One parser and serialiser for the process: each is stateless between calls.
// Problems are not printed (xmldom logs them to the console by default, into the clerk's terminal):
// fatal ones still throw a ParseError, which the reader turns into a zh-CN 文件已损坏 message.
const parser = new DOMParser({ onError: () => undefined });
const serializer = new XMLSerializer();

export function parseXml(text: string): Document {
  // xmldom throws a ParseError on fatal errors (not well-formed), which is what we want.
  return parser.parseFromString(text, 'text/xml');
}

export function serializeXml(doc: Node): string {
  return serializer.serializeToString(doc);
}

/**
 * A deep copy of `node` owned by `doc`. xmldom 0.9's cloneNode/importNode copy every enumerable property
 * of every node (~0.13 ms for a note's VML box); building the copy with the DOM's own factories is ~4×
 * faster, and a copy is made for every note and style ziping adds.
 */
export function copyNode<T extends Node>(doc: Document, node: T): T {
  if (node.nodeType === 3) return doc.createTextNode((node as unknown as { data: string }).data) as unknown as T;
  if (node.nodeType !== 1) return doc.importNode(node, true) as T;
  const el = node as unknown as Element;
  const out = doc.createElementNS(el.namespaceURI, el.tagName);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    out.setAttributeNS(a.namespaceURI, a.name, a.value);
  }
  for (let n = el.firstChild; n; n = n.nextSibling) out.appendChild(copyNode(doc, n));
  return out as unknown as T;
}

/** Element children of `parent` with this local name in `ns` (SpreadsheetML main by default). */
export function childElements(parent: Element, localName?: string, ns: string = NS.main): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (localName !== undefined && (e.localName !== localName || e.namespaceURI !== ns)) continue;
    out.push(e);
  }
  return out;
}

export function firstChild(parent: Element, localName: string, ns: string = NS.main): Element | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName && (n as Element).namespaceURI === ns) return n as Element;
  }
  return null;
}

/** A new element in `parent`'s namespace, spelled with `parent`'s prefix (x:-prefixed parts stay prefixed). */
export function createLike(parent: Element, localName: string): Element {
  const doc = parent.ownerDocument!;
  const qname = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  return doc.createElementNS(parent.namespaceURI, qname);
}

/** Text of all descendant `t` elements of SpreadsheetML rich text (`<t>` or `<r><t>`), skipping phonetic runs. */
export function richText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === 't') out += e.textContent ?? '';
    else if (e.localName === 'r') out += richText(e);
  }
  return out;
}

/** OOXML booleans: "1"/"true" (LibreOffice writes true/false). */
export const isTrue = (v: string | null | undefined) => v === '1' || v === 'true';

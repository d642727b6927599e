/**
 * styles.xml edits: new fonts, fills, borders, number formats and cell formats are appended; existing
 * indices and the first (Normal) font never change, so every cell the plan does not touch keeps its look.
 */
import type { Document, Element } from '@xmldom/xmldom';
import type { PlannedCellStyle } from '../../../core/writePlan';
import { childElements, copyNode, createLike, firstChild, NS, serializeXml } from '../ooxml/xml';

/** How ziping marks a cell: fill by severity, its own font colour for its text, wrapped commentary. */
export interface MarkLook {
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
}

/** Order of styleSheet's children (CT_Stylesheet), to insert a missing container where it belongs. */
const SHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const argb = (hex: string) => {
  const rgb = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(rgb)) throw new Error(`Invalid colour: ${hex}`);
  return `FF${rgb}`;
};

export class StyleBook {
  private readonly cache = new Map<string, number>();
  /** The same style object is asked for by many cells of a planned sheet: no key to build for those. */
  private readonly byStyleObject = new WeakMap<PlannedCellStyle, number>();
  /** Container name → serialised entry → its index: each existing entry is serialised once, not per append. */
  private readonly entries = new Map<string, Map<string, number>>();
  private readonly root: Element;

  constructor(doc: Document) {
    this.root = doc.documentElement!;
  }

  private container(name: string): Element {
    const found = firstChild(this.root, name);
    if (found) return found;
    const el = createLike(this.root, name);
    const later = SHEET_ORDER.slice(SHEET_ORDER.indexOf(name) + 1);
    const before = childElements(this.root).find((e) => e.namespaceURI === NS.main && later.includes(e.localName ?? '')) ?? null;
    this.root.insertBefore(el, before);
    return el;
  }

  /**
   * Appends `el` to a container and returns its index, keeping `count` right. An identical entry
   * already there (e.g. from an earlier scoring of this copy) is reused, so re-scoring gives the same indices.
   */
  private append(name: string, el: Element): number {
    const box = this.container(name);
    let known = this.entries.get(name);
    if (!known) {
      known = new Map();
      const existing = childElements(box);
      // The first of identical entries wins, as a search from the start would find it.
      for (let i = existing.length - 1; i >= 0; i--) known.set(serializeXml(existing[i]), i);
      this.entries.set(name, known);
    }
    const text = serializeXml(el);
    const same = known.get(text);
    if (same !== undefined) return same;
    box.appendChild(el);
    const n = childElements(box).length;
    box.setAttribute('count', String(n));
    known.set(text, n - 1);
    return n - 1;
  }

  private item(name: string, index: number): Element | undefined {
    const box = firstChild(this.root, name);
    return box ? childElements(box)[index] : undefined;
  }

  private newElement(name: string): Element {
    return createLike(this.root, name);
  }

  private solidFill(hex: string): number {
    const fill = this.newElement('fill');
    const pattern = createLike(fill, 'patternFill');
    pattern.setAttribute('patternType', 'solid');
    const fg = createLike(pattern, 'fgColor');
    fg.setAttribute('rgb', argb(hex));
    const bg = createLike(pattern, 'bgColor');
    bg.setAttribute('indexed', '64');
    pattern.appendChild(fg);
    pattern.appendChild(bg);
    fill.appendChild(pattern);
    return this.append('fills', fill);
  }

  /** A copy of font `fontId` (the Normal font when absent) with changes; returns the new index. */
  private derivedFont(fontId: number, change: { color?: string; bold?: boolean; size?: number }): number {
    const key = `font|${fontId}|${change.color ?? ''}|${change.bold ?? ''}|${change.size ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const index = this.newDerivedFont(fontId, change);
    this.cache.set(key, index);
    return index;
  }

  private newDerivedFont(fontId: number, change: { color?: string; bold?: boolean; size?: number }): number {
    const base = this.item('fonts', fontId) ?? this.item('fonts', 0);
    const font = base ? copyNode(this.root.ownerDocument!, base) : this.newElement('font');
    const set = (name: string, attr: string, value: string | null) => {
      for (const old of childElements(font, name)) font.removeChild(old);
      if (value === null) return;
      const el = createLike(font, name);
      el.setAttribute(attr, value);
      // CT_Font is a choice list: order is free, but b/sz first reads like Excel's own files.
      font.insertBefore(el, name === 'color' ? null : font.firstChild);
    };
    if (change.color) set('color', 'rgb', argb(change.color));
    if (change.bold !== undefined) set('b', 'val', change.bold ? '1' : null);
    if (change.size) set('sz', 'val', String(change.size));
    return this.append('fonts', font);
  }

  /** Size in points of the Normal font (the first font), 11 when the part does not say. */
  normalFontSize(): number {
    const font = this.item('fonts', 0);
    const sz = Number(font ? firstChild(font, 'sz')?.getAttribute('val') : NaN);
    return sz > 0 ? sz : 11;
  }

  private alignment(xf: Element): Element {
    const found = firstChild(xf, 'alignment');
    if (found) return found;
    const el = createLike(xf, 'alignment');
    xf.insertBefore(el, xf.firstChild); // first in CT_Xf's sequence
    return el;
  }

  /** The cell format of style `s` with ziping's mark on top; new formats are shared between cells. */
  markStyle(s: number, look: MarkLook): number {
    const key = `${s}|${look.fill ?? ''}|${look.fontColor ?? ''}|${look.wrap ? 1 : 0}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const base = this.item('cellXfs', s) ?? this.item('cellXfs', 0);
    const xf = base ? copyNode(this.root.ownerDocument!, base) : this.newElement('xf');
    if (!base) for (const a of ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId']) xf.setAttribute(a, '0');
    if (look.fill) {
      xf.setAttribute('fillId', String(this.solidFill(look.fill)));
      xf.setAttribute('applyFill', '1');
    }
    if (look.fontColor) {
      xf.setAttribute('fontId', String(this.derivedFont(Number(xf.getAttribute('fontId') ?? 0), { color: look.fontColor })));
      xf.setAttribute('applyFont', '1');
    }
    if (look.wrap) {
      this.alignment(xf).setAttribute('wrapText', '1');
      xf.setAttribute('applyAlignment', '1');
    }
    const index = this.append('cellXfs', xf);
    this.cache.set(key, index);
    return index;
  }

  private numFmtId(code: string): number {
    const box = firstChild(this.root, 'numFmts');
    const existing = box ? childElements(box, 'numFmt') : [];
    const same = existing.find((e) => e.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const id = Math.max(163, ...existing.map((e) => Number(e.getAttribute('numFmtId')) || 0)) + 1;
    const el = this.newElement('numFmt');
    el.setAttribute('numFmtId', String(id));
    el.setAttribute('formatCode', code);
    this.append('numFmts', el);
    return id;
  }

  private thinBorder(): number {
    const cached = this.cache.get('border|thin');
    if (cached !== undefined) return cached;
    const index = this.newThinBorder();
    this.cache.set('border|thin', index);
    return index;
  }

  private newThinBorder(): number {
    const border = this.newElement('border');
    for (const side of ['left', 'right', 'top', 'bottom']) {
      const el = createLike(border, side);
      el.setAttribute('style', 'thin');
      const color = createLike(el, 'color');
      color.setAttribute('indexed', '64');
      el.appendChild(color);
      border.appendChild(el);
    }
    border.appendChild(createLike(border, 'diagonal'));
    return this.append('borders', border);
  }

  /** A cell format for a cell of a sheet the plan adds. */
  plannedStyle(style: PlannedCellStyle = {}): number {
    const known = this.byStyleObject.get(style);
    if (known !== undefined) return known;
    const key = `planned|${JSON.stringify(style)}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.byStyleObject.set(style, cached);
      return cached;
    }
    const xf = this.newElement('xf');
    const numFmt = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const font = style.bold || style.fontSize || style.fontColor ? this.derivedFont(0, { bold: style.bold, size: style.fontSize, color: style.fontColor }) : 0;
    const fill = style.fill ? this.solidFill(style.fill) : 0;
    const border = style.border ? this.thinBorder() : 0;
    xf.setAttribute('numFmtId', String(numFmt));
    xf.setAttribute('fontId', String(font));
    xf.setAttribute('fillId', String(fill));
    xf.setAttribute('borderId', String(border));
    xf.setAttribute('xfId', '0');
    if (numFmt) xf.setAttribute('applyNumberFormat', '1');
    if (font) xf.setAttribute('applyFont', '1');
    if (fill) xf.setAttribute('applyFill', '1');
    if (border) xf.setAttribute('applyBorder', '1');
    if (style.wrap || style.horizontal || style.vertical) {
      const al = this.alignment(xf);
      if (style.wrap) al.setAttribute('wrapText', '1');
      if (style.horizontal) al.setAttribute('horizontal', style.horizontal);
      if (style.vertical) al.setAttribute('vertical', style.vertical === 'middle' ? 'center' : 'top');
      xf.setAttribute('applyAlignment', '1');
    }
    const index = this.append('cellXfs', xf);
    this.cache.set(key, index);
    this.byStyleObject.set(style, index);
    return index;
  }
}

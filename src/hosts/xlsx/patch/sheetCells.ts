/**
 * Cells of one worksheet part, edited in place: only the `<c>` elements the plan names change; rows and
 * cells are created in order when missing; every other element and attribute of the sheet stays as it was.
 */
import type { Document, Element } from '@xmldom/xmldom';
// ExcelJS's own formula shifter, to move a shared formula's master when its first cell is overwritten.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula: (f: string, from: string, to: string) => string };
import { parseA1, parseRangeA1, rangeToA1, toA1 } from '../../../core/grid';
import { childElements, copyNode, createLike, firstChild, parseXml, richText } from '../ooxml/xml';

export class SheetCells {
  readonly sheetData: Element;
  private readonly rows = new Map<number, Element>();

  constructor(readonly doc: Document) {
    const root = doc.documentElement!;
    let data = firstChild(root, 'sheetData');
    if (!data) {
      // CT_Worksheet: sheetData follows these (all optional) elements.
      data = createLike(root, 'sheetData');
      const head = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols'];
      const after = childElements(root).filter((e) => head.includes(e.localName ?? '')).pop();
      root.insertBefore(data, after ? after.nextSibling : root.firstChild);
    }
    this.sheetData = data;
    this.indexRows();
  }

  /** Indexes rows; rows and cells without the optional `r` get it, so inserted ones cannot shift them. */
  private indexRows(): void {
    let row = 0;
    for (const r of childElements(this.sheetData, 'row')) {
      const n = Number(r.getAttribute('r'));
      row = Number.isInteger(n) && n > 0 ? n : row + 1;
      if (!r.getAttribute('r')) r.setAttribute('r', String(row));
      this.rows.set(row - 1, r);
      let col = -1;
      for (const c of childElements(r, 'c')) {
        const at = parseA1(c.getAttribute('r') ?? '');
        col = at ? at.col : col + 1;
        if (!at) c.setAttribute('r', toA1(row - 1, col));
      }
    }
  }

  find(row: number, col: number): Element | null {
    const r = this.rows.get(row);
    if (!r) return null;
    const ref = toA1(row, col);
    return childElements(r, 'c').find((c) => c.getAttribute('r') === ref) ?? null;
  }

  /** The `<row>` of 0-based `row`, or null when the sheet has none. */
  findRow(row: number): Element | null {
    return this.rows.get(row) ?? null;
  }

  /** The `<row>` of 0-based `row`, created in order when missing. */
  row(row: number): Element {
    let r = this.rows.get(row);
    if (!r) {
      r = createLike(this.sheetData, 'row');
      r.setAttribute('r', String(row + 1));
      const next = childElements(this.sheetData, 'row').find((e) => Number(e.getAttribute('r')) > row + 1) ?? null;
      this.sheetData.insertBefore(r, next);
      this.rows.set(row, r);
    }
    return r;
  }

  /** The `<c>` at (row, col), created (in column order, in a new row if needed) when missing. */
  cell(row: number, col: number): Element {
    const r = this.row(row);
    const ref = toA1(row, col);
    const cells = childElements(r, 'c');
    const existing = cells.find((c) => c.getAttribute('r') === ref);
    if (existing) return existing;
    // (Rows are indexed; cells are found by a scan of their row, which holds a few dozen at most.)
    const c = createLike(r, 'c');
    c.setAttribute('r', ref);
    const next = cells.find((e) => (parseA1(e.getAttribute('r') ?? '')?.col ?? -1) > col) ?? null;
    r.insertBefore(c, next);
    // Keep the row's optional `spans` hint true (Excel ignores a wrong one, other readers may not).
    if (r.getAttribute('spans')) r.removeAttribute('spans');
    return c;
  }

  styleOf(c: Element): number {
    return Number(c.getAttribute('s') ?? 0) || 0;
  }

  setStyle(c: Element, s: number): void {
    if (s === 0) c.removeAttribute('s');
    else c.setAttribute('s', String(s));
  }

  /** The cell's plain value as ziping would have written it: a number or the text of an inline string. */
  valueOf(c: Element): string | number | null {
    if (firstChild(c, 'f')) return null;
    const t = c.getAttribute('t');
    if (t === 'inlineStr') {
      const is = firstChild(c, 'is');
      return is ? richText(is) : '';
    }
    const v = firstChild(c, 'v');
    if (!v) return null;
    if (!t || t === 'n') return Number(v.textContent);
    return null;
  }

  isEmpty(c: Element | null): boolean {
    return !c || (!firstChild(c, 'v') && !firstChild(c, 'f') && !firstChild(c, 'is'));
  }

  /**
   * Puts back a cell as ziping found it (`original` is its serialised `<c>`). A shared formula's master is
   * not put back: its group has a new master since (handOverSharedFormula), so the cell keeps its value.
   */
  restore(c: Element, original: string): void {
    const old = parseXml(original).documentElement!;
    const f = firstChild(old, 'f');
    if (f && f.getAttribute('t') === 'shared' && f.getAttribute('ref')) return;
    const parent = c.parentNode as Element;
    const back = copyNode(this.doc, old);
    // The serialised cell carried its namespace declaration; in place, the sheet's own is in scope.
    for (const a of Array.from(back.attributes)) {
      const prefix = a.name === 'xmlns' ? '' : a.name.startsWith('xmlns:') ? a.name.slice(6) : undefined;
      if (prefix !== undefined && parent.lookupNamespaceURI(prefix) === a.value) back.removeAttribute(a.name);
    }
    parent.replaceChild(back, c);
  }

  clearValue(c: Element): void {
    const f = firstChild(c, 'f');
    if (f) this.handOverSharedFormula(c, f);
    for (const name of ['f', 'v', 'is']) for (const e of childElements(c, name)) c.removeChild(e);
    c.removeAttribute('t');
  }

  /** Writes a number or an inline string; style, border and protection (the `s`) are kept. */
  setValue(c: Element, value: string | number): void {
    this.clearValue(c);
    if (typeof value === 'number') {
      const v = createLike(c, 'v');
      v.appendChild(this.doc.createTextNode(String(value)));
      c.appendChild(v);
      return;
    }
    c.setAttribute('t', 'inlineStr');
    const is = createLike(c, 'is');
    const t = createLike(is, 't');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(this.doc.createTextNode(value));
    is.appendChild(t);
    c.appendChild(is);
  }

  /**
   * A shared formula's master is being overwritten: the next cell of the group becomes the master with
   * the formula moved to it (as Excel does), so the other cells still compute.
   */
  private handOverSharedFormula(c: Element, f: Element): void {
    if (f.getAttribute('t') !== 'shared' || !f.getAttribute('ref')) return;
    const si = f.getAttribute('si');
    const from = c.getAttribute('r') ?? '';
    const followers: Element[] = [];
    for (const row of childElements(this.sheetData, 'row')) {
      for (const cell of childElements(row, 'c')) {
        const g = firstChild(cell, 'f');
        if (cell !== c && g && g.getAttribute('t') === 'shared' && g.getAttribute('si') === si) followers.push(cell);
      }
    }
    if (!followers.length) return;
    const master = followers[0];
    const to = master.getAttribute('r') ?? '';
    const g = firstChild(master, 'f')!;
    while (g.firstChild) g.removeChild(g.firstChild);
    g.appendChild(this.doc.createTextNode(slideFormula(f.textContent ?? '', from, to)));
    const refs = followers.map((e) => parseA1(e.getAttribute('r') ?? '')!).filter(Boolean);
    const box = parseRangeA1(to)!;
    for (const p of refs) {
      box.top = Math.min(box.top, p.row);
      box.bottom = Math.max(box.bottom, p.row);
      box.left = Math.min(box.left, p.col);
      box.right = Math.max(box.right, p.col);
    }
    g.setAttribute('ref', rangeToA1(box));
  }
}

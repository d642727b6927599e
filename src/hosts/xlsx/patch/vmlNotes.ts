/** The legacy VML drawing that gives each note its box: Excel and LibreOffice show a note only with one. */
import type { Document, Element } from '@xmldom/xmldom';
import { copyNode, parseXml } from '../ooxml/xml';

const V = 'urn:schemas-microsoft-com:vml';
const O = 'urn:schemas-microsoft-com:office:office';
const X = 'urn:schemas-microsoft-com:office:excel';

/** A new VML part holding only the note shape type; `idBlock` keeps shape ids unique across sheets. */
export function newVmlDocument(idBlock: number): Document {
  return parseXml(
    `<xml xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>` +
      `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>` +
      `<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>`,
  );
}

function shapes(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagNameNS(V, 'shape'));
}

const shapeCell = (shape: Element) => {
  const data = shape.getElementsByTagNameNS(X, 'ClientData')[0];
  const num = (name: string) => Number(data?.getElementsByTagNameNS(X, name)[0]?.textContent ?? NaN);
  return { row: num('Row'), col: num('Column') };
};

/** The note box Excel draws for a new note, parsed once; each box is a copy with its cell filled in. */
let shapeTemplate: Element | null = null;
function template(): Element {
  shapeTemplate ??= parseXml(
    `<v:shape xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}" id="" type="#_x0000_t202" ` +
      `style="" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
      `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor></x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row></x:Row><x:Column></x:Column></x:ClientData></v:shape>`,
  ).documentElement!;
  return shapeTemplate;
}

function setText(shape: Element, name: string, text: string): void {
  shape.getElementsByTagNameNS(X, name)[0].appendChild(shape.ownerDocument!.createTextNode(text));
}

/** The note boxes of one VML part, indexed by cell once (a sheet may get dozens of new notes). */
export class VmlNotes {
  private readonly byCell = new Map<string, Element>();
  private nextId: number;
  private count: number;

  constructor(readonly doc: Document) {
    const all = shapes(doc);
    for (const s of all) {
      const at = shapeCell(s);
      if (Number.isInteger(at.row)) this.byCell.set(`${at.row},${at.col}`, s);
    }
    const ids = all.map((s) => Number(/_s(\d+)$/.exec(s.getAttribute('id') ?? '')?.[1] ?? 0));
    const block = Number(doc.getElementsByTagNameNS(O, 'idmap')[0]?.getAttribute('data')?.split(',')[0] ?? 1) || 1;
    this.nextId = Math.max(block * 1024, ...ids) + 1;
    this.count = all.length;
    if (!Array.from(doc.getElementsByTagNameNS(V, 'shapetype')).some((t) => t.getAttribute('id') === '_x0000_t202')) {
      doc.documentElement!.appendChild(copyNode(doc, newVmlDocument(block).getElementsByTagNameNS(V, 'shapetype')[0]));
    }
  }

  has(row: number, col: number): boolean {
    return this.byCell.has(`${row},${col}`);
  }

  /** Adds a hidden note box for the cell at 0-based (row, col), shaped as Excel draws a new note. */
  add(row: number, col: number): void {
    const shape = copyNode(this.doc, template());
    shape.setAttribute('id', `_x0000_s${this.nextId++}`);
    shape.setAttribute('style', `position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79.5pt;z-index:${++this.count};visibility:hidden`);
    setText(shape, 'Anchor', `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4`);
    setText(shape, 'Row', String(row));
    setText(shape, 'Column', String(col));
    this.doc.documentElement!.appendChild(shape);
    this.byCell.set(`${row},${col}`, shape);
  }

  remove(row: number, col: number): void {
    const shape = this.byCell.get(`${row},${col}`);
    shape?.parentNode?.removeChild(shape);
    this.byCell.delete(`${row},${col}`);
  }
}

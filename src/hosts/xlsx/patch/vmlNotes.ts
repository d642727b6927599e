/** The legacy VML drawing that gives each note its box: Excel and LibreOffice show a note only with one. */
import type { Document, Element } from '@xmldom/xmldom';
import { parseXml } from '../ooxml/xml';

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

/** Adds a hidden note box for the cell at 0-based (row, col), shaped as Excel draws a new note. */
export function addNoteShape(doc: Document, row: number, col: number): void {
  const root = doc.documentElement!;
  const ids = shapes(doc).map((s) => Number(/_s(\d+)$/.exec(s.getAttribute('id') ?? '')?.[1] ?? 0));
  const block = Number(doc.getElementsByTagNameNS(O, 'idmap')[0]?.getAttribute('data')?.split(',')[0] ?? 1) || 1;
  const id = Math.max(block * 1024, ...ids) + 1;
  if (!Array.from(doc.getElementsByTagNameNS(V, 'shapetype')).some((t) => t.getAttribute('id') === '_x0000_t202')) {
    const types = newVmlDocument(block).getElementsByTagNameNS(V, 'shapetype')[0];
    root.appendChild(doc.importNode(types, true));
  }
  const shape = parseXml(
    `<v:shape xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}" id="_x0000_s${id}" type="#_x0000_t202" ` +
      `style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79.5pt;z-index:${ids.length + 1};visibility:hidden" ` +
      `fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
      `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
      `<x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`,
  ).documentElement!;
  root.appendChild(doc.importNode(shape, true));
}

/** Removes the note box of the cell at 0-based (row, col), if there is one. */
export function removeNoteShape(doc: Document, row: number, col: number): void {
  for (const s of shapes(doc)) {
    const at = shapeCell(s);
    if (at.row === row && at.col === col) s.parentNode?.removeChild(s);
  }
}

export const hasNoteShape = (doc: Document, row: number, col: number) =>
  shapes(doc).some((s) => {
    const at = shapeCell(s);
    return at.row === row && at.col === col;
  });

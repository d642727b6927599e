/**
 * A whole sheet the plan adds (the 复核表, SPEC §6.1): its worksheet part, its place in workbook.xml
 * after the scored sheet, a sheet-scoped print-titles name, and renumbered `localSheetId`s of the others.
 */
import type { Element } from '@xmldom/xmldom';
import { toA1 } from '../../../core/grid';
import type { PlannedSheet } from '../../../core/writePlan';
import type { PackageEdits } from '../ooxml/edits';
import { relsPathOf } from '../ooxml/package';
import type { WorkbookStructure } from '../ooxml/workbookStructure';
import { childElements, createLike, firstChild, NS, REL } from '../ooxml/xml';
import type { StyleBook } from './styles';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** CT_Workbook elements after definedNames, to insert a missing definedNames where it belongs. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The worksheet XML of a planned sheet. */
export function plannedSheetXml(sheet: PlannedSheet, styles: StyleBook): string {
  const rows = new Map<number, string[]>();
  for (const cell of [...sheet.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const s = styles.plannedStyle(cell.style);
    const ref = toA1(cell.row, cell.col);
    const body =
      typeof cell.value === 'number'
        ? `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`
        : `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(cell.value)}</t></is></c>`;
    (rows.get(cell.row) ?? rows.set(cell.row, []).get(cell.row)!).push(body);
  }
  for (const r of Object.keys(sheet.rowHeights)) if (!rows.has(Number(r))) rows.set(Number(r), []);
  const rowXml = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const ht = sheet.rowHeights[r];
      return `<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${rows.get(r)!.join('')}</row>`;
    })
    .join('');
  const cols = sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const merges = sheet.merges.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join('')}</mergeCells>` : '';
  const fit = sheet.page.fitToWidth > 0;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `${fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ''}<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rowXml}</sheetData>${merges}` +
    `<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${sheet.page.orientation}"${fit ? ` fitToWidth="${sheet.page.fitToWidth}" fitToHeight="0"` : ''}/>` +
    `</worksheet>`
  );
}

function sheetsElement(wb: WorkbookStructure): Element {
  return firstChild(wb.doc.documentElement!, 'sheets')!;
}

function definedNames(wb: WorkbookStructure, create: boolean): Element | null {
  const root = wb.doc.documentElement!;
  let names = firstChild(root, 'definedNames');
  if (!names && create) {
    names = createLike(root, 'definedNames');
    const before = childElements(root).find((e) => e.namespaceURI === NS.main && AFTER_DEFINED_NAMES.includes(e.localName ?? '')) ?? null;
    root.insertBefore(names, before);
  }
  return names;
}

/** Shifts sheet indices (defined names' scope, the active and first visible tab) at and after `from`. */
function shiftSheetIndices(wb: WorkbookStructure, from: number, by: 1 | -1): void {
  for (const n of childElements(definedNames(wb, false) ?? wb.doc.createElement('x'), 'definedName')) {
    const id = n.getAttribute('localSheetId');
    if (id !== null && Number(id) >= from) n.setAttribute('localSheetId', String(Number(id) + by));
  }
  const views = firstChild(wb.doc.documentElement!, 'bookViews');
  for (const v of views ? childElements(views, 'workbookView') : []) {
    for (const attr of ['activeTab', 'firstSheet']) {
      const at = v.getAttribute(attr);
      if (at !== null && Number(at) >= from && Number(at) + by >= 0) v.setAttribute(attr, String(Number(at) + by));
    }
  }
}

/** A sheet name not taken yet (case-insensitive, Excel's 31 characters). */
export function freeSheetName(wb: WorkbookStructure, wanted: string): string {
  const taken = new Set(wb.sheets.map((s) => s.name.toLowerCase()));
  let name = wanted.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted.slice(0, 31 - String(n).length - 2)}(${n})`;
  return name;
}

/** Adds the sheet after `planned.after`; returns the name it got. */
export async function addPlannedSheet(edits: PackageEdits, wb: WorkbookStructure, styles: StyleBook, planned: PlannedSheet): Promise<string> {
  const name = freeSheetName(wb, planned.name);
  const part = edits.freePartName('xl/worksheets/sheet', '.xml');
  edits.pkg.putText(part, plannedSheetXml(planned, styles));
  await edits.setOverride(part, WORKSHEET_TYPE);
  const relId = await edits.addRelationship(wb.workbookPart, REL.worksheet, part);
  const sheets = sheetsElement(wb);
  const list = childElements(sheets, 'sheet');
  const afterIndex = list.findIndex((e) => e.getAttribute('name') === planned.after);
  const index = afterIndex < 0 ? list.length : afterIndex + 1;
  const el = createLike(sheets, 'sheet');
  el.setAttribute('name', name);
  el.setAttribute('sheetId', String(Math.max(0, ...list.map((e) => Number(e.getAttribute('sheetId')) || 0)) + 1));
  const relPrefix = wb.doc.documentElement!.lookupPrefix(NS.rel) ?? 'r';
  el.setAttributeNS(NS.rel, `${relPrefix}:id`, relId);
  sheets.insertBefore(el, list[index] ?? null);
  shiftSheetIndices(wb, index, 1);
  if (planned.page.titleRows) {
    const names = definedNames(wb, true)!;
    const dn = createLike(names, 'definedName');
    dn.setAttribute('name', '_xlnm.Print_Titles');
    dn.setAttribute('localSheetId', String(index));
    const { first, last } = planned.page.titleRows;
    dn.appendChild(wb.doc.createTextNode(`'${name.replace(/'/g, "''")}'!$${first + 1}:$${last + 1}`));
    names.appendChild(dn);
  }
  edits.touch(wb.workbookPart);
  wb.sheets.splice(index, 0, { name, state: 'visible', relId, part, isWorksheet: true });
  return name;
}

/** Removes a sheet ziping added earlier, with its part, relationship, content type and scoped names. */
export async function removeSheet(edits: PackageEdits, wb: WorkbookStructure, name: string): Promise<boolean> {
  const sheets = sheetsElement(wb);
  const list = childElements(sheets, 'sheet');
  const index = list.findIndex((e) => e.getAttribute('name') === name);
  if (index < 0) return false;
  const el = list[index];
  const relId = el.getAttributeNS(NS.rel, 'id') ?? '';
  const part = (await edits.pkg.relationships(wb.workbookPart)).find((r) => r.id === relId)?.part;
  sheets.removeChild(el);
  const names = definedNames(wb, false);
  for (const n of names ? childElements(names, 'definedName') : []) {
    if (n.getAttribute('localSheetId') === String(index)) names!.removeChild(n);
  }
  shiftSheetIndices(wb, index + 1, -1);
  if (names && !childElements(names).length) names.parentNode!.removeChild(names);
  await edits.removeRelationship(wb.workbookPart, relId);
  if (part) {
    edits.pkg.remove(part);
    edits.pkg.remove(relsPathOf(part));
    await edits.removeOverride(part);
  }
  edits.touch(wb.workbookPart);
  wb.sheets.splice(wb.sheets.findIndex((s) => s.name === name), 1);
  return true;
}


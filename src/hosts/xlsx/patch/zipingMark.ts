/**
 * The custom document property that marks a copy as ziping's, and the record of what ziping changed
 * that is not a value (styles of marked cells, values put into empty cells, sheets added), so that
 * scoring the copy again can take those out first (SPEC §6.2).
 */
import type { Element } from '@xmldom/xmldom';
import type { PackageEdits } from '../ooxml/edits';
import type { OoxmlPackage } from '../ooxml/package';
import { childElements, NS, parseXml, REL } from '../ooxml/xml';

/** Property names in docProps/custom.xml. */
export const ZIPING_PROPERTY = 'ziping';
export const ZIPING_RECORD_PROPERTY = 'ziping.record';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';

export interface CellRecord {
  /** The cell's style index before ziping (0 when it had none). */
  s: number;
  /** The style index ziping gave it. */
  z: number;
  /** The value ziping wrote into the cell. */
  w?: string | number;
  /** The cell as it was before (its `<c>` element), restored when the unit left ziping's value as it was. */
  o?: string;
}

/** A row ziping made taller for its wrapped commentary: the row's attributes before, and the height set. */
export interface RowRecord {
  ht: string | null;
  customHeight: string | null;
  /** The `ht` ziping wrote. */
  z: string;
}

/** A worksheet element ziping set for printing (sheetPr, pageSetup): its text before (null: none) and after. */
export interface ElementRecord {
  element: string;
  was: string | null;
  now: string;
}

export interface ZipingRecord {
  version: 1;
  /** Sheets ziping added (the 复核表). */
  addedSheets: string[];
  /** Sheet name → A1 → what ziping did there. */
  cells: Record<string, Record<string, CellRecord>>;
  /** Sheet name → 1-based row number → the row ziping grew (absent in records of earlier versions). */
  rows?: Record<string, Record<string, RowRecord>>;
  /** Sheet name → the print setup ziping gave the sheet (absent in records of earlier versions). */
  page?: Record<string, ElementRecord[]>;
}

export const emptyRecord = (): ZipingRecord => ({ version: 1, addedSheets: [], cells: {} });

async function customPart(pkg: OoxmlPackage): Promise<string> {
  const rel = (await pkg.relationships('')).find((r) => r.type === REL.customProps && r.part);
  return rel?.part ?? CUSTOM_PART;
}

function properties(root: Element): Element[] {
  return childElements(root, 'property', NS.customProps);
}

/** The record of an earlier ziping run, or null when the workbook is not a ziping copy. */
export async function readZipingRecord(pkg: OoxmlPackage): Promise<ZipingRecord | null> {
  const doc = await pkg.xml(await customPart(pkg)).catch(() => null);
  if (!doc?.documentElement) return null;
  const props = properties(doc.documentElement);
  if (!props.some((p) => p.getAttribute('name') === ZIPING_PROPERTY)) return null;
  const recordText = props.find((p) => p.getAttribute('name') === ZIPING_RECORD_PROPERTY)?.textContent ?? '';
  try {
    const parsed = JSON.parse(recordText) as ZipingRecord;
    if (parsed && parsed.version === 1 && typeof parsed.cells === 'object' && Array.isArray(parsed.addedSheets)) return parsed;
  } catch {
    // A record an editor cut short: still a ziping copy; notes are recognised by their marker.
  }
  return emptyRecord();
}

/** Sets (adds or replaces) a string property, keeping every other entry. */
function setProperty(root: Element, name: string, value: string): void {
  const doc = root.ownerDocument!;
  let prop = properties(root).find((p) => p.getAttribute('name') === name);
  if (!prop) {
    const pids = properties(root).map((p) => Number(p.getAttribute('pid')) || 1);
    prop = doc.createElementNS(NS.customProps, root.prefix ? `${root.prefix}:property` : 'property');
    prop.setAttribute('fmtid', FMTID);
    prop.setAttribute('pid', String(Math.max(1, ...pids) + 1));
    prop.setAttribute('name', name);
    root.appendChild(prop);
  }
  while (prop.firstChild) prop.removeChild(prop.firstChild);
  const str = doc.createElementNS(NS.vt, 'vt:lpwstr');
  str.appendChild(doc.createTextNode(value));
  prop.appendChild(str);
}

/** Writes the marker and the record into docProps/custom.xml, creating the part when missing. */
export async function writeZipingRecord(edits: PackageEdits, record: ZipingRecord, label: string): Promise<void> {
  const part = await customPart(edits.pkg);
  let doc = await edits.pkg.xml(part);
  if (!doc) {
    doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS.customProps}" xmlns:vt="${NS.vt}"/>`);
    edits.pkg.putXml(part, doc);
    await edits.addRelationship('', REL.customProps, part);
    await edits.setOverride(part, CUSTOM_TYPE);
  }
  const root = doc.documentElement!;
  if (!root.lookupNamespaceURI('vt')) root.setAttribute('xmlns:vt', NS.vt);
  setProperty(root, ZIPING_PROPERTY, label);
  setProperty(root, ZIPING_RECORD_PROPERTY, JSON.stringify(record));
  edits.touch(part);
}

/**
 * The unit's scored sheet on paper (SPEC §6.2, issue 9 item 3): rows holding ziping's wrapped commentary
 * grow so the text prints whole (Excel never grows a merged cell's row, nor a custom-height row), and the
 * sheet is fitted to one page wide — only when the unit set no page setup of its own. What is set is
 * recorded, so re-scoring and 撤销 put the unit's own rows and page setup back.
 */
import type { Element } from '@xmldom/xmldom';
import { wrappedRowHeights, type SheetLayout } from '../../../core/review';
import type { WritePlan } from '../../../core/writePlan';
import { childElements, firstChild } from '../ooxml/xml';
import type { WorkbookStructure } from '../ooxml/workbookStructure';
import type { SheetCells } from './sheetCells';
import type { SheetPart } from './sheetPart';
import type { ElementRecord, RowRecord } from './zipingMark';

/** Excel's default column: 8 characters of the Normal font's digit plus padding. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_ROW_HEIGHT = 15;

/** Column widths, merged areas and row heights of a worksheet part, as wrappedRowHeights needs them. */
export function layoutOf(part: SheetPart, cells: SheetCells): SheetLayout {
  const base = Number(part.format.baseColWidth);
  const defaultWidth = Number(part.format.defaultColWidth) || (base > 0 ? base + 0.43 : DEFAULT_COLUMN_WIDTH);
  const defaultHeight = Number(part.format.defaultRowHeight) || DEFAULT_ROW_HEIGHT;
  const widths = new Map<number, number>();
  for (const col of part.columns) {
    const min = Number(col.min);
    const max = Math.min(Number(col.max), min + 16_384);
    const hidden = col.hidden === '1' || col.hidden === 'true';
    const width = hidden ? 0 : Number(col.width);
    if (!Number.isInteger(min) || !Number.isInteger(max) || !Number.isFinite(width)) continue;
    for (let c = min; c <= max; c++) widths.set(c - 1, width);
  }
  return {
    columnWidth: (col) => widths.get(col) ?? defaultWidth,
    mergeAt: (row, col) => part.mergeAt(row, col),
    rowHeight: (row) => {
      const ht = Number(cells.findRow(row)?.getAttribute('ht'));
      return ht > 0 ? ht : defaultHeight;
    },
  };
}

/** Grows the rows `plan`'s wrapped text needs; returns what each grown row had before (by 1-based row). */
export function growRowsForWrappedText(plan: WritePlan, part: SheetPart, cells: SheetCells, fontSize: number): Record<string, RowRecord> {
  const grown: Record<string, RowRecord> = {};
  for (const [row, height] of Object.entries(wrappedRowHeights(plan, layoutOf(part, cells), fontSize))) {
    const r = cells.row(Number(row));
    const z = String(Math.ceil(height * 4) / 4); // Excel keeps heights in quarter points
    grown[String(Number(row) + 1)] = { ht: r.getAttribute('ht'), customHeight: r.getAttribute('customHeight'), z };
    r.setAttribute('ht', z);
    r.setAttribute('customHeight', '1');
  }
  return grown;
}

/** Puts back rows ziping grew, where the height is still ziping's (a height the unit set since is theirs). */
export function restoreRows(cells: SheetCells, rows: Record<string, RowRecord>): void {
  for (const [row, was] of Object.entries(rows)) {
    const r = cells.findRow(Number(row) - 1);
    if (!r || r.getAttribute('ht') !== was.z) continue;
    for (const [name, value] of [['ht', was.ht], ['customHeight', was.customHeight]] as const) {
      if (value === null) r.removeAttribute(name);
      else r.setAttribute(name, value);
    }
  }
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

function attributeOf(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];
}

/** `tag` (a start or empty-element tag) with attribute `name` set to `value`. */
function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(["']).*?\\2`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** Whether the sheet has a print area (`_xlnm.Print_Area` scoped to it). */
function hasPrintArea(wb: WorkbookStructure, sheetIndex: number): boolean {
  const names = firstChild(wb.doc.documentElement!, 'definedNames');
  return (names ? childElements(names, 'definedName') : []).some(
    (n: Element) => n.getAttribute('name') === '_xlnm.Print_Area' && n.getAttribute('localSheetId') === String(sheetIndex),
  );
}

/**
 * Fits the sheet to `fitToWidth` pages wide (any number tall) unless the unit set a page setup of its
 * own: fit to page, a scale other than 100 %, or a print area. Returns what was set, for the record.
 */
export function fitSheetToWidth(part: SheetPart, wb: WorkbookStructure, sheetName: string, fitToWidth: number): ElementRecord[] {
  const sheetPr = part.element('sheetPr');
  const setUpPr = sheetPr ? /<(?:\w+:)?pageSetUpPr\b[^>]*>/.exec(sheetPr)?.[0] : undefined;
  const pageSetup = part.element('pageSetup');
  const pageTag = pageSetup ? /^<[^>]*>/.exec(pageSetup)![0] : undefined;
  const scale = pageTag ? attributeOf(pageTag, 'scale') : undefined;
  const sheetIndex = wb.sheets.findIndex((s) => s.name === sheetName);
  if (isTrue(setUpPr && attributeOf(setUpPr, 'fitToPage')) || (scale !== undefined && Number(scale) !== 100) || hasPrintArea(wb, sheetIndex)) return [];

  const p = part.prefix;
  let newSheetPr: string;
  if (!sheetPr) newSheetPr = `<${p}sheetPr><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>`;
  else if (setUpPr) newSheetPr = sheetPr.replace(setUpPr, withAttribute(setUpPr, 'fitToPage', '1'));
  else if (/\/>$/.test(sheetPr) && !/<\/[^>]*>$/.test(sheetPr)) newSheetPr = sheetPr.replace(/\s*\/>$/, `><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>`);
  // pageSetUpPr is the last child of CT_SheetPr.
  else newSheetPr = sheetPr.replace(/<\/[^>]*>$/, (close) => `<${p}pageSetUpPr fitToPage="1"/>${close}`);

  const fitted = (tag: string) => withAttribute(withAttribute(tag, 'fitToWidth', String(fitToWidth)), 'fitToHeight', '0');
  const newPageSetup = pageSetup && pageTag ? fitted(pageTag) + pageSetup.slice(pageTag.length) : `<${p}pageSetup fitToWidth="${fitToWidth}" fitToHeight="0"/>`;

  part.setElement('sheetPr', newSheetPr);
  part.setElement('pageSetup', newPageSetup);
  return [
    { element: 'sheetPr', was: sheetPr, now: newSheetPr },
    { element: 'pageSetup', was: pageSetup, now: newPageSetup },
  ];
}

/** Puts back the page setup ziping set, where it is still ziping's. */
export function restorePageSetup(part: SheetPart, page: ElementRecord[]): void {
  for (const e of page) if (part.element(e.element) === e.now) part.setElement(e.element, e.was ?? '');
}

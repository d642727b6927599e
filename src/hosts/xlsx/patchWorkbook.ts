/**
 * The scored copy: the input package with only what the plans name changed (cells' values, styles and
 * notes, the sheets the plans add, the ziping property). Every other part keeps its bytes.
 */
import type { Document } from '@xmldom/xmldom';
import type { WritePlan } from '../../core/writePlan';
import { PackageEdits } from './ooxml/edits';
import { NS, parseXml, REL, serializeXml } from './ooxml/xml';
import type { WorkbookSource } from './readWorkbook';
import { SheetNotes } from './patch/notes';
import { addPlannedSheet } from './patch/plannedSheet';
import { revertZipingChanges } from './patch/revert';
import { SheetCells } from './patch/sheetCells';
import type { SheetPart } from './patch/sheetPart';
import { StyleBook } from './patch/styles';
import { fitSheetToWidth, growRowsForWrappedText } from './patch/unitSheetPrint';
import { emptyRecord, writeZipingRecord, type ZipingRecord } from './patch/zipingMark';

/** Value of the ziping custom property: who wrote the copy. */
export const ZIPING_LABEL = '自评表评分助手（ziping）评分副本';

const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

async function styleBook(edits: PackageEdits, source: WorkbookSource): Promise<StyleBook> {
  let part = source.structure.stylesPart;
  let doc: Document | null = part ? await edits.pkg.xml(part) : null;
  if (!doc || !part) {
    part = 'xl/styles.xml';
    doc = parseXml(MINIMAL_STYLES);
    edits.pkg.putXml(part, doc);
    await edits.addRelationship(source.structure.workbookPart, REL.styles, part);
    await edits.setOverride(part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  }
  edits.touch(part);
  return new StyleBook(doc);
}

/** Whether a merge covers the cell without starting there (a value written there would never show). */
function coveredByMerge(part: SheetPart, row: number, col: number): boolean {
  const m = part.mergeAt(row, col);
  return m !== undefined && (row !== m.top || col !== m.left);
}

/** The changes of one plan on its sheet part; values for cells covered by a merge are withheld. */
async function applyPlanToSheet(edits: PackageEdits, source: WorkbookSource, styles: StyleBook, plan: WritePlan, record: ZipingRecord): Promise<void> {
  const sheet = source.structure.sheets.find((s) => s.name === plan.sheet && s.isWorksheet);
  const part = sheet?.part ? await edits.sheet(sheet.part) : null;
  if (!sheet?.part || !part) throw new Error(`Worksheet not found for plan: ${plan.sheet}`);
  if (!plan.changes.length) return;
  const cells = new SheetCells(part.doc);
  const marks = (record.cells[plan.sheet] ??= {});
  let notes: SheetNotes | null = null;
  for (const change of plan.changes) {
    const c = cells.cell(change.row, change.col);
    const s = cells.styleOf(c);
    const mark = marks[change.cell] ?? { s, z: s };
    if (change.value !== undefined && !coveredByMerge(part, change.row, change.col)) {
      mark.o ??= serializeXml(c);
      cells.setValue(c, change.value);
      mark.w = change.value;
    }
    if (change.fill !== undefined || change.fontColor !== undefined || change.wrap) {
      mark.z = styles.markStyle(s, { fill: change.fill, fontColor: change.fontColor, wrap: change.wrap });
      cells.setStyle(c, mark.z);
    }
    if (mark.w !== undefined || mark.z !== mark.s) marks[change.cell] = mark;
    if (change.note !== undefined) {
      notes ??= await SheetNotes.open(edits, sheet.part, part);
      await notes.setNote(change.cell, change.note);
    }
  }
  const rows = growRowsForWrappedText(plan, part, cells, styles.normalFontSize());
  if (Object.keys(rows).length) (record.rows ??= {})[plan.sheet] = rows;
  const page = plan.printFit ? fitSheetToWidth(part, source.structure, plan.sheet, plan.printFit.fitToWidth) : [];
  if (page.length) (record.page ??= {})[plan.sheet] = page;
  part.touchCells();
}

/** The bytes of the scored copy of `source` with `plans` applied. */
export async function patchScoredCopy(source: WorkbookSource, plans: readonly WritePlan[]): Promise<Buffer> {
  const edits = new PackageEdits(source.pkg);
  if (source.record && !source.reverted) await revertZipingChanges(source, edits);
  const record = emptyRecord();
  const styles = await styleBook(edits, source);
  for (const plan of plans) await applyPlanToSheet(edits, source, styles, plan, record);
  for (const plan of plans) {
    for (const sheet of plan.sheets ?? []) record.addedSheets.push(await addPlannedSheet(edits, source.structure, styles, sheet));
  }
  await writeZipingRecord(edits, record, ZIPING_LABEL);
  edits.flush();
  return source.pkg.generate();
}

/**
 * Takes an earlier ziping run's marks out of a ziping copy before it is scored again (SPEC §6.2): the
 * sheets it added, the styles it gave cells (where the cell still has them), values it put into empty
 * cells (where the unit left them as they were), and its part of every note (recognised by NOTE_MARKER).
 */
import type { WorkbookSource } from '../readWorkbook';
import { PackageEdits } from '../ooxml/edits';
import { parseA1 } from '../../../core/grid';
import { SheetNotes } from './notes';
import { removeSheet } from './plannedSheet';
import { SheetCells } from './sheetCells';
import { restorePageSetup, restoreRows } from './unitSheetPrint';

export async function revertZipingChanges(source: WorkbookSource, edits = new PackageEdits(source.pkg)): Promise<void> {
  const { structure, record } = source;
  if (!record || source.reverted) return;
  for (const name of record.addedSheets) await removeSheet(edits, structure, name);
  for (const sheet of structure.sheets) {
    if (!sheet.isWorksheet || !sheet.part) continue;
    const part = await edits.sheet(sheet.part);
    if (!part) continue;
    const cells = record.cells[sheet.name];
    const rows = record.rows?.[sheet.name];
    if (cells || rows) {
      const grid = new SheetCells(part.doc);
      if (rows) restoreRows(grid, rows);
      for (const [ref, was] of Object.entries(cells ?? {})) {
        const at = parseA1(ref);
        const c = at && grid.find(at.row, at.col);
        if (!c) continue;
        // A style the unit changed since, or a value the unit typed over ours, is the unit's: kept.
        if (was.w !== undefined && grid.valueOf(c) === was.w && was.o) grid.restore(c, was.o);
        else if (grid.styleOf(c) === was.z) grid.setStyle(c, was.s);
      }
      part.touchCells();
    }
    const page = record.page?.[sheet.name];
    if (page) restorePageSetup(part, page);
    const notes = await SheetNotes.open(edits, sheet.part, part);
    notes.stripOurs();
  }
  edits.flush();
  source.reverted = true;
}

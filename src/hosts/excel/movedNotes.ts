/**
 * ziping's note texts that could not go onto their cells: the unit has a legacy note there, which Excel at
 * ExcelApi 1.10–1.17 can neither show nor edit, and a threaded comment cannot join it (noteRetry.ts).
 * The note stays untouched; the text goes to the end of the 复核表, where the clerk still reads it.
 */
import type { CellChange, PlannedSheet } from '../../core/writePlan';
import { SheetDraft } from '../../core/review/sheetDraft';
import { writesSomething } from './fillGuard';

export interface MovedNote {
  cell: string;
  /** ziping's text, without the marker. */
  text: string;
}

/** The changes without the blocked cells' notes (a change left with nothing to write goes), and those notes. */
export function withoutBlockedNotes(changes: CellChange[], blocked: ReadonlySet<string>): { changes: CellChange[]; moved: MovedNote[] } {
  if (blocked.size === 0) return { changes, moved: [] };
  const moved: MovedNote[] = [];
  const kept: CellChange[] = [];
  for (const ch of changes) {
    if (!blocked.has(ch.cell) || ch.note === undefined) {
      kept.push(ch);
      continue;
    }
    moved.push({ cell: ch.cell, text: ch.note });
    const rest: CellChange = { ...ch, note: undefined };
    if (writesSomething(rest, true)) kept.push(rest);
  }
  return { changes: kept, moved };
}

/** Why the texts could not go onto their cells, by the kind of annotation this Excel writes. */
const WHY: Record<'note' | 'comment', string> = {
  comment: '单元格里已有单位的旧式批注，当前 Excel 版本（低于 ExcelApi 1.18）不能显示也不能修改它',
  note: '单元格里已有单位的新式批注（线程批注），同一单元格不能再加旧式批注',
};

/** The 复核表 with the moved texts listed under everything else, one framed row per cell. */
export function withMovedNotes(sheet: PlannedSheet, moved: readonly MovedNote[], kind: 'note' | 'comment'): PlannedSheet {
  if (moved.length === 0) return sheet;
  const fontSize = sheet.cells.find((c) => c.style?.fontSize)?.style?.fontSize ?? 10;
  const draft = new SheetDraft(sheet.columnWidths, fontSize);
  const right = Math.max(1, sheet.columnWidths.length - 1);
  draft.row = Math.max(-1, ...sheet.cells.map((c) => c.row)) + 2;
  draft.put(0, right, `以下 ${moved.length} 处评分说明未能写成批注：${WHY[kind]}，为免覆盖，评分说明列在这里。`, { bold: true });
  draft.next();
  for (const m of moved) {
    draft.put(0, 0, `单元格 ${m.cell}`);
    draft.put(1, right, m.text);
    draft.next();
  }
  return { ...sheet, cells: [...sheet.cells, ...draft.cells], merges: [...sheet.merges, ...draft.merges], rowHeights: { ...sheet.rowHeights, ...draft.rowHeights } };
}

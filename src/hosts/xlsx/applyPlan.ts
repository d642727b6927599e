/** Apply a WritePlan to an ExcelJS workbook: values, solid fills and merged notes, nothing else. */
import type { Cell, Comment, Fill, Workbook, Worksheet } from 'exceljs';
import { mergeNote, type CellChange, type WritePlan } from '../../core/writePlan';

/** Plain text of a note as ExcelJS reads it: a string, or `{texts: [{text}, …]}` when formatted. */
export function noteText(note: string | Comment | undefined | null): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text ?? '').join('');
}

/** "#RRGGBB" → an opaque solid fill. */
export function solidFill(hex: string): Fill {
  const rgb = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(rgb)) throw new Error(`Invalid fill colour: ${hex}`);
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

function applyChange(cell: Cell, change: CellChange): void {
  if (change.value !== undefined) {
    // Assigning the value leaves cell.style (numFmt, font, border …) as it was.
    cell.value = change.value;
  }
  if (change.fill !== undefined) {
    // Loaded cells share style objects with every cell of the same style: replace, never mutate.
    cell.style = { ...cell.style, fill: solidFill(change.fill) };
  }
  if (change.note !== undefined) {
    const before = noteText(cell.note);
    const after = mergeNote(before, change.note);
    if (after !== before) cell.note = after;
  }
}

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`Worksheet not found for plan: ${name}`);
  return ws;
}

export function applyPlan(workbook: Workbook, plan: WritePlan): void {
  const ws = sheetOf(workbook, plan.sheet);
  for (const change of plan.changes) applyChange(ws.getCell(change.row + 1, change.col + 1), change);
}

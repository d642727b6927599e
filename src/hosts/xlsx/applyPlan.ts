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

/** A covered cell of a merged area: ExcelJS would redirect a value written there to the master cell. */
const isCoveredByMerge = (cell: Cell) => cell.master !== cell;

/** Applies one change; false when its value was withheld because the cell is covered by a merge. */
function applyChange(cell: Cell, change: CellChange): boolean {
  let written = true;
  if (change.value !== undefined && isCoveredByMerge(cell)) {
    // Writing would land in the master (often a header such as 得分): a cell the plan never named.
    written = false;
  } else if (change.value !== undefined) {
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
  return written;
}

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`Worksheet not found for plan: ${name}`);
  return ws;
}

/**
 * Applies the plan to its sheet and returns the changes whose value was not written because the cell
 * is covered by a merged area (so no cell outside the plan ever changes). Fills and notes still apply.
 */
export function applyPlan(workbook: Workbook, plan: WritePlan): CellChange[] {
  const ws = sheetOf(workbook, plan.sheet);
  const withheld: CellChange[] = [];
  for (const change of plan.changes) {
    if (!applyChange(ws.getCell(change.row + 1, change.col + 1), change)) withheld.push(change);
  }
  return withheld;
}

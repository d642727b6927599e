/**
 * Below ExcelApi 1.9 RangeFill has `color` only, and a cell with no fill reads "#FFFFFF" like a white one
 * (`pattern`, which tells them apart, is 1.9). A mark there could not be undone exactly — 撤销评分 would
 * have to guess white or none — so such a cell keeps its fill: the unit's cell stays as it was, and the
 * apply reports the cells it left unmarked. Cells with a real colour are marked and restored as usual.
 */
import type { CellChange } from '../../core/writePlan';

/** `notes`: whether the host writes notes (a change left with only a note still writes something). */
export function withoutAmbiguousFills(changes: CellChange[], whiteOrNone: ReadonlySet<string>, notes: boolean): { changes: CellChange[]; skipped: string[] } {
  const skipped: string[] = [];
  const kept: CellChange[] = [];
  for (const ch of changes) {
    if (ch.fill === undefined || !whiteOrNone.has(ch.cell)) {
      kept.push(ch);
      continue;
    }
    skipped.push(ch.cell);
    const rest: CellChange = { ...ch, fill: undefined };
    if (writesSomething(rest, notes)) kept.push(rest);
  }
  return { changes: kept, skipped };
}

/** Whether a change still writes anything (`notes`: whether the host writes notes at all). */
export function writesSomething(ch: CellChange, notes: boolean): boolean {
  return ch.value !== undefined || ch.fill !== undefined || (notes && ch.note !== undefined) || ch.fontColor !== undefined || ch.wrap !== undefined;
}

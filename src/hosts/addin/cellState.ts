/** One cell as Office.js reports it, and the GridCell the core sees — the same rules as the ExcelJS host. */
import type { GridCell } from '../../core/grid';
/** Which annotation a host writes: legacy notes, threaded comments (Excel 1.10–1.17), or none. */
export type AnnotationKind = 'note' | 'comment' | 'none';

/** A cell before we touched it: everything 撤销评分 writes back. */
export interface CellState {
  /** A1 address on its sheet. */
  cell: string;
  /** As Office `values` gives it: "" when empty, the error text ("#DIV/0!") for errors. */
  value: string | number | boolean;
  /** Office `valueTypes`: Empty | String | Double | Boolean | Error. */
  valueType: string;
  /** With its "=", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** Solid fill "#RRGGBB", or null for none. */
  fill: string | null;
  /** The unit's note (or comment) text, or null. */
  note: string | null;
  /** Which annotation API `note` came from and ours went to. */
  noteKind: AnnotationKind;
  /** Font colour and wrap, known for the cells whose font or wrap we change (absent in older snapshots). */
  fontColor?: string;
  wrap?: boolean;
}

/** What our scoring changed in a cell: restore puts back exactly these parts and leaves the rest alone. */
export interface WroteParts {
  value: boolean;
  /** The value we put there (absent in snapshots of older versions): a cell no longer holding it was edited since. */
  written?: string | number;
  fill: boolean;
  /** Our note (or comment) is on the cell. */
  note: boolean;
  /** We set the font colour / the wrap (commentary). */
  fontColor?: boolean;
  wrap?: boolean;
}

/** One row of the undo snapshot: the cell before our first write, and what we wrote since. */
export interface SnapshotEntry {
  before: CellState;
  wrote: WroteParts;
}

/** Office's three parallel arrays for one cell → GridCell; null when the cell is empty. */
export function gridCellOf(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): GridCell | null {
  const out: GridCell = { value: null };
  if (valueType === 'Error') out.value = { error: String(value) };
  else if (typeof value === 'number' || typeof value === 'boolean') out.value = value;
  else if (typeof value === 'string' && value !== '') out.value = value;
  if (typeof formula === 'string' && formula.startsWith('=')) out.formula = formula;
  if (out.value === null && !out.formula) return null;
  if (typeof numberFormat === 'string' && numberFormat !== 'General') out.format = numberFormat;
  return out;
}

export function gridCellOfState(s: CellState): GridCell | null {
  return gridCellOf(s.value, s.formula, s.numberFormat, s.valueType);
}

/**
 * A value as we write it through `values`. Text gets a leading apostrophe so Excel keeps it as text:
 * otherwise "2022年12月", "95%" or "1,400" would be turned into dates or numbers. A cell formatted as
 * text ("@") keeps text as typed, apostrophe included, so it gets none.
 */
export function valueToWrite(v: string | number | boolean, numberFormat = 'General'): string | number | boolean {
  return typeof v === 'string' && v !== '' && numberFormat !== '@' ? `'${v}` : v;
}

/**
 * Whether the cell still holds the value our scoring wrote. When the clerk typed over it since, their
 * text is the unit's data now: re-scoring must read it and 撤销评分 must keep it.
 */
export function stillOurs(entry: SnapshotEntry, now: Pick<CellState, 'value' | 'formula'>): boolean {
  const { written } = entry.wrote;
  if (!entry.wrote.value || written === undefined) return true;
  return now.formula === null && now.value === written;
}

/** The entry once the clerk's edit of a value we wrote is accepted as the unit's own (fill and note stay ours). */
export function acceptEdit(entry: SnapshotEntry, now: CellState): SnapshotEntry {
  const before: CellState = { ...entry.before, value: now.value, valueType: now.valueType, formula: now.formula, numberFormat: now.numberFormat };
  return { before, wrote: { ...entry.wrote, value: false, written: undefined } };
}

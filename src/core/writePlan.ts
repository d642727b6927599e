/** WritePlan: the cell changes an evaluation implies, as plain data both hosts apply in one batch. */
import type { Severity } from './findings';

export type ChangeKind = 'score' | 'budgetScore' | 'total' | 'grade' | 'gradeLabel' | 'commentary' | 'mark';

export interface CellChange {
  /** A1 address on the plan's sheet. */
  cell: string;
  row: number;
  col: number;
  kinds: ChangeKind[];
  /** New value; absent when only the format/note changes. */
  value?: string | number;
  /** Fill colour "#RRGGBB" when the cell is marked. */
  fill?: string;
  /** Our note text (without the marker); hosts merge it with a note already there via mergeNote. */
  note?: string;
  severity?: Severity;
  /** Font colour "#RRGGBB" for text ziping writes (SPEC §6.2: ziping's text is recognisable). */
  fontColor?: string;
  /** Wrap text in the cell (commentary in a narrow reason cell), so the row can grow in print. */
  wrap?: boolean;
}

/** Formatting of a cell in a sheet the plan adds. Colours are "#RRGGBB". */
export interface PlannedCellStyle {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  /** Excel number format code, e.g. "0.00". */
  numFmt?: string;
  /** Thin border on all four sides. */
  border?: boolean;
}

export interface PlannedCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  /** '' means style only: the cells covered by a merged area come with '' so the area's border prints whole. */
  value: string | number;
  style?: PlannedCellStyle;
}

/**
 * A whole sheet the plan adds beside the scored one (the 复核表, SPEC §6.1). Hosts insert it after
 * `after`; a sheet of the same name left by an earlier scoring is replaced, and 撤销评分 deletes it.
 */
export interface PlannedSheet {
  name: string;
  /** Name of the sheet it is inserted after. */
  after: string;
  cells: PlannedCell[];
  /** Merged areas, A1 ranges such as "A1:K1". */
  merges: string[];
  /** Column widths in characters of the Normal font; index 0 is column A. */
  columnWidths: number[];
  /** Row heights in points by 0-based row; rows not listed keep the default height. */
  rowHeights: Record<number, number>;
  page: {
    orientation: 'landscape' | 'portrait';
    paperSize: 'A4';
    /** Fit to this many pages wide (height unlimited). */
    fitToWidth: number;
    /** 0-based rows repeated at the top of every printed page, or null. */
    titleRows: { first: number; last: number } | null;
  };
}

export interface WritePlan {
  sheet: string;
  changes: CellChange[];
  /** Sheets the plan adds (the 复核表); absent or empty when none. */
  sheets?: PlannedSheet[];
  /**
   * Print setup for the scored sheet itself, so wrapped commentary prints readably: hosts apply it only
   * when the unit set no page setup of its own (no fit-to-page, scale or print area). Absent: leave it.
   * Rows holding a `wrap` change grow by themselves unless they have a custom height or the cell is
   * merged; hosts size those with `wrappedRowHeights(plan, layout)` (core/review/unitRowHeights.ts).
   */
  printFit?: { fitToWidth: number };
}

export interface PlanOptions {
  /** 覆盖原得分: replace reported scores too, not only empty score cells. */
  overwriteScores: boolean;
  /** 写入偏差说明 into empty reason cells (or as a note where the unit wrote its own). */
  writeCommentary: boolean;
  /** 标注问题单元格: fill + note on cells with findings. */
  markCells: boolean;
  /** 生成复核表: add the side-by-side review sheet of SPEC §6.1 (`WritePlan.sheets`). */
  reviewSheet: boolean;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { overwriteScores: false, writeCommentary: true, markCells: true, reviewSheet: true };

/** Marks our part of a note so scoring twice replaces it instead of appending again. */
export const NOTE_MARKER = '【自评表评分】';

/** Keeps the unit's own note text and replaces only our marked part. */
export function mergeNote(existing: string | null | undefined, ours: string): string {
  const own = stripOurNote(existing ?? '');
  const mine = `${NOTE_MARKER}${ours}`;
  return own ? `${own}\n${mine}` : mine;
}

/** The unit's part of a note, with anything we added removed. */
export function stripOurNote(note: string): string {
  const at = note.indexOf(NOTE_MARKER);
  return (at < 0 ? note : note.slice(0, at)).trimEnd();
}

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

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
}

export interface WritePlan {
  sheet: string;
  changes: CellChange[];
}

export interface PlanOptions {
  /** 覆盖原得分: replace reported scores too, not only empty score cells. */
  overwriteScores: boolean;
  /** 写入偏差说明 into empty reason cells (or as a note where the unit wrote its own). */
  writeCommentary: boolean;
  /** 标注问题单元格: fill + note on cells with findings. */
  markCells: boolean;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { overwriteScores: false, writeCommentary: true, markCells: true };

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

/** What the task pane and the ribbon need from a workbook, whatever the host (Excel via Office.js, WPS via ET). */
import type { Grid } from '../../core/grid';
import type { WritePlan } from '../../core/writePlan';

export interface ApplyResult {
  cellsWritten: number;
  /** Round trips to the host the apply took (1 in the normal case). */
  syncs: number;
  /**
   * Cells whose planned fill was left off: Excel below ExcelApi 1.9 reads white and no fill alike, and
   * 撤销评分 could not put back which one the unit had.
   */
  fillsSkipped?: string[];
  /**
   * Cells whose note could not be written: the unit has a legacy note there that Excel at ExcelApi
   * 1.10–1.17 can neither show nor join with a comment. The note is untouched; ziping's text went to the
   * end of `sheet` (the 复核表), or, with no 复核表 planned, is only in the pane (null).
   */
  notesMoved?: { cells: string[]; sheet: string | null };
}

export interface WorkbookHost {
  /** Visible worksheets in order (not our snapshot sheet). */
  listSheets(): Promise<string[]>;
  activeSheet(): Promise<string>;
  /** The sheet as the unit wrote it: if an earlier scoring left a snapshot, the snapshot's original cells are overlaid, so re-scoring evaluates the unit's own data. */
  readSheet(sheet: string): Promise<Grid>;
  /**
   * Restores cells of any earlier scoring of this sheet that the new plan does not touch, snapshots every
   * cell the plan touches (value, formula, number format, fill, note), then writes the plan. With `basis`
   * (the grid the plan was scored from) it first checks, in the same batch, that the sheet still reads the
   * same, and writes nothing otherwise (an error with code "SheetChanged").
   */
  applyPlan(plan: WritePlan, basis?: Grid): Promise<ApplyResult>;
  /** 撤销评分: restores every cell of the sheet's snapshot exactly, then deletes that snapshot. */
  restore(sheet: string): Promise<{ restored: number }>;
  hasSnapshot(sheet: string): Promise<boolean>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls `listener` with the sheet's name whenever the user switches sheets; resolves to an unsubscribe. */
  onActiveSheetChanged(listener: (sheet: string) => void): Promise<() => void>;
  /** Whether this host can write notes (or comments): where it cannot, the preview must not promise 批注. */
  canWriteNotes(): boolean;
  /**
   * Whether any cell can be filled and later restored exactly. Excel below ExcelApi 1.9 cannot tell a
   * white fill from none, so it marks only cells that already have a colour: the preview says so.
   */
  canRestoreFills(): boolean;
  /** Workbook settings (travel with the file). */
  loadSettings<T>(key: string): Promise<T | null>;
  saveSettings<T>(key: string, value: T): Promise<void>;
}

/** Our very hidden undo sheet; the ExcelJS host skips it too. */
export const SNAPSHOT_SHEET = '_ziping_snapshot';

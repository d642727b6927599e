/** What the rows above an indicator header say about the table: its name, kind and a header total. */
import type { Grid, CellRef } from '../grid';
import type { TableKind, TotalRow } from '../table';
import type { Region } from './budgetBlock';
import { filledColumns, isGradeSlot, isWritableEmpty } from './cells';
import { isDepartmentTitle, isFilingLine, isNameLabel } from './labels';
import { normalizeLabel, toHalfWidth } from '../text';

export interface AboveInfo {
  name: string | null;
  nameCell: CellRef | null;
  kind: TableKind;
  /** 自评总分 stated above the table (Chongqing style). */
  headerTotal: TotalRow | null;
  /** First non-empty row of the region (the title), or null. */
  firstRow: number | null;
}

export function readAboveTable(grid: Grid, region: Region): AboveInfo {
  let name: string | null = null;
  let nameCell: CellRef | null = null;
  let departmentTitle = false;
  let unitLabel = false;
  let projectLabel = false;
  let headerTotal: TotalRow | null = null;
  let firstRow: number | null = null;
  for (let row = region.top; row <= region.bottom; row++) {
    const cols = filledColumns(grid, row, region.left, region.right);
    // A 填报单位/日期 line sits above the title: it is not part of the table.
    if (firstRow === null && cols.some((c) => !isFilingLine(grid.text(row, c)))) firstRow = row;
    cols.forEach((col, i) => {
      const text = grid.text(row, col);
      if (isDepartmentTitle(text)) departmentTitle = true;
      if (isNameLabel(text)) {
        if (normalizeLabel(text) === '项目名称') projectLabel = true;
        else unitLabel = true;
      }
      const next = cols[i + 1];
      if (name === null && isNameLabel(text) && next !== undefined) {
        name = grid.text(row, next);
        nameCell = { row, col: next };
      }
      if (!headerTotal && /^(自评总分|总分)$/.test(normalizeLabel(text))) headerTotal = statedTotal(grid, row, col, next, region.right);
    });
  }
  const department = departmentTitle || (unitLabel && !projectLabel);
  return { name, nameCell, kind: department ? 'department' : 'project', headerTotal, firstRow };
}

/**
 * 自评总分 stated beside its label (Chongqing style): the number (or numeric text such as "92.5分") in the
 * next filled cell, or, when the unit left it blank, the empty cell just right of the label.
 */
function statedTotal(grid: Grid, row: number, labelCol: number, next: number | undefined, right: number): TotalRow | null {
  const make = (col: number): TotalRow => ({ row, labelCell: { row, col: labelCol }, weight: null, score: { row, col }, gradeCell: emptyRightOf(grid, row, col, right) });
  if (next !== undefined && NUMBER_LIKE.test(toHalfWidth(grid.text(row, next)).replace(/\s+/g, ''))) return make(next);
  const besideLabel = (grid.mergeAt(row, labelCol)?.right ?? labelCol) + 1;
  if ((next === undefined || next > besideLabel) && besideLabel <= right && isWritableEmpty(grid, row, besideLabel)) return make(besideLabel);
  return null;
}

const NUMBER_LIKE = /^-?\d+(\.\d+)?分?$/;

function emptyRightOf(grid: Grid, row: number, col: number, right: number): CellRef | null {
  for (let c = col + 1; c <= right + 1; c++) if (isGradeSlot(grid, row, c)) return { row, col: c };
  return null;
}

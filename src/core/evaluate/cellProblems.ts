/** Problems of a single cell the table uses: an Excel error value, or a formula saved without its result. */
import type { Grid, CellRef } from '../grid';
import { toA1 } from '../grid';
import type { Finding } from '../findings';
import { excelErrorCode } from '../values';
import * as msg from '../messages';

export function cellProblems(grid: Grid, ref: CellRef): Finding[] {
  const cell = grid.get(ref.row, ref.col);
  if (!cell) return [];
  const v = cell.value;
  // Error values arrive as {error} from hosts, or as text ("#REF!") from hand-made or CSV-like sheets.
  const code = v !== null && typeof v === 'object' ? v.error : typeof v === 'string' ? excelErrorCode(v) : null;
  if (code) return [msg.cellError(toA1(ref.row, ref.col), code)];
  if (v === null && cell.formula) return [msg.formulaWithoutResult(toA1(ref.row, ref.col), cell.formula)];
  return [];
}

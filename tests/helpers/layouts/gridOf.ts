/**
 * Test helper: a Grid from a 2-D array of values plus A1 merge strings, so layouts can be written inline.
 *
 * @example
 * gridOf([['三级指标', '年度指标值'], ['人数', '≥10人']], ['A1:A2'], { start: 'B3' })
 */
import { Grid, parseA1, parseRangeA1, type CellScalar, type GridCell } from '../../../src/core/grid';

/** A plain value, or a full cell when a test needs a number format or a formula. */
export type CellInput = CellScalar | GridCell | undefined;

export interface GridOptions {
  sheet?: string;
  /** Where rows[0][0] lands (default "A1"). Merges are always absolute A1 addresses. */
  start?: string;
}

export function gridOf(rows: CellInput[][], merges: string[] = [], opts: GridOptions = {}): Grid {
  const origin = parseA1(opts.start ?? 'A1');
  if (!origin) throw new Error(`bad start address: ${opts.start}`);
  const ranges = merges.map((m) => {
    const range = parseRangeA1(m);
    if (!range) throw new Error(`bad merge: ${m}`);
    return range;
  });
  // Like the hosts, keep a merged area's value in its top-left cell only.
  const covered = (r: number, c: number) =>
    ranges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  const cells: Array<[number, number, GridCell]> = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === undefined || v === null || v === '') return;
      const at: [number, number] = [origin.row + r, origin.col + c];
      if (!covered(...at)) cells.push([...at, isGridCell(v) ? v : { value: v }]);
    }),
  );
  return new Grid(opts.sheet ?? 'Sheet1', cells, ranges);
}

function isGridCell(v: CellInput): v is GridCell {
  return typeof v === 'object' && v !== null && 'value' in v;
}

/**
 * Which merged area covers a cell, with every area stored once as a rectangle: a merge over a whole
 * column (or L1:XFD1048576) costs what a two-cell merge does, and 50,000 merges cost n log n.
 *
 * A segment tree over rows: the rows where some merge starts or ends cut the sheet into bands; each
 * merge sits in the O(log n) tree nodes that exactly cover its bands. All merges in one node span that
 * node's rows completely, and merged areas never overlap, so their columns are disjoint: one binary
 * search by column per node on the way down to the cell's row. (Overlapping merges are invalid OOXML;
 * for those a lookup returns one of them.)
 */
import type { CellRange } from './grid';

export class MergeIndex {
  /** Row where each band starts, ascending; band i is rows [cuts[i], cuts[i + 1]). */
  private readonly cuts: number[];
  /** Tree nodes (1 = root, children 2k and 2k + 1), each a list sorted by `left`. */
  private readonly nodes: Array<CellRange[] | undefined>;
  private readonly bands: number;

  constructor(merges: readonly CellRange[]) {
    const rows = new Set<number>();
    for (const m of merges) {
      rows.add(m.top);
      rows.add(m.bottom + 1);
    }
    this.cuts = [...rows].sort((a, b) => a - b);
    this.bands = Math.max(1, this.cuts.length - 1);
    this.nodes = new Array<CellRange[] | undefined>(4 * this.bands).fill(undefined);
    for (const m of merges) this.insert(m, this.bandOf(m.top), this.bandOf(m.bottom + 1) - 1, 1, 0, this.bands - 1);
    for (const list of this.nodes) list?.sort((a, b) => a.left - b.left);
  }

  /** The merged area holding (row, col), if any. */
  at(row: number, col: number): CellRange | undefined {
    if (this.cuts.length < 2 || row < this.cuts[0] || row >= this.cuts[this.cuts.length - 1]) return undefined;
    const band = this.bandOf(row + 1) - 1; // last band starting at or before `row`
    let node = 1;
    let lo = 0;
    let hi = this.bands - 1;
    for (;;) {
      const hit = findByColumn(this.nodes[node], col);
      if (hit && row >= hit.top && row <= hit.bottom) return hit;
      if (lo === hi) return undefined;
      const mid = (lo + hi) >> 1;
      if (band <= mid) {
        node = 2 * node;
        hi = mid;
      } else {
        node = 2 * node + 1;
        lo = mid + 1;
      }
    }
  }

  /** Index of the first cut ≥ row (binary search). */
  private bandOf(row: number): number {
    let lo = 0;
    let hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cuts[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insert(m: CellRange, from: number, to: number, node: number, lo: number, hi: number): void {
    if (to < lo || from > hi) return;
    if (from <= lo && hi <= to) {
      (this.nodes[node] ??= []).push(m);
      return;
    }
    const mid = (lo + hi) >> 1;
    this.insert(m, from, to, 2 * node, lo, mid);
    this.insert(m, from, to, 2 * node + 1, mid + 1, hi);
  }
}

/** The area in `list` (sorted by left, columns disjoint) whose columns hold `col`. */
function findByColumn(list: CellRange[] | undefined, col: number): CellRange | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].left <= col) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && col <= list[found].right ? list[found] : undefined;
}

/**
 * Splits a header row's cells into segments by role. A repeated structural role (一级/二级/三级指标)
 * starts a new segment (tables side by side); a repeated value role (a second 得分, 复核得分) is left to
 * the report as ignored, and a weak role (完成率) gives way to a proper one (实际完成值).
 */
import type { ColumnMap, ColumnRole } from '../table';
import { INDICATOR_HEADERS } from './headers';
import { headerKey } from './headerGrammar';

/** A header cell: its column and text (for a header split over two rows, the column's two texts joined). */
export interface HeaderCell {
  col: number;
  text: string;
  /** True when the text joins a top and a bottom part (一级 + 指标). */
  joined?: boolean;
}

export interface Segment {
  columns: ColumnMap;
  firstCol: number;
  lastCol: number;
  /** How many of its roles came from joined texts. */
  joins: number;
}

const STRUCTURAL: ReadonlySet<ColumnRole> = new Set(['level1', 'level2', 'name']);

export function headerSegments(cells: readonly HeaderCell[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let weak = new Set<ColumnRole>();
  for (const cell of cells) {
    const match = INDICATOR_HEADERS.match(cell.text);
    const role = match?.role ?? contextualRole(current, cell.text);
    if (!role) continue;
    const taken = current?.columns[role] !== undefined;
    // Value words before the first 一级/二级/三级指标 are a row label (年度绩效目标完成情况), not columns.
    const labelOnly = current !== null && STRUCTURAL.has(role) && !Object.keys(current.columns).some((r) => STRUCTURAL.has(r as ColumnRole));
    if (!current || labelOnly || (taken && STRUCTURAL.has(role)) || startsNewTable(current, role)) {
      current = { columns: {}, firstCol: cell.col, lastCol: cell.col, joins: 0 };
      weak = new Set();
      if (labelOnly) segments.pop();
      segments.push(current);
    } else if (taken && (match?.weak || !weak.has(role))) {
      continue;
    }
    if (match?.weak) weak.add(role);
    else weak.delete(role);
    current.columns[role] = cell.col;
    current.lastCol = cell.col;
    if (cell.joined) current.joins++;
  }
  return segments.map(withTarget);
}

/** A header whose only target column is 调整后指标值 reads it as the target. */
function withTarget(seg: Segment): Segment {
  const { target, targetAdjusted, ...rest } = seg.columns;
  if (target !== undefined || targetAdjusted === undefined) return seg;
  return { ...seg, columns: { ...rest, target: targetAdjusted } };
}

/** "指标" (具体指标, 考核指标) in the column right after 二级指标 is the 三级指标 column. */
function contextualRole(seg: Segment | null, text: string): ColumnRole | null {
  if (!seg || seg.columns.level2 === undefined || seg.columns.name !== undefined) return null;
  return seg.columns.level2 === seg.lastCol && /^(具体|考核|细化)?指标$/.test(headerKey(text)) ? 'name' : null;
}

/** A level-1 header after a complete segment begins the next table. */
function startsNewTable(seg: Segment, role: ColumnRole): boolean {
  return role === 'level1' && seg.columns.name !== undefined;
}

/** A 三级指标 column beside a target or actual column. */
export function isIndicatorHeader(seg: Segment): boolean {
  const c = seg.columns;
  return c.name !== undefined && (c.target !== undefined || c.actual !== undefined);
}

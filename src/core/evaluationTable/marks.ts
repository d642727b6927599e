/** Write-back for evaluation tables: marks (fill + note) on the cells a finding names, never a value (SPEC §9). */
import { parseA1 } from '../grid';
import type { CellChange, ChangeKind, PlanOptions, WritePlan } from '../writePlan';
import { markFinding } from '../plan';
import type { ScoredEvaluationTable } from './index';

export function withEvaluationMarks(plan: WritePlan, tables: ScoredEvaluationTable[], options: PlanOptions): WritePlan {
  if (!options.markCells || tables.length === 0) return plan;
  const changes = new Map<string, CellChange>(plan.changes.map((c) => [c.cell, { ...c, kinds: [...c.kinds] }]));
  const edit = (cell: string, kind: ChangeKind): CellChange | null => {
    const ref = parseA1(cell);
    if (!ref) return null;
    const change = changes.get(cell) ?? { cell, row: ref.row, col: ref.col, kinds: [] };
    if (!change.kinds.includes(kind)) change.kinds.push(kind);
    changes.set(cell, change);
    return change;
  };
  for (const { evaluation } of tables) for (const f of evaluation.findings) markFinding(f, edit);
  return { ...plan, changes: [...changes.values()].sort((a, b) => a.row - b.row || a.col - b.col) };
}

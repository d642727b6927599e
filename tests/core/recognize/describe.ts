/** Test helper: a Table with every position in A1 notation, so assertions read like the sheet. */
import { columnLetters, rangeToA1, toA1, type CellRef } from '../../../src/core/grid';
import type { Table } from '../../../src/core/table';

const a1 = (ref: CellRef | null) => (ref ? toA1(ref.row, ref.col) : null);

export function describeTable(t: Table) {
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(t.columns)) columns[role] = columnLetters(col as number);
  const applicable = t.indicators.filter((i) => i.applicable);
  return {
    sheet: t.sheet,
    kind: t.kind,
    variant: t.variant,
    range: rangeToA1(t.range),
    name: t.name,
    nameCell: a1(t.nameCell),
    headerRow: t.headerRow + 1,
    columns,
    budget: t.budget && {
      row: t.budget.row + 1,
      labelCell: a1(t.budget.labelCell),
      planned: a1(t.budget.planned),
      adjusted: a1(t.budget.adjusted),
      executed: a1(t.budget.executed),
      rate: a1(t.budget.rate),
      weight: a1(t.budget.weight),
      score: a1(t.budget.score),
      statedWeight: t.budget.statedWeight,
      lines: t.budget.lines.map((l) => `${l.row + 1}:${l.label}`),
    },
    indicatorCount: t.indicators.length,
    applicableCount: applicable.length,
    firstIndicatorRow: t.indicators.length ? t.indicators[0].row + 1 : null,
    lastIndicatorRow: t.indicators.length ? t.indicators[t.indicators.length - 1].row + 1 : null,
    total: t.total && {
      labelCell: a1(t.total.labelCell),
      weight: a1(t.total.weight),
      score: a1(t.total.score),
      gradeCell: a1(t.total.gradeCell),
    },
    reasonCell: a1(t.reasonCell),
    findings: t.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

/** Indicators as "row level1/level2/name" lines, plus a mark for rows that are not applicable. */
export function indicatorLines(t: Table): string[] {
  return t.indicators.map(
    (i) => `${i.row + 1} ${i.level1}/${i.level2}/${i.name}${i.applicable ? '' : i.placeholder ? ' [placeholder]' : ' [n/a]'}`,
  );
}

/** EvaluationTable + profile → EvaluationTableResult: the numbers read, the arithmetic checked (SPEC §9). */
import { rangeToA1, toA1, type CellRef, type Grid } from '../grid';
import type { Finding } from '../findings';
import type { LevelScore } from '../evaluation';
import type { Profile } from '../rules/profile';
import { gradeFor } from '../rules/profile';
import { readNumber, readRate } from '../evaluate/readNumbers';
import { cellProblems } from '../evaluate/cellProblems';
import { sortFindings } from '../evaluate';
import { round2 } from '../format';
import { checkArithmetic, type ItemNumbers, type LineNumbers } from './checks';
import { bareLabel, gradeWord, statedWeight } from './labels';
import type { EvaluationItem, EvaluationSubtotal, EvaluationTableResult } from './result';
import type { EvaluationTable, StatedRow } from './types';

const a1 = (ref: CellRef | null) => (ref ? toA1(ref.row, ref.col) : null);

export function evaluateEvaluationTable(grid: Grid, table: EvaluationTable, profile: Profile): EvaluationTableResult {
  const findings: Finding[] = [];
  const read = (cells: { weight: CellRef | null; score: CellRef | null; rate: CellRef | null }): ItemNumbers => {
    for (const ref of [cells.weight, cells.score, cells.rate]) if (ref) findings.push(...cellProblems(grid, ref));
    return { weight: readNumber(grid, cells.weight).value, score: readNumber(grid, cells.score).value, rate: readRate(grid, cells.rate).value };
  };
  const numbers = table.items.map(read);
  const line = (s: StatedRow): LineNumbers => ({ line: s, ...read(s) });
  const subtotals = table.subtotals.map(line);
  const total = table.total ? line(table.total) : null;
  const gradeText = table.grade ? grid.text(table.grade.row, table.grade.col) : null;
  findings.push(...checkArithmetic({ table, items: numbers, subtotals, total, gradeText, profile }));

  const items = table.items.map((it, i) => itemOf(table, it, numbers[i]));
  const sum = (pick: (n: ItemNumbers) => number | null) => {
    const known = numbers.map(pick).filter((v): v is number => v !== null);
    return known.length ? round2(known.reduce((a, b) => a + b, 0)) : null;
  };
  const weightTotal = sum((n) => n.weight);
  const scoreTotal = sum((n) => n.score);
  // A grade on another base than the profile's total would mislead (SPEC §3.1): only a whole table is graded.
  const onBase = weightTotal !== null && Math.abs(weightTotal - profile.totalPoints) <= 0.01;
  const level1 = levelOneSubtotals(table, items, numbers);
  return {
    sheet: table.sheet,
    kind: 'evaluation',
    variant: table.variant,
    range: rangeToA1(table.range),
    name: table.name,
    department: null,
    unit: null,
    project: null,
    budget: null,
    indicators: [],
    weightTotal,
    reportedTotal: total?.score ?? null,
    total: scoreTotal,
    grade: onBase && scoreTotal !== null ? gradeFor(scoreTotal, profile) : null,
    levels: level1.map((s): LevelScore => ({ level1: s.label, weight: s.weight, score: s.score, reportedScore: null })),
    weightsAssumed: false,
    findings: sortFindings(findings),
    totalCell: null,
    gradeCell: null,
    budgetCommentary: null,
    totalBasis: null,
    totalOf100: null,
    gradeBasis: '',
    items,
    subtotals: level1,
    statedGrade: gradeText ? gradeWord(gradeText) : null,
    statedTotalCell: a1(table.total?.score ?? null),
    statedGradeCell: a1(table.grade),
  };
}

function itemOf(table: EvaluationTable, it: EvaluationTable['items'][number], n: ItemNumbers): EvaluationItem {
  const levelText = (level: number) => it.groups.map((g) => table.groups[g]).find((g) => g.level === level)?.text ?? '';
  const summary = table.variant !== 'scoring';
  return {
    cell: toA1(it.nameCell.row, it.nameCell.col),
    row: it.nameCell.row,
    level1: summary ? it.name : levelText(1),
    level2: levelText(2),
    name: it.name,
    weight: n.weight,
    score: n.score,
    statedRate: n.rate,
    weightCell: a1(it.weight),
    scoreCell: a1(it.score),
    rateCell: a1(it.rate),
  };
}

/** The 一级 subtotals the pane shows: per 一级 label in a 综合评分表, per line in a summary. */
function levelOneSubtotals(table: EvaluationTable, items: EvaluationItem[], numbers: ItemNumbers[]): EvaluationSubtotal[] {
  const out = new Map<string, EvaluationSubtotal>();
  items.forEach((item, i) => {
    const group = table.variant === 'scoring' ? table.items[i].groups.map((g) => ({ g, ...table.groups[g] })).find((x) => x.level === 1) : undefined;
    const key = group ? `g${group.g}` : table.variant === 'scoring' ? 'none' : `i${i}`;
    const text = group?.text ?? (table.variant === 'scoring' ? '' : item.name);
    const entry = out.get(key) ?? { label: text ? bareLabel(text) : '（未分级）', cell: group ? toA1(group.cell.row, group.cell.col) : item.cell, statedWeight: text ? statedWeight(text, true) : null, weight: 0, score: 0 };
    entry.weight = round2(entry.weight + (numbers[i].weight ?? 0));
    entry.score = round2(entry.score + (numbers[i].score ?? 0));
    out.set(key, entry);
  });
  return [...out.values()];
}

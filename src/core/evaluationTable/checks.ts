/** The arithmetic checks of SPEC §9, on numbers already read from the table's cells. */
import { toA1, type CellRef } from '../grid';
import type { Finding } from '../findings';
import type { Profile } from '../rules/profile';
import { gradeFor } from '../rules/profile';
import * as msg from '../messages';
import { round2 } from '../format';
import { statedWeight, gradeWord } from './labels';
import type { EvaluationTable, StatedRow } from './types';

/** Numbers read from one item's cells (null: empty or unreadable). */
export interface ItemNumbers {
  weight: number | null;
  score: number | null;
  rate: number | null;
}

export interface LineNumbers extends ItemNumbers {
  line: StatedRow;
}

export interface CheckInput {
  table: EvaluationTable;
  items: ItemNumbers[];
  subtotals: LineNumbers[];
  total: LineNumbers | null;
  gradeText: string | null;
  profile: Profile;
}

const POINTS = 0.01 + 1e-9;
/** 得分率 is checked to 0.01 % (SPEC §9). */
const RATE = 0.0001 + 1e-9;
const a1 = (ref: CellRef | null) => (ref ? toA1(ref.row, ref.col) : null);

const sumOf = (values: Array<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? round2(known.reduce((a, b) => a + b, 0)) : null;
};

export function checkArithmetic(input: CheckInput): Finding[] {
  const { table, items } = input;
  const out: Finding[] = [];
  const itemLevel = table.variant !== 'scoring'; // in a summary every line is a 一级指标
  table.items.forEach((cells, i) => {
    const n = items[i];
    const name = cells.name || table.groups[cells.groups[cells.groups.length - 1]]?.text || toA1(cells.nameCell.row, cells.nameCell.col);
    const own = statedWeight(cells.name, itemLevel);
    if (own !== null && n.weight !== null && Math.abs(own - n.weight) > POINTS) {
      out.push(msg.labelWeightMismatch(toA1(cells.nameCell.row, cells.nameCell.col), cells.name, own, n.weight, true));
    }
    if (n.score !== null && n.weight !== null && n.score > n.weight + POINTS) out.push(msg.evaluationScoreExceedsWeight(a1(cells.score)!, name, n.score, n.weight));
    out.push(...rateCheck(cells.rate, name, n));
  });
  table.groups.forEach((g, gi) => {
    const stated = statedWeight(g.text, true);
    const under = table.items.map((it, i) => (it.groups.includes(gi) ? items[i].weight : null));
    const sum = sumOf(under);
    if (stated !== null && sum !== null && Math.abs(stated - sum) > POINTS) out.push(msg.labelWeightMismatch(toA1(g.cell.row, g.cell.col), g.text, stated, sum, false));
  });
  for (const s of input.subtotals) out.push(...lineChecks(s, items, msg.subtotalLineMismatch));
  if (input.total) out.push(...lineChecks(input.total, items, msg.evaluationTotalMismatch));
  out.push(...weightSum(input));
  out.push(...gradeCheck(input));
  return out;
}

function rateCheck(cell: CellRef | null, name: string, n: ItemNumbers): Finding[] {
  if (n.rate === null || n.score === null || !n.weight) return [];
  return Math.abs(n.rate - n.score / n.weight) > RATE ? [msg.rateMismatch(a1(cell)!, name, n.rate, n.score, n.weight)] : [];
}

type LineMessage = (cell: string, label: string, what: '分值' | '得分', stated: number, sum: number) => Finding;

/** A 小计 or 合计 line against the items it sums, and its own 得分率. */
function lineChecks(s: LineNumbers, items: ItemNumbers[], message: LineMessage): Finding[] {
  const out: Finding[] = [];
  const weights = sumOf(s.line.items.map((i) => items[i].weight));
  const scores = sumOf(s.line.items.map((i) => items[i].score));
  if (s.weight !== null && weights !== null && Math.abs(s.weight - weights) > POINTS) out.push(message(a1(s.line.weight)!, s.line.label, '分值', s.weight, weights));
  if (s.score !== null && scores !== null && Math.abs(s.score - scores) > POINTS) out.push(message(a1(s.line.score)!, s.line.label, '得分', s.score, scores));
  out.push(...rateCheck(s.line.rate, s.line.label, s));
  return out;
}

/**
 * The weights must add to the profile's total (100) — but only in a whole evaluation: one with a 合计 line,
 * a summary, or several 一级指标. A table of one 一级指标 (表4-1, 15 points) is a part.
 */
function weightSum({ table, items, total, profile }: CheckInput): Finding[] {
  const expected = profile.totalPoints;
  if (total?.weight != null) {
    return Math.abs(total.weight - expected) > POINTS ? [msg.evaluationWeightSum(a1(total.line.weight), total.weight, expected, true)] : [];
  }
  const levelOnes = new Set(table.items.map((it) => it.groups.find((g) => table.groups[g].level === 1)).filter((g) => g !== undefined));
  const whole = total !== null || table.variant !== 'scoring' || levelOnes.size >= 2;
  const sum = sumOf(items.map((n) => n.weight));
  if (!whole || sum === null || Math.abs(sum - expected) <= POINTS) return [];
  return [msg.evaluationWeightSum(a1(total?.line.labelCell ?? null), sum, expected, false)];
}

/** The stated 评价等级 against the grade of the stated total (or of the items' sum) under the profile's bands. */
function gradeCheck({ table, items, total, gradeText, profile }: CheckInput): Finding[] {
  if (!table.grade || !gradeText) return [];
  const stated = gradeWord(gradeText);
  const base = total?.score ?? sumOf(items.map((n) => n.score));
  if (stated === null || base === null) return [];
  const expected = gradeFor(base, profile);
  return stated === expected ? [] : [msg.gradeMismatch(a1(table.grade)!, gradeText, base, expected, profile.name)];
}

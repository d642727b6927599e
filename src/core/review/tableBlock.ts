/** One scored table in the 复核表: title, budget line, one row per indicator, totals, grade, table-level findings. */
import type { ScoredTable } from '../index';
import type { Finding, Severity } from '../findings';
import { SEVERITY_ORDER } from '../findings';
import type { IndicatorEvaluation, TableEvaluation } from '../evaluation';
import { parseA1 } from '../grid';
import { SEVERITY_FILL } from '../writePlan';
import { fmtNum, fmtPercent, round2 } from '../format';
import type { SheetDraft } from './sheetDraft';

/** The working paper's columns (SPEC §6.1) and their widths in characters. */
export const COLUMNS = [
  { title: '一级指标', width: 8 },
  { title: '二级指标', width: 10 },
  { title: '三级指标', width: 18 },
  { title: '年度指标值', width: 12 },
  { title: '实际完成值', width: 12 },
  { title: '分值', width: 6 },
  { title: '自评得分', width: 7 },
  { title: '复核得分', width: 7 },
  { title: '差异', width: 7 },
  { title: '复核依据', width: 34 },
  { title: '问题', width: 34 },
] as const;
export const LAST_COL = COLUMNS.length - 1;
const [WEIGHT, REPORTED, SCORE, DIFF, BASIS, PROBLEMS] = [5, 6, 7, 8, 9, 10];

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const KIND_LABEL = { project: '项目支出绩效自评表', department: '部门整体支出绩效自评表', evaluation: '绩效评价评分表' } as const;
const SCORE_FORMAT = '0.00';

export interface BlockOptions {
  sheet: string;
  subtitle: string;
  /** Writes the colour legend under the first table's title. */
  legend: ((draft: SheetDraft) => void) | null;
}

/** Writes the block from the draft's current row; returns the column header row. */
export function writeTableBlock(draft: SheetDraft, { table, evaluation: ev }: ScoredTable, options: BlockOptions): number {
  const rowsOf = findingsByRow(ev, table.indicators.map((i) => i.row), [table.budget?.row, table.total?.row]);

  draft.put(0, LAST_COL, `${ev.name ?? options.sheet} ${KIND_LABEL[ev.kind]}复核表`, { bold: true, fontSize: 14, horizontal: 'center', border: false, vertical: 'middle' });
  draft.next();
  draft.put(0, LAST_COL, `${options.subtitle}　表格范围：${ev.range}`, { border: false });
  draft.next();
  options.legend?.(draft);

  const headerRow = draft.row;
  COLUMNS.forEach((c, i) => draft.put(i, i, c.title, { bold: true, horizontal: 'center', vertical: 'middle', fill: '#F2F2F2' }));
  draft.next();

  if (ev.budget && table.budget) budgetLine(draft, ev, rowsOf.get(table.budget.row) ?? []);
  const placeholders = new Set(table.indicators.filter((r) => r.placeholder).map((r) => r.row));
  for (const ind of ev.indicators) {
    if (placeholders.has(ind.row)) continue; // template leftovers are not indicators (PLACEHOLDER_ROW says so)
    indicatorLine(draft, ind, rowsOf.get(ind.row) ?? []);
  }
  totals(draft, ev, table.total ? (rowsOf.get(table.total.row) ?? []) : []);
  tableFindings(draft, rowsOf.get(null) ?? []);
  return headerRow;
}

/**
 * Findings grouped by the printed row they belong to: an indicator's row, the budget row or the total
 * row of the unit's sheet; everything else (null key) is listed under the table.
 */
function findingsByRow(ev: TableEvaluation, indicatorRows: number[], otherRows: Array<number | undefined>): Map<number | null, Finding[]> {
  const known = new Set<number>([...indicatorRows, ...otherRows.filter((r): r is number => r !== undefined)]);
  const out = new Map<number | null, Finding[]>();
  for (const f of ev.findings) {
    const row = f.cell ? parseA1(f.cell)?.row ?? null : null;
    const k = row !== null && known.has(row) ? row : null;
    out.set(k, [...(out.get(k) ?? []), f]);
  }
  return out;
}

const scoreCell = (value: number | null) => (value === null ? '' : value);

function diffOf(score: number | null, reported: number | null): number | null {
  return score === null || reported === null ? null : round2(score - reported);
}

/** The scores and the 差异 of one line; 复核得分 bold where it differs from the unit's. */
function scores(draft: SheetDraft, weight: number | null, reported: number | null, score: number | null): void {
  const diff = diffOf(score, reported);
  const differs = diff !== null && Math.abs(diff) > 0.01;
  draft.put(WEIGHT, WEIGHT, scoreCell(weight), { horizontal: 'right', numFmt: SCORE_FORMAT });
  draft.put(REPORTED, REPORTED, scoreCell(reported), { horizontal: 'right', numFmt: SCORE_FORMAT });
  draft.put(SCORE, SCORE, scoreCell(score), { horizontal: 'right', numFmt: SCORE_FORMAT, bold: differs });
  draft.put(DIFF, DIFF, scoreCell(diff), { horizontal: 'right', numFmt: SCORE_FORMAT, bold: differs });
}

function problems(draft: SheetDraft, findings: Finding[], first = PROBLEMS, last = PROBLEMS): void {
  const worst = worstSeverity(findings);
  draft.put(first, last, findings.map((f) => f.message).join('\n'), worst ? { fill: SEVERITY_FILL[worst] } : {});
}

function worstSeverity(findings: Finding[]): Severity | null {
  return findings.reduce<Severity | null>((w, f) => (w === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), null);
}

function budgetLine(draft: SheetDraft, ev: TableEvaluation, findings: Finding[]): void {
  const b = ev.budget!;
  const budget = b.adjusted ?? b.planned;
  draft.put(0, 1, '预算执行');
  draft.put(2, 2, '预算执行率');
  draft.put(3, 3, budget === null ? '全年预算数：—' : `全年预算数${fmtNum(budget)}万元`);
  const rate = b.rate === null ? '' : `\n执行率${fmtPercent(b.rate)}`;
  draft.put(4, 4, b.executed === null ? '全年执行数：—' : `全年执行数${fmtNum(b.executed)}万元${rate}`);
  scores(draft, b.weight, b.reportedScore, b.score);
  draft.put(BASIS, BASIS, b.basis);
  problems(draft, findings);
  draft.next();
}

function indicatorLine(draft: SheetDraft, ind: IndicatorEvaluation, findings: Finding[]): void {
  draft.put(0, 0, ind.level1);
  draft.put(1, 1, ind.level2);
  draft.put(2, 2, ind.name);
  draft.put(3, 3, ind.target);
  draft.put(4, 4, ind.actual);
  scores(draft, ind.weight, ind.type === 'not-applicable' ? null : ind.reportedScore, ind.score);
  draft.put(BASIS, BASIS, ind.basis);
  problems(draft, findings);
  draft.next();
}

function totals(draft: SheetDraft, ev: TableEvaluation, findings: Finding[]): void {
  draft.put(0, 4, '合计（自评总分 / 复核总分）', { bold: true, horizontal: 'center' });
  scores(draft, ev.weightTotal, ev.reportedTotal, ev.total);
  draft.put(BASIS, BASIS, ev.totalBasis ?? '');
  problems(draft, findings);
  draft.next();
  draft.put(0, 4, '评价等级', { bold: true, horizontal: 'center' });
  const grade = ev.grade ?? (ev.totalOf100 !== null ? `不评级（折合百分制${fmtNum(ev.totalOf100)}分，仅供参考）` : '不评级');
  draft.put(WEIGHT, DIFF, grade, { bold: true, horizontal: 'center', fontSize: ev.grade ? 12 : 10 });
  draft.put(BASIS, PROBLEMS, ev.gradeBasis);
  draft.next();
}

function tableFindings(draft: SheetDraft, findings: Finding[]): void {
  draft.put(0, LAST_COL, findings.length ? `表级问题（${findings.length}条，不属于某一指标行）` : '表级问题：无', { bold: true });
  draft.next();
  for (const f of findings) {
    draft.put(0, 0, SEVERITY_LABEL[f.severity], { fill: SEVERITY_FILL[f.severity], horizontal: 'center' });
    draft.put(1, 1, f.cell ?? '整表');
    draft.put(2, LAST_COL, f.message);
    draft.next();
  }
}

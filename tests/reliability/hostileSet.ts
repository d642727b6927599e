/**
 * The hostile workbooks: each a buildWorkbook description of a sheet finance staff really receive,
 * pushed to an extreme. Written to a temp folder by writeHostileSet; the tests score that folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbook, type CellSpec, type SheetSpec } from '../helpers/xlsx/buildWorkbook';
import { manyIndicators, nationalSheet, nationalTable, standardIndicators, type IndicatorRow } from '../helpers/xlsx/nationalSheet';

/** Converts ASCII digits to full-width ones (２９７９人), as some input methods type them. */
export const fullWidth = (s: string) => s.replace(/[0-9.]/g, (ch) => (ch === '.' ? '．' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));

export const LONG = 10_000;
const long = (prefix: string) => prefix + '（说明）'.repeat(Math.ceil((LONG - prefix.length) / 4)).slice(0, LONG - prefix.length);

/** Error values, one per column of the indicator block and of the 资金 line. */
export const ERROR_CELLS: Record<string, string> = {
  D6: '#DIV/0!', // 年初预算数
  F6: '#REF!', // 全年执行数
  C13: '#N/A', // 二级指标 (level name)
  D14: '#NAME?', // 三级指标 (indicator name)
  E15: '#VALUE!', // 年度指标值
  F16: '#DIV/0!', // 实际完成值
  G17: '#REF!', // 分值
  H18: '#N/A', // 得分
  I19: '#NULL!', // 偏差原因
  H20: '#NUM!', // 总分 得分
};

function withErrors(): SheetSpec {
  const sheet = nationalSheet('错误值');
  for (const [a1, error] of Object.entries(ERROR_CELLS)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    sheet.rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = { error };
  }
  return sheet;
}

function fullWidthSheet(): SheetSpec {
  const indicators = standardIndicators().map((i) => ({
    ...i,
    target: fullWidth(String(i.target)),
    actual: fullWidth(String(i.actual)),
    weight: fullWidth(String(i.weight)),
    score: fullWidth(String(i.score)),
  }));
  const t = nationalTable({ indicators, budget: ['４２０', '４２０', '４２０', '１０', '１００％', '１０'], totalWeight: '１００', total: '１００' });
  return { name: '全角数字', rows: t.rows, merges: t.merges };
}

function longTextSheet(): SheetSpec {
  const indicators: IndicatorRow[] = standardIndicators().map((i, n) =>
    n === 0 ? { ...i, name: long('托养服务人数'), reason: long('偏差原因') } : n === 1 ? { ...i, actual: long('基本完成') } : i,
  );
  const t = nationalTable({ name: long('2022年残疾人托养服务市级补助经费'), indicators });
  return { name: '超长文本', rows: t.rows, merges: t.merges };
}

/** Every number a formula with its cached result, as Excel saves it. */
function formulaSheet(cached: boolean): SheetSpec {
  const f = (formula: string, result: number | string): CellSpec => (cached ? { formula, result } : { formula });
  const indicators = standardIndicators().map((i, n) => ({
    ...i,
    weight: f(`${i.weight}*1`, i.weight as number),
    score: f(`G${13 + n}`, i.score as number),
  }));
  const t = nationalTable({
    indicators,
    budget: [f('400+20', 420), f('D6', 420), f('E6', 420), f('100-SUM(G13:G19)', 10), f('F6/E6', 1), f('G6*MIN(1,H6)', 10)],
    totalWeight: f('SUM(G13:G19)+G6', 100),
    total: f('SUM(H13:H19)+I6', 100),
  });
  return { name: cached ? '全是公式' : '公式无缓存值', rows: t.rows, merges: t.merges, numFmts: { H6: '0.00%' } };
}

/** Shifts every row reference ≥ 13 down by one, for a header that grew a second row. */
const shiftBelowHeader = (merges: string[]) =>
  merges.map((m) => m.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `${col}${Number(row) >= 13 ? Number(row) + 1 : row}`));

/** A group row (绩效指标 / 评价) over the usual header, with 分值/得分/偏差原因 merged down both rows. */
function groupHeaderSheet(): SheetSpec {
  const t = nationalTable();
  t.rows.splice(11, 1,
    ['绩效指标', '绩效指标', null, null, '指标值', null, '分值', '得分', '偏差原因分析及改进措施'],
    [null, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
  );
  const merges = shiftBelowHeader(t.merges).filter((m) => m !== 'I12:J12');
  merges.push('B12:D12', 'E12:F12', 'G12:G13', 'H12:H13', 'I12:J13');
  return { name: '分组表头', rows: t.rows, merges };
}

/** 一级/二级/三级 … 偏差原因 split over rows 12 and 13, with the single-word columns merged down. */
/** Plain weights, but every 得分 a formula saved without its result (as some generators write them). */
function scoreFormulasUncached(): SheetSpec {
  const indicators = standardIndicators().map((i, n) => ({ ...i, score: { formula: `G${13 + n}` } as CellSpec }));
  const t = nationalTable({ indicators, total: { formula: 'SUM(H13:H19)+I6' } });
  return { name: '得分公式无缓存值', rows: t.rows, merges: t.merges };
}

function twoRowHeaderSheet(): SheetSpec {
  const t = nationalTable();
  t.rows.splice(11, 1,
    ['绩效指标', '一级', '二级', '三级', '年度', '实际', '分值', '得分', '偏差原因分析'],
    [null, '指标', '指标', '指标', '指标值', '完成值', null, null, '及改进措施'],
  );
  const merges = shiftBelowHeader(t.merges).filter((m) => m !== 'I12:J12');
  merges.push('G12:G13', 'H12:H13', 'I12:J12', 'I13:J13');
  return { name: '两行表头', rows: t.rows, merges };
}

function noDataTableSheet(rows: number): SheetSpec {
  const out: CellSpec[][] = [['序号', '摘要', '金额（元）']];
  for (let i = 1; i <= rows; i++) out.push([i, `支付第${i}笔款项`, (i * 37) % 10000]);
  return { name: '流水', rows: out };
}

export interface HostileFile {
  file: string;
  sheets: () => SheetSpec[];
}

export const HOSTILE: HostileFile[] = [
  { file: '5000行指标.xlsx', sheets: () => [nationalSheet('自评表', { indicators: manyIndicators(5000) })] },
  { file: '10万行无表.xlsx', sheets: () => [noDataTableSheet(100_000), nationalSheet('自评表')] },
  { file: '1000个合并区域.xlsx', sheets: () => [nationalSheet('自评表', { indicators: manyIndicators(1000), mergeReasons: true })] },
  {
    file: '合并跨表头.xlsx',
    sheets: () => [
      // 得分 header merged down over the first indicator's score; 偏差原因 header over its reason.
      nationalSheet('纵向跨表头', { extraMerges: ['H12:H13', 'I12:J13'], dropMerges: ['I12:J12'] }),
      // 年度指标值 and 实际完成值 headers merged into one.
      nationalSheet('横向合并表头', { extraMerges: ['E12:F12'] }),
      // A merge from the goals row into the header row.
      nationalSheet('目标跨入表头', { extraMerges: ['B11:F12'], dropMerges: ['B11:F11'] }),
    ],
  },
  { file: '错误值.xlsx', sheets: () => [withErrors()] },
  { file: '全角数字.xlsx', sheets: () => [fullWidthSheet(), nationalSheet('半角对照')] },
  { file: '超长文本.xlsx', sheets: () => [longTextSheet()] },
  { file: '全是公式.xlsx', sheets: () => [formulaSheet(true), formulaSheet(false), scoreFormulasUncached()] },
  { file: '左右两表.xlsx', sheets: () => [nationalSheet('自评表', {}, { at: 'L1', name: '第二个项目' })] },
  { file: '两行表头.xlsx', sheets: () => [groupHeaderSheet(), twoRowHeaderSheet()] },
  { file: '无总分行.xlsx', sheets: () => [nationalSheet('自评表', { noTotalRow: true })] },
];

export async function writeHostileSet(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const h of HOSTILE) fs.writeFileSync(path.join(dir, h.file), await buildWorkbook(h.sheets()));
}

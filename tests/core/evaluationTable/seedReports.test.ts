/**
 * SPEC §9 on the tables of the seed reports, written to .xlsx and read back through the ExcelJS host: the
 * arithmetic errors the reports print are found at their cells, and corrected copies give no finding.
 */
import { readWorkbookBuffer } from '../../../src/hosts/xlsx';
import { scoreGrid, NATIONAL, type EvaluationTableResult, type Finding } from '../../../src/core';
import { buildWorkbook, type SheetSpec } from '../../helpers/xlsx/buildWorkbook';
import { jiangAnSummary, kunmingSummary, scoringAsPrinted, scoringCorrected, table31, table41, table42 } from './seedTables';

async function evaluationsOf(sheet: SheetSpec): Promise<EvaluationTableResult[]> {
  const { grids } = await readWorkbookBuffer(await buildWorkbook([sheet]));
  const score = scoreGrid(grids[0], NATIONAL);
  expect(score.tables).toHaveLength(0); // never taken for a 自评表
  expect(score.skipped).toBeNull();
  return score.evaluationTables.map((t) => t.evaluation);
}

async function onlyTable(sheet: SheetSpec): Promise<EvaluationTableResult> {
  const tables = await evaluationsOf(sheet);
  expect(tables).toHaveLength(1);
  return tables[0];
}

const at = (findings: Finding[], code: Finding['code']) => findings.filter((f) => f.code === code).map((f) => f.cell);

describe('综合评分表 of the 2022 自治区财政残疾人事业发展补助资金 report', () => {
  it('gives SUBTOTAL_MISMATCH at every label whose (N分) differs from its rows’ 分值', async () => {
    const t = await onlyTable(scoringAsPrinted());
    expect(t.variant).toBe('scoring');
    expect(t.range).toBe('A1:H33');
    // Only the 27 rows with a name or numbers are items; the three rows of 评价要点 alone are not.
    expect(t.items).toHaveLength(27);
    expect(at(t.findings, 'SUBTOTAL_MISMATCH').sort()).toEqual(
      [
        'C3', // A11立项依据充分性(2分) beside 分值 3
        'B3', // A1项目立项(5分): only A11's 3 under it
        'B5', // A2绩效目标(5分): only A21's 3
        'A3', // A决策 (15分): 3 + 3 + 3 + 2 = 11
        'B20', // C3产出时效 (10分): C31, C32 and, with no C4 label printed, C41–C43: 5 + 5 + 4 + 3 + 3 = 20
      ].sort(),
    );
    const a11 = t.findings.find((f) => f.cell === 'C3')!;
    expect(a11.message).toContain('标注2分');
    expect(a11.message).toContain('3分');
    expect(t.findings.find((f) => f.cell === 'A3')!.message).toContain('11分');
  });

  it('finds the 合计 line off by the same rows, and checks no label that agrees', async () => {
    const t = await onlyTable(scoringAsPrinted());
    expect(at(t.findings, 'TOTAL_MISMATCH').sort()).toEqual(['G33', 'H33']);
    expect(t.findings.find((f) => f.cell === 'G33')!.message).toMatch(/100分.*96分/);
    expect(t.findings.find((f) => f.cell === 'H33')!.message).toMatch(/98分.*94分/);
    // The 合计 says 100: no WEIGHT_SUM on top of the TOTAL_MISMATCH.
    expect(at(t.findings, 'WEIGHT_SUM')).toEqual([]);
    expect(t.weightTotal).toBe(96);
    expect(t.total).toBe(94);
    expect(t.reportedTotal).toBe(98);
    expect(t.grade).toBeNull(); // the weights do not add up to 100
  });

  it('reads items, 一级 subtotals and levels from merged labels', async () => {
    const t = await onlyTable(scoringAsPrinted());
    const b21 = t.items.find((i) => i.name.startsWith('B21'))!;
    expect(b21).toMatchObject({ cell: 'C13', level1: 'B过程 (20分)', level2: 'B2组织实施 (8分)', weight: 4, score: 2, scoreCell: 'H13' });
    expect(t.subtotals.map((s) => [s.label, s.statedWeight, s.weight, s.score])).toEqual([
      ['A决策', 15, 11, 11],
      ['B过程', 20, 20, 18],
      ['C产出', 40, 40, 40],
      ['D效益', 25, 25, 25],
    ]);
  });

  it('gives no finding for the corrected copy', async () => {
    const t = await onlyTable(scoringCorrected());
    expect(t.findings).toEqual([]);
    expect(t.items).toHaveLength(29);
    expect([t.weightTotal, t.total, t.reportedTotal, t.grade]).toEqual([100, 98, 98, '优']);
  });
});

describe('表3-1 of the same report (summary by columns)', () => {
  it('gives RATE_MISMATCH at the 过程 得分率 cell: 98.00 % stated, 18 ÷ 20 = 90 %', async () => {
    const t = await onlyTable(table31());
    expect(t.variant).toBe('summary-by-columns');
    expect(t.findings.map((f) => [f.code, f.cell])).toEqual([['RATE_MISMATCH', 'C5']]);
    expect(t.findings[0].message).toContain('98.00%');
    expect(t.findings[0].message).toContain('90.00%');
    // 权重 beside 分值 and no 得分: 分值 is the score line. "100.00" without % is 100 %.
    expect(t.items.map((i) => [i.name, i.weight, i.score, i.statedRate])).toEqual([
      ['A项目决策', 15, 15, 1],
      ['B项目过程', 20, 18, 0.98],
      ['C项目产出', 40, 40, 1],
      ['D项目效益', 25, 25, 1],
    ]);
    expect([t.weightTotal, t.total, t.reportedTotal, t.statedTotalCell]).toEqual([100, 98, 98, 'F4']);
  });

  it('gives no finding once the 过程 rate says 90 %', async () => {
    expect((await onlyTable(table31(0.9))).findings).toEqual([]);
  });
});

describe('江岸 评分结果一览表 (summary by rows)', () => {
  it('gives no finding: 18.52 + 19.00 + 28.58 + 30 = 96.10, 优', async () => {
    const t = await onlyTable(jiangAnSummary());
    expect(t.variant).toBe('summary');
    expect(t.range).toBe('B2:D9');
    expect(t.findings).toEqual([]);
    expect([t.weightTotal, t.total, t.reportedTotal, t.statedGrade, t.statedGradeCell]).toEqual([100, 96.1, 96.1, '优', 'D9']);
    expect(t.subtotals.map((s) => s.label)).toEqual(['整体投入', '整体过程', '整体产出', '整体效果']);
  });

  it('finds a 综合绩效 that is not the sum of its parts, and a grade that does not fit it', async () => {
    const wrongTotal = await onlyTable(jiangAnSummary({ total: '97.10分' }));
    expect(wrongTotal.findings.map((f) => [f.code, f.cell])).toEqual([['TOTAL_MISMATCH', 'D8']]);
    const wrongGrade = await onlyTable(jiangAnSummary({ grade: '良好' }));
    expect(wrongGrade.findings.map((f) => [f.code, f.cell])).toEqual([['GRADE_MISMATCH', 'D9']]);
    expect(wrongGrade.findings[0].message).toContain('96.1分');
  });
});

describe('昆明 项目绩效指标体系得分情况 (项目 · 权重分 · 得分 · 扣分 · 得分率)', () => {
  it('gives no finding: 56 ÷ 60 = 93.33 % within 0.01 %, 合计 95 of 100', async () => {
    const t = await onlyTable(kunmingSummary());
    expect(t.findings).toEqual([]);
    expect(t.items.map((i) => [i.name, i.weight, i.score, i.statedRate])).toEqual([
      ['A项目决策', 20, 20, 1],
      ['B项目管理', 20, 19, 0.95],
      ['C项目绩效', 60, 56, 0.9333],
    ]);
    expect([t.weightTotal, t.total, t.reportedTotal, t.grade]).toEqual([100, 95, 95, '优']);
  });

  it('finds a rate off by more than 0.01 %', async () => {
    const spec = kunmingSummary();
    spec.rows[4][4] = '93.30%';
    expect((await onlyTable(spec)).findings.map((f) => [f.code, f.cell])).toEqual([['RATE_MISMATCH', 'E5']]);
  });
});

describe('表4-1 and 表4-2: one 一级指标 each, closed by 小计', () => {
  it('checks their labels and 小计 and does not ask them to add up to 100', async () => {
    const t41 = await onlyTable(table41());
    const t42 = await onlyTable(table42());
    expect(t41.findings).toEqual([]);
    expect(t42.findings).toEqual([]);
    expect([t41.weightTotal, t41.total, t41.grade]).toEqual([15, 15, null]);
    expect([t42.weightTotal, t42.total]).toEqual([20, 18]);
  });

  it('finds a 小计 and a bare "(12)" label that disagree with their rows', async () => {
    const spec = table42();
    spec.rows[7][6] = 19; // 小计 得分 19, rows give 18
    spec.rows[2][1] = 'B1 资金管理(10)'; // rows give 12
    const t = await onlyTable(spec);
    expect(t.findings.map((f) => [f.code, f.cell]).sort()).toEqual([
      ['SUBTOTAL_MISMATCH', 'B3'],
      ['SUBTOTAL_MISMATCH', 'G8'],
    ]);
  });
});

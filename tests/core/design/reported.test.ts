/**
 * Design and option findings travel like any other finding: in the JSON of SPEC §7 (code, severity, cell,
 * message) and as marks in the write plan (fill + note), so the summary, the 问题清单 and the 复核表 show them.
 */
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS, SEVERITY_FILL } from '../../../src/core';
import { fixture } from '../../helpers/fixtures';

async function scored(file: string, sheet: string) {
  const { grids } = await readWorkbookFile(fixture(file));
  const grid = grids.find((g) => g.sheet === sheet)!;
  const score = scoreGrid(grid, NATIONAL);
  // Through JSON, as the CLI prints it.
  const json = JSON.parse(JSON.stringify(score.tables.map((t) => t.evaluation)));
  return { json, plan: planSheet(grid, score, DEFAULT_PLAN_OPTIONS) };
}

test('项目A: the 资金支付 产出 indicator and the 长期 target are in the JSON and marked in the plan', async () => {
  const { json, plan } = await scored('multi-sheet-variants.xlsx', '项目A');
  const findings = json[0].findings as Array<{ code: string; severity: string; cell: string; message: string }>;
  const spending = findings.find((f) => f.code === 'QUANTITY_IS_SPENDING')!;
  expect(spending).toMatchObject({ severity: 'warning', cell: 'E19' });
  expect(spending.message).toContain('年度资金支付完成率');
  const vague = findings.find((f) => f.code === 'VAGUE_TARGET')!;
  expect(vague).toMatchObject({ severity: 'info', cell: 'F25' });
  expect(vague.message).toContain('“长期”');

  const e19 = plan.changes.find((c) => c.cell === 'E19')!;
  expect(e19.fill).toBe(SEVERITY_FILL.warning);
  expect(e19.note).toContain('反映的是资金使用进度');
  // Infos stay off the unit's sheet, like 执行率 below 90 % (the JSON and the lists carry them).
  expect(plan.changes.find((c) => c.cell === 'F25')).toBeUndefined();
  // The scores are untouched: 100 as the unit reported.
  expect(json[0].total).toBe(100);
});

test('national-problems: all indicators self-scored full against a 76.34 % 执行率 → ALL_FULL_MARKS and SCORE_EXECUTION_INCOHERENT at the total H22', async () => {
  const { json, plan } = await scored('national-problems.xlsx', '2023自评');
  const findings = json[0].findings as Array<{ code: string; cell: string; message: string }>;
  const full = findings.find((f) => f.code === 'ALL_FULL_MARKS')!;
  expect(full.cell).toBe('H22');
  expect(full.message).toContain('全部9项指标均自评满分');
  expect(full.message).toContain('预算执行率仅76.34%');
  // 10+10+10+5+5+10+15+16+10 = 91 of 90 indicator points; 1.0111 / 0.7634 − 1 = 32.45 %
  expect(findings.find((f) => f.code === 'SCORE_EXECUTION_INCOHERENT')!.message).toContain('自评得分率101.11%（91分 ÷ 90分），高出预算执行率76.34%达32.45%');
  expect(plan.changes.find((c) => c.cell === 'H22')!.note).toContain('自评偏高');
});

/** Evaluation tables through the CLI (SPEC §9): in the JSON as kind `evaluation`, in the text report, the summary, and marked-only copies. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './run';
import { buildWorkbook } from '../helpers/xlsx/buildWorkbook';
import { nationalSheet } from '../helpers/xlsx/nationalSheet';
import { diffWorkbooks } from '../helpers/xlsx/diffWorkbooks';
import { jiangAnSummary, table31 } from '../core/evaluationTable/seedTables';

async function workbook(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-eval-'));
  const file = path.join(dir, '评价报告.xlsx');
  fs.writeFileSync(file, await buildWorkbook([nationalSheet('自评表'), table31(), jiangAnSummary()]));
  return file;
}

describe('evaluation tables on the command line', () => {
  it('lists them in the JSON as kind evaluation, with items, after the 自评表 of earlier sheets', async () => {
    const file = await workbook();
    const r = await runCli('score', file, '--json');
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.stdout).files;
    expect(report.tables.map((t: { sheet: string; kind: string }) => [t.sheet, t.kind])).toEqual([
      ['自评表', 'project'],
      ['表3-1', 'evaluation'],
      ['评分结果', 'evaluation'],
    ]);
    const t31 = report.tables[1];
    expect(t31.items[1]).toMatchObject({ cell: 'C2', level1: 'B项目过程', level2: '', name: 'B项目过程', weight: 20, score: 18, statedRate: 0.98 });
    expect(t31.findings).toEqual([{ code: 'RATE_MISMATCH', severity: 'warning', cell: 'C5', message: expect.stringContaining('90.00%') }]);
    expect(report.tables[2]).toMatchObject({ reportedTotal: 96.1, total: 96.1, grade: '优', statedGrade: '优', findings: [] });
  });

  it('prints their 一级 subtotals and findings in the text report', async () => {
    const r = await runCli('score', await workbook());
    expect(r.stdout).toContain('评价表·评分结果汇总');
    expect(r.stdout).toMatch(/C2\s+B项目过程\s+—\s+20\s+18\s+90\.00%/);
    expect(r.stdout).toContain('填写的得分率98.00%');
    expect(r.stderr).toContain('共 1 个文件，1 张自评表（已评分 1 张），2 张评价表；');
  });

  it('writes marks only into them: a fill and a note on the 得分率 cell, no value anywhere', async () => {
    const file = await workbook();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-eval-out-'));
    await runCli('score', file, '--out', out);
    const [before, after] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await before.xlsx.readFile(file);
    await after.xlsx.readFile(path.join(out, '评价报告.xlsx'));
    // The 自评表 and the 复核表 added for it are checked elsewhere; here, only the evaluation tables' sheets.
    const evaluationSheets = diffWorkbooks(before, after).filter((d) => d.sheet !== '自评表' && !d.sheet.startsWith('复核表-'));
    expect(evaluationSheets.map((d) => [d.sheet, d.cell, d.what]).sort()).toEqual([
      ['表3-1', 'C5', 'fill'],
      ['表3-1', 'C5', 'note'],
    ]);
  });

  it('gives them a summary row that says they are 评价表', async () => {
    const file = await workbook();
    const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-eval-sum-')), '汇总.xlsx');
    await runCli('score', file, '--summary', summary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const rows = wb.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    const jiangAn = rows.find((row) => row[3] === '评分结果')!;
    // 主管部门 · 实施单位 · 项目名称 · 类型 · 自评 · 复核 · 差异 · 等级 · 错误 · 警告 · 提示 · 备注
    expect(jiangAn.slice(4, 16)).toEqual(['', '', '评分结果一览表', '评价表', 96.1, 96.1, 0, '优', 0, 0, 0, expect.stringContaining('评价表')]);
  });
});

/** A total on the wrong base in the CLI's JSON, terminal report and summary (SPEC §3.1). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './run';

async function wrongBaseWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('错基');
  [
    ['项目名称', '错基项目'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '培训人数', '≥100人', '85人', 60, 60],
    ['效益指标', '社会效益指标', '就业率', '≥60%', '60%', 30, 30],
    ['总分', null, null, null, null, 90, 90],
  ].forEach((row) => ws.addRow(row));
  const file = path.join(dir, '错基.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('weights adding up to 90 (60 + 30)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-ungraded-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('JSON: grade null, total 81 (60 × 85 / 100 + 30), totalOf100 90 as information', async () => {
    const file = await wrongBaseWorkbook(dir);
    const r = await runCli('score', file, '--json');
    const [t] = JSON.parse(r.stdout).files[0].tables;
    expect(t).toMatchObject({ weightTotal: 90, total: 81, grade: null, totalOf100: 90 });
    expect(t.gradeBasis).toBe('各项分值合计90分，不等于总分100分，复核总分81分不评定等级；折合100分制为90分，仅供参考。');
    expect(t.findings.map((f: { code: string }) => f.code)).toContain('WEIGHT_SUM');
  });

  it('terminal and summary: 不评级, with the scaled figure', async () => {
    const file = await wrongBaseWorkbook(dir);
    const summary = path.join(dir, '汇总.xlsx');
    const r = await runCli('score', file, '--summary', summary);
    expect(r.stdout).toContain('不评级（分值合计90≠100，折合百分制90，仅供参考）');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.worksheets[0];
    // Under the summary's title rows: the header row (序号 …) and the table's row after it.
    const rows = (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const at = rows.findIndex((r) => r[0] === '序号');
    const [header, row] = [rows[at], rows[at + 1]];
    expect(row[header.indexOf('等级')]).toBe('不评级');
    expect(row[header.indexOf('备注')]).toBe('分值合计90分，不评级；折合百分制90分，仅供参考');
  });
});

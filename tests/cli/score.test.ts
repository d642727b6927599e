import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './run';
import { fixture, fixtureNames } from '../helpers/fixtures';
import { diffWorkbooks } from '../helpers/xlsx/diffWorkbooks';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { scoreGrid, planSheet, NATIONAL, DEFAULT_PLAN_OPTIONS } from '../../src/core';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-cli-'));

describe('ziping score --json (SPEC §7 shape)', () => {
  it('prints one JSON document with the contract fields and exit code 0', async () => {
    const r = await runCli('score', fixture('national-kunming-2022.xlsx'), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe('national');
    const [file] = doc.files;
    expect(file).toMatchObject({ file: fixture('national-kunming-2022.xlsx'), error: null });
    const [t] = file.tables;
    expect(t).toMatchObject({ sheet: '自评表', kind: 'project', range: 'A1:J20', name: '2022年残疾人托养服务市级补助经费', weightTotal: 100, reportedTotal: 96, total: 96, grade: '优' });
    expect(t.budget).toMatchObject({ planned: 420, adjusted: 420, executed: 420, rate: 1, weight: 10, reportedScore: 10, score: 10, cell: 'I6' });
    expect(t.indicators[0]).toMatchObject({
      cell: 'D13', level1: '产出指标', level2: '数量指标', name: '托养服务人数', target: '≥2800人', actual: '2979人',
      type: 'quantitative', weight: 20, reportedScore: 20, score: 20, completion: 1.0639, direction: 'atLeast',
    });
    expect(t.indicators[0].basis).toBe('实际2979人 ≥ 指标值2800人，完成率106.39%，得满分20分');
    const cost = t.indicators.find((i: { name: string }) => i.name === '人均市级补助');
    expect(cost).toMatchObject({ direction: 'atMost', completion: 1.0639 }); // 1500 / 1409.87
    const tier2 = t.indicators.find((i: { name: string }) => i.name === '托养服务长效机制');
    expect(tier2).toMatchObject({ type: 'qualitative', direction: null, completion: null, score: 11, tier: 2 });
    for (const f of t.findings) expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'message', 'severity']);
  });

  it('lists tables in reading order and skips non-table sheets with a note, not an error', async () => {
    const r = await runCli('score', fixture('multi-sheet-variants.xlsx'), '--json');
    const [file] = JSON.parse(r.stdout).files;
    expect(file.tables.map((t: { sheet: string }) => t.sheet)).toEqual(['项目A', '项目B']);
    expect(file.skippedSheets).toEqual([{ sheet: '填报说明', reason: expect.stringContaining('不是自评表'), severity: 'info' }]);
  });

  it('gives a bad file an error entry and still scores the others (exit 1)', async () => {
    const dir = tmp();
    const bad = path.join(dir, '损坏.xlsx');
    fs.writeFileSync(bad, 'not a workbook at all');
    const r = await runCli('score', bad, fixture('yunnan-lijiang-2020.xlsx'), '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].error).toMatch(/损坏|不是/);
    expect(doc.files[0].tables).toEqual([]);
    expect(doc.files[1]).toMatchObject({ error: null, tables: [{ total: 100, grade: '优', reportedTotal: 93 }] });
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli('score', fixture('national-kunming-2022.xlsx'), '--profile', 'mars')).code).toBe(2);
    expect((await runCli('score')).code).toBe(2);
    expect((await runCli('frobnicate')).code).toBe(2);
  });

  it('applies the chosen profile: hubei scores a table without 分值 with assumed weights', async () => {
    const national = JSON.parse((await runCli('score', fixture('department-caidian-2023.xlsx'), '--json')).stdout);
    expect(national.files[0].tables[0]).toMatchObject({ total: null, grade: null, weightsAssumed: false });
    const r = await runCli('score', fixture('department-caidian-2023.xlsx'), '--json', '--profile', 'hubei');
    const doc = JSON.parse(r.stdout);
    expect(doc.profile).toBe('hubei');
    // Budget 20 × 2794.69/3660.83 = 15.27; ten indicators at 80/10 = 8 each: eight met (64),
    // 120/140 × 8 = 6.86, and 1400人 vs 1100人次 cannot be compared (UNIT_MISMATCH, 0) → 86.13.
    expect(doc.files[0].tables[0]).toMatchObject({ total: 86.13, grade: '良', weightsAssumed: true });
  });
});

describe('ziping score (readable output)', () => {
  it('prints a table per file with recomputed and reported totals and the findings', async () => {
    const r = await runCli('score', fixture('national-problems.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('复核得分 96.2 / 自评得分 100  等级：优');
    expect(r.stdout).toContain('H20：自评得分16分超过该指标分值15分。');
    expect(r.stderr).toContain('共 1 个文件，1 张自评表');
  });
});

describe('ziping score --out', () => {
  it('writes scored copies that differ from the input only in the cells the plan names', async () => {
    const out = tmp();
    const r = await runCli('score', path.dirname(fixture('x.xlsx')), '--json', '--out', out);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const name of fixtureNames()) {
      const input = new ExcelJS.Workbook();
      await input.xlsx.readFile(fixture(name));
      const output = new ExcelJS.Workbook();
      await output.xlsx.readFile(path.join(out, name));
      const report = doc.files.find((f: { file: string }) => path.basename(f.file) === name);
      expect(report.output).toBe(path.join(out, name));
      // The plan, recomputed from the input: the copy must differ in exactly its cells and nowhere else.
      const planned = new Set<string>();
      for (const grid of (await readWorkbookFile(fixture(name))).grids) {
        const score = scoreGrid(grid, NATIONAL);
        if (!score.tables.length) continue;
        const plan = planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
        for (const c of plan.changes) planned.add(`${grid.sheet}!${c.cell}`);
        for (const s of plan.sheets ?? []) planned.add(`${s.name}!`); // the 复核表 the write-back adds
      }
      const changed = new Set(diffWorkbooks(input, output).map((d) => `${d.sheet}!${d.cell}`));
      expect([...changed].sort()).toEqual([...planned].sort());
      // Formulas survive untouched (multi-sheet-variants has two).
      if (name === 'multi-sheet-variants.xlsx') {
        expect(output.getWorksheet('项目A')!.getCell('I27').formula).toBe('SUM(I16:I26)+J9');
        expect(output.getWorksheet('项目A')!.getCell('I9').formula).toBe('G9/F9');
      }
    }
    // The input folder is never modified.
    expect(fs.readdirSync(path.dirname(fixture('x.xlsx'))).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(fixtureNames());
  });

  it('refuses to write over its input', async () => {
    const dir = tmp();
    const file = path.join(dir, 'a.xlsx');
    fs.copyFileSync(fixture('national-kunming-2022.xlsx'), file);
    const before = fs.readFileSync(file);
    const r = await runCli('score', file, '--json', '--out', dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].error).toContain('拒绝覆盖');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('ziping score --summary', () => {
  it('writes one row per table with reported and recomputed totals', async () => {
    const dir = tmp();
    const summary = path.join(dir, '汇总.xlsx');
    await runCli('score', fixture('national-problems.xlsx'), fixture('multi-sheet-variants.xlsx'), '--json', '--summary', summary, '--title', '2023年度');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.getCell('A1').value).toBe('2023年度 绩效自评表复核汇总');
    const rows = (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1)).slice(2);
    expect(rows[0]).toEqual(['序号', '文件', '工作表', '主管部门', '实施单位/单位名称', '项目名称', '类型', '自评得分', '复核得分', '差异', '等级', '错误', '警告', '提示', '备注']);
    // Files in natural order: multi-sheet-variants before national-problems.
    expect(rows[1].slice(0, 11)).toEqual([1, 'multi-sheet-variants.xlsx', '项目A', '天长市水利局', '天长市水利局', '水旱灾害防御经费', '项目支出', 100, 100, 0, '优']);
    expect(rows[3].slice(0, 11)).toEqual([3, 'national-problems.xlsx', '2023自评', '武汉市蔡甸区残疾人联合会', '武汉市蔡甸区残疾人联合会', '2023年度残疾人事业综合经费', '项目支出', 100, 96.2, 3.8, '优']);
    // Three tables (the 填报说明 sheet of a file with tables is not a row), then the averages and grades.
    expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(3);
  });

  it('lists a file that could not be read with its reason under 备注, once', async () => {
    const dir = tmp();
    const bad = path.join(dir, '空文件.xlsx');
    fs.writeFileSync(bad, '');
    const summary = path.join(dir, '汇总.xlsx');
    const r = await runCli('score', bad, '--json', '--summary', summary);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const row = wb.getWorksheet('汇总')!.getRow(4);
    expect([row.getCell(1).value, row.getCell(2).value]).toEqual([1, '空文件.xlsx']);
    expect(String(row.getCell(15).value)).toMatch(/空文件\.xlsx/);
    expect(String(row.getCell(15).value)).not.toMatch(/无法读取.*无法读取/);
  });

  it('accepts only an .xlsx name (exit 2)', async () => {
    const r = await runCli('score', fixture('national-kunming-2022.xlsx'), '--summary', path.join(tmp(), '汇总.xls'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('应以 .xlsx 结尾');
  });
});

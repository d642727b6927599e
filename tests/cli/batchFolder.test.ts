/**
 * Issue 10's folder scenario (SPEC §7.1): two units' subfolders with same-named workbooks, an .xls, a .csv,
 * a workbook with no table, a 部门整体 table without weights and the --out folder of a previous run inside
 * the input folder. One run with --out and --summary must account for every input.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './run';
import { fixture } from '../helpers/fixtures';

// Scoring real workbooks takes a few seconds when the machine is busy (CI shares its cores).
jest.setTimeout(30_000);

interface JsonTable {
  total: number | null;
  reportedTotal: number | null;
  department: string | null;
  findings: Array<{ severity: string }>;
}
interface JsonFile {
  file: string;
  error: string | null;
  tables: JsonTable[];
}

/** Copies a fixture, writing `department` into the cell right of its 主管部门 label. */
async function copyWithDepartment(name: string, target: string, department: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture(name));
  let done = false;
  wb.eachSheet((ws) =>
    ws.eachRow((row) => {
      let labelSeen = false;
      row.eachCell((cell) => {
        if (done) return;
        if (cell.value === '主管部门') labelSeen = true;
        // Cells covered by the label's merge repeat its value; the next other cell is the department.
        else if (labelSeen && cell.isMerged && cell.master !== cell) return;
        else if (labelSeen) {
          cell.value = department;
          done = true;
        }
      });
    }),
  );
  if (!done) throw new Error(`no 主管部门 in ${name}`);
  await wb.xlsx.writeFile(target);
}

async function workbookWithoutTable(target: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本文件夹为各单位报送的项目支出绩效自评表，请逐一审核。']);
  await wb.xlsx.writeFile(target);
}

/** Rows from `from` down, each as many cells as the header is wide, empty cells as null. */
const rowsOf = (ws: ExcelJS.Worksheet, from: number) => {
  const out: unknown[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value ?? null));
  }
  return out;
};

describe('a folder of submissions, scored in one run (issue 10)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-batch-'));
  const input = path.join(root, '报送');
  const out = path.join(input, '已评分');
  const summary = path.join(input, '汇总.xlsx');
  let doc: { files: JsonFile[] };
  let code: number;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    for (const d of ['区教育局', '区民政局', '已评分/区教育局']) fs.mkdirSync(path.join(input, d), { recursive: true });
    await copyWithDepartment('national-kunming-2022.xlsx', path.join(input, '区教育局', '自评表.xlsx'), '区教育局');
    await copyWithDepartment('national-problems.xlsx', path.join(input, '区教育局', '专项资金.xlsx'), '区教育局');
    await copyWithDepartment('yunnan-lijiang-2020.xlsx', path.join(input, '区民政局', '自评表.xlsx'), '区民政局');
    fs.copyFileSync(fixture('department-caidian-2023.xlsx'), path.join(input, '区民政局', '部门整体.xlsx'));
    fs.writeFileSync(path.join(input, '旧格式.xls'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    fs.writeFileSync(path.join(input, '数据.csv'), '项目名称,得分\n示例,90\n');
    await workbookWithoutTable(path.join(input, '填报说明.xlsx'));
    // A previous run's copy inside the input folder: it must be neither scored nor refused.
    fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(out, '区教育局', '自评表.xlsx'));
    // A previous run's summary too.
    await workbookWithoutTable(summary);

    const r = await runCli('score', input, '--json', '--out', out, '--summary', summary);
    code = r.code;
    doc = JSON.parse(r.stdout);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
  }, 60_000);

  it('lists every input once, the .xls and .csv as errors, and nothing from the old output', () => {
    const names = doc.files.map((f) => path.relative(input, f.file)).sort();
    expect(names).toEqual(
      ['区教育局/专项资金.xlsx', '区教育局/自评表.xlsx', '区民政局/部门整体.xlsx', '区民政局/自评表.xlsx', '填报说明.xlsx', '数据.csv', '旧格式.xls'].sort(),
    );
    const errors = doc.files.filter((f) => f.error).map((f) => path.basename(f.file)).sort();
    expect(errors).toEqual(['数据.csv', '旧格式.xls']);
    expect(code).toBe(1); // two files could not be read
  });

  it('writes each unit\'s same-named copy to its own folder under --out', () => {
    expect(fs.existsSync(path.join(out, '区教育局', '自评表.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(out, '区民政局', '自评表.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(out, '已评分'))).toBe(false);
    const copy = doc.files.find((f) => f.file.endsWith(path.join('区民政局', '自评表.xlsx'))) as JsonFile & { output: string };
    expect(copy.output).toBe(path.join(out, '区民政局', '自评表.xlsx'));
  });

  it('汇总 has a row per table and per unscored file, with relative paths, status and reasons', () => {
    const ws = wb.getWorksheet('汇总')!;
    expect(String(ws.getCell('A1').value)).toBe('报送 绩效自评表复核汇总');
    expect(String(ws.getCell('A2').value)).toMatch(/^评分规则：全国通用（财预〔2020〕10号）.*生成日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(rowsOf(ws, 3)[0]).toEqual(['序号', '文件', '工作表', '主管部门', '实施单位/单位名称', '项目名称', '类型', '自评得分', '复核得分', '差异', '等级', '错误', '警告', '提示', '备注']);
    const body = rowsOf(ws, 4).filter((r) => typeof r[0] === 'number');
    const byFile = new Map(body.map((r) => [`${r[1]}|${r[2]}`, r]));
    // 7 inputs: 4 workbooks with one table each, 3 files not scored.
    expect(body).toHaveLength(7);
    expect(body.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(byFile.get('区教育局/自评表.xlsx|自评表')!.slice(3, 11)).toEqual(['区教育局', '昆明市残疾人联合会', '2022年残疾人托养服务市级补助经费', '项目支出', 96, 96, 0, '优']);
    expect(byFile.get('区教育局/专项资金.xlsx|2023自评')!.slice(7, 11)).toEqual([100, 96.2, 3.8, '优']);
    expect(byFile.get('区民政局/自评表.xlsx|自评表')!.slice(7, 11)).toEqual([93, 100, -7, '优']);
    const dept = byFile.get('区民政局/部门整体.xlsx|部门整体自评表')!;
    expect(dept.slice(4, 7)).toEqual(['武汉市蔡甸区残疾人联合会', '', '部门整体']);
    expect(dept[8]).toBeNull();
    expect(dept[14]).toBe('未评分：表中没有分值，所选评分规则也不提供推定权重');
    expect(String(byFile.get('旧格式.xls|')![14])).toContain('另存为');
    expect(String(byFile.get('数据.csv|')![14])).toContain('CSV');
    expect(String(byFile.get('填报说明.xlsx|说明')![14])).toContain('不是自评表');
    // Under the rows: averages over the scored tables and the grade distribution.
    const avg = rowsOf(ws, 4).find((r) => r[1] === '平均分（自评 / 复核）')!;
    // 自评 (96 + 100 + 93) / 3 = 96.33; 复核 (96 + 96.2 + 100) / 3 = 97.4 (the 部门整体 table has neither).
    expect([avg[7], avg[8]]).toEqual([96.33, 97.4]);
    const dist = rowsOf(ws, 4).find((r) => String(r[1]).startsWith('等级分布'))!;
    expect(dist[1]).toBe('等级分布（已评分 3 张）：优 3 张（100.00%）　良 0 张（0.00%）　中 0 张（0.00%）　差 0 张（0.00%）');
  });

  it('问题清单 has one row per finding in the JSON, with an autofilter and a frozen header', () => {
    const ws = wb.getWorksheet('问题清单')!;
    const findings = doc.files.flatMap((f) => f.tables.flatMap((t) => t.findings));
    expect(findings.length).toBeGreaterThan(10);
    expect(rowsOf(ws, 2)[0]).toEqual(['文件', '工作表', '单元格', '单位', '项目', '级别', '代码', '说明']);
    expect(rowsOf(ws, 3).filter((r) => r.some((v) => v !== null))).toHaveLength(findings.length);
    expect(ws.autoFilter).toBe(`A2:H${2 + findings.length}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('单位汇总 has a row per unit with the averages of its tables', () => {
    const ws = wb.getWorksheet('单位汇总')!;
    expect(rowsOf(ws, 3)[0]).toEqual(['单位', '表数', '自评平均', '复核平均', '差异', '优', '良', '中', '差', '错误', '警告', '未评分']);
    const units = new Map(rowsOf(ws, 4).map((r) => [r[0], r.slice(1)]));
    const counts = (dept: string, severity: string) =>
      doc.files.flatMap((f) => f.tables).filter((t) => t.department === dept).flatMap((t) => t.findings).filter((x) => x.severity === severity).length;
    // 区教育局: 自评 (96 + 100) / 2 = 98, 复核 (96 + 96.2) / 2 = 96.1, 差异 (0 + 3.8) / 2 = 1.9.
    expect(units.get('区教育局')).toEqual([2, 98, 96.1, 1.9, 2, 0, 0, 0, counts('区教育局', 'error'), counts('区教育局', 'warning'), 0]);
    expect(units.get('区民政局')).toEqual([1, 93, 100, -7, 1, 0, 0, 0, counts('区民政局', 'error'), counts('区民政局', 'warning'), 0]);
    // The 部门整体 table names no 主管部门: it is grouped by its 单位名称, and counted as not scored.
    expect(units.get('武汉市蔡甸区残疾人联合会')!.slice(0, 4)).toEqual([1, null, null, null]);
    expect(units.get('武汉市蔡甸区残疾人联合会')![10]).toBe(1);
    // Files at the top of the folder name no unit: the .xls, the .csv and the workbook without a table.
    expect(units.get('（未注明单位）')).toEqual([0, null, null, null, 0, 0, 0, 0, 0, 0, 3]);
    expect(units.size).toBe(4);
  });

  it('prints every sheet A4 landscape, one page wide, with the header row repeated', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    }
  });
});

describe('several input folders and macro workbooks', () => {
  it('keeps each folder\'s name as the first level under --out, so same-named files do not collide', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-two-'));
    for (const unit of ['区教育局', '区民政局']) {
      fs.mkdirSync(path.join(root, unit));
      fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(root, unit, '自评表.xlsx'));
    }
    const out = path.join(root, '已评分');
    const r = await runCli('score', path.join(root, '区教育局'), path.join(root, '区民政局'), '--json', '--out', out);
    expect(r.code).toBe(0);
    const files: Array<JsonFile & { output: string }> = JSON.parse(r.stdout).files;
    expect(files.map((f) => [f.error, f.tables.length, path.relative(out, f.output)])).toEqual([
      [null, 1, path.join('区教育局', '自评表.xlsx')],
      [null, 1, path.join('区民政局', '自评表.xlsx')],
    ]);
  });

  it('scores an .xlsm but writes no copy that would lose its macros, and says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-xlsm-'));
    fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(dir, '带宏.xlsm'));
    const out = path.join(dir, '已评分');
    const r = await runCli('score', dir, '--json', '--out', out);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.stdout).files;
    expect(file).toMatchObject({ error: null, tables: [{ total: 96, grade: '优' }], copyNotWritten: expect.stringContaining('宏') });
    expect(file.output).toBeUndefined();
    expect(fs.existsSync(path.join(out, '带宏.xlsm'))).toBe(false);
  });
});

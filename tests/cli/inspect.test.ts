/** `ziping inspect`: the recognition report, in Chinese, on every fixture and on a sheet with no table. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './run';
import { fixture, fixtureNames } from '../helpers/fixtures';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-inspect-'));

describe('ziping inspect on every fixture', () => {
  it.each(fixtureNames())('%s: every table scored is reported with its range, header roles and indicator rows', async (name) => {
    const [inspected, scored] = await Promise.all([runCli('inspect', fixture(name)), runCli('score', fixture(name), '--json')]);
    expect(inspected.code).toBe(0);
    const tables = JSON.parse(scored.stdout).files[0].tables as Array<{ sheet: string; range: string; indicators: unknown[] }>;
    for (const t of tables) {
      expect(inspected.stdout).toContain(`工作表「${t.sheet}」`);
      expect(inspected.stdout).toMatch(new RegExp(`表 \\d：${t.range}，`));
    }
    expect(inspected.stdout.match(/^\s+表 \d：/gm)).toHaveLength(tables.length);
    expect(inspected.stdout).toMatch(/三级指标 → 三级指标/);
    expect(inspected.stdout).toMatch(/指标行：第\d+–\d+行/);
    // Chinese throughout: no role code leaks into the text.
    expect(inspected.stdout).not.toMatch(/→ (name|target|actual|weight|score|level1)\b/);
  });

  it('marks the "/" row and the 指标2：…… leftover, and names the instructions sheet that holds no table', async () => {
    const r = await runCli('inspect', fixture('multi-sheet-variants.xlsx'));
    expect(r.stdout).toMatch(/第23行 效益指标 \/ 生态效益指标 \/ \/ +\[不适用\]/);
    expect(r.stdout).toMatch(/第24行 .*指标2：…… +\[模板\/占位行，不计\]/);
    expect(r.stdout).toMatch(/工作表「填报说明」：没有找到自评表/);
  });

  it('--json gives the same facts as data', async () => {
    const r = await runCli('inspect', fixture('yunnan-lijiang-2020.xlsx'), '--json');
    const [sheet] = JSON.parse(r.stdout).files[0].sheets;
    const [t] = sheet.tables;
    expect(t).toMatchObject({ range: 'A1:K18', kind: 'project', variant: 'yunnan', headerRows: [12, 12], closing: { cell: 'A18', label: '总分' } });
    expect(t.header.map((h: { text: string; role: string | null }) => `${h.text}:${h.role}`)).toEqual([
      '绩效指标:null', '一级指标:level1', '二级指标:level2', '三级指标:name', '指标性质:nature', '指标值:target', '度量单位:unit',
      '实际完成值:actual', '分值:weight', '得分:score', '偏差原因分析及改进措施:reason',
    ]);
    expect(t.indicators).toHaveLength(5);
  });
});

describe('ziping inspect on a sheet with no table', () => {
  it('says which row came closest, the role of each of its cells and what it lacked', async () => {
    const dir = tmp();
    const file = path.join(dir, '无表.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['2023年度项目考核表']);
    ws.addRow(['一级指标', '二级指标', '考核内容', '年度指标值', '实际完成值', '分值', '备注']);
    ws.addRow(['产出指标', '数量指标', '培训人数', '≥100人', '120人', 100]);
    await wb.xlsx.writeFile(file);
    const r = await runCli('inspect', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工作表「考核表」：没有找到自评表。最接近表头的是第2行：');
    expect(r.stdout).toContain('考核内容（未使用）');
    expect(r.stdout).toContain('年度指标值（年度指标值）');
    expect(r.stdout).toMatch(/缺少“三级指标”列（表头须含“三级指标”“指标名称”或“指标内容”/);
  });

  it('a file that cannot be read: exit 1 and the reason in Chinese', async () => {
    const r = await runCli('inspect', path.join(tmp(), '不存在.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/无法处理：找不到文件或文件夹/);
  });
});

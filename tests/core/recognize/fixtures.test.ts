/** The shared fixture workbooks, read through the ExcelJS host: every table's cells, as a clerk would point at them. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx';
import { recognizeTables } from '../../../src/core/recognize';
import { describeTable, indicatorLines } from './describe';

async function tablesOf(file: string) {
  const { grids } = await readWorkbookBuffer(await fs.readFile(path.join(__dirname, '../../fixtures', file)));
  return grids.map((g) => ({ sheet: g.sheet, tables: recognizeTables(g).map(describeTable) }));
}

const NATIONAL_COLUMNS = { level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' };
const NATIONAL_BUDGET = { row: 6, labelCell: 'B6', planned: 'D6', adjusted: 'E6', executed: 'F6', weight: 'G6', rate: 'H6', score: 'I6', statedWeight: null };

describe('fixture workbooks', () => {
  it('national-kunming-2022: one national table, seven indicators, 总分 on row 20', async () => {
    const [{ tables }] = await tablesOf('national-kunming-2022.xlsx');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'project', variant: 'national', range: 'A1:J20', nameCell: 'D3', headerRow: 12, columns: NATIONAL_COLUMNS, budget: NATIONAL_BUDGET });
    expect(tables[0]).toMatchObject({ firstIndicatorRow: 13, lastIndicatorRow: 19, applicableCount: 7, total: { labelCell: 'A20', weight: 'G20', score: 'H20', gradeCell: 'I20' } });
  });

  it('department-caidian-2023: 部门整体, no 分值/得分 columns, reason in C18', async () => {
    const [{ tables }] = await tablesOf('department-caidian-2023.xlsx');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'department', variant: 'wuhan-dept', range: 'A1:F19', nameCell: 'C2', headerRow: 7, total: null, reasonCell: 'C18' });
    expect(tables[0].columns).toEqual({ level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F' });
    expect(tables[0].budget).toMatchObject({ row: 5, labelCell: 'C5', adjusted: 'D5', executed: 'E5', rate: 'F5', weight: null, score: null });
    expect([tables[0].firstIndicatorRow, tables[0].lastIndicatorRow, tables[0].applicableCount]).toEqual([8, 17, 10]);
  });

  it('yunnan-lijiang-2020: 指标性质 · 指标值 · 度量单位 in E · F · G', async () => {
    const [{ tables }] = await tablesOf('yunnan-lijiang-2020.xlsx');
    expect(tables[0]).toMatchObject({ variant: 'yunnan', range: 'A1:K18', applicableCount: 5, total: { score: 'J18', gradeCell: 'K18' } });
    expect(tables[0].columns).toMatchObject({ nature: 'E', target: 'F', unit: 'G', actual: 'H', weight: 'I', score: 'J', reason: 'K' });
  });

  it('multi-sheet-variants: skips the instructions, reads the B3 table and the central-transfer form', async () => {
    const sheets = await tablesOf('multi-sheet-variants.xlsx');
    expect(sheets.map((s) => [s.sheet, s.tables.length])).toEqual([['填报说明', 0], ['项目A', 1], ['项目B', 1]]);
    const a = sheets[1].tables[0];
    expect(a).toMatchObject({ variant: 'national', range: 'B4:K27', nameCell: 'E6', headerRow: 15, firstIndicatorRow: 16, lastIndicatorRow: 26, indicatorCount: 11, applicableCount: 9 });
    expect(a.budget).toMatchObject({ row: 9, labelCell: 'C9', adjusted: 'F9', executed: 'G9', weight: 'H9', rate: 'I9', score: 'J9' });
    expect(a.total).toEqual({ labelCell: 'B27', weight: 'H27', score: 'I27', gradeCell: 'J27' });
    const b = sheets[2].tables[0];
    expect(b).toMatchObject({ variant: 'central', range: 'A1:J18', headerRow: 10, applicableCount: 7, total: { weight: 'E18', score: 'H18', gradeCell: 'I18' } });
    expect(b.columns).toMatchObject({ weight: 'E', target: 'F', actual: 'G', score: 'H', reason: 'I' });
  });

  it('multi-sheet-variants 项目A: blank level cells carry down; "/" and "指标2：……" rows are not applicable', async () => {
    const { grids } = await readWorkbookBuffer(await fs.readFile(path.join(__dirname, '../../fixtures/multi-sheet-variants.xlsx')));
    const [table] = recognizeTables(grids.find((g) => g.sheet === '项目A')!);
    expect(indicatorLines(table).slice(0, 2)).toEqual(['16 产出指标/数量指标/完成中型灌区节水改造项目数量', '17 产出指标/数量指标/完成农业综合水价改革项目']);
    expect(indicatorLines(table).slice(7, 9)).toEqual(['23 效益指标/生态效益指标// [n/a]', '24 效益指标/生态效益指标/指标2：…… [placeholder]']);
  });
});

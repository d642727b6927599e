/**
 * Hostile or broken tables through `ziping score --json --out`: no exception escapes (every file is
 * scored, none turns into an error entry), tables are found as expected, oddities are findings at
 * cells, and the scored copies change only the cells their plan names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding, TableEvaluation } from '../../src/core';
import { DEFAULT_PLAN_OPTIONS, NATIONAL, parseA1, parseRangeA1, planSheet, scoreGrid } from '../../src/core';
import { Grid } from '../../src/core/grid';
import { readWorkbookBuffer } from '../../src/hosts/xlsx';
import { runCli } from '../cli/run';
import { buildWorkbook } from '../helpers/xlsx/buildWorkbook';
import { manyIndicators, nationalSheet } from '../helpers/xlsx/nationalSheet';
import { checkScoredCopy, cellKey, formulaCells, type CopyCheck } from '../helpers/noLostData';
import { ERROR_CELLS, HOSTILE, LONG, writeHostileSet } from './hostileSet';

jest.setTimeout(180_000);

interface FileEntry {
  file: string;
  error: string | null;
  tables: TableEvaluation[];
  skippedSheets: Array<{ sheet: string; reason: string }>;
  output?: string;
}

let dir: string;
let inDir: string;
let outDir: string;
let code: number;
let files: FileEntry[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-hostile-'));
  inDir = path.join(dir, 'in');
  outDir = path.join(dir, 'out');
  await writeHostileSet(inDir);
  const r = await runCli('score', inDir, '--json', '--out', outDir);
  code = r.code;
  files = JSON.parse(r.stdout).files;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const entry = (file: string) => files.find((f) => path.basename(f.file) === file)!;
const table = (file: string, sheet: string, index = 0) => entry(file).tables.filter((t) => t.sheet === sheet)[index];
const at = (t: TableEvaluation, code: Finding['code']) => t.findings.filter((f) => f.code === code).map((f) => f.cell);
const codes = (t: TableEvaluation) => [...new Set(t.findings.map((f) => f.code))].sort();

describe('no exception escapes', () => {
  it('every hostile file is scored: exit 0, no error entry, a scored copy each', () => {
    expect(code).toBe(0);
    expect(files.map((f) => path.basename(f.file)).sort()).toEqual(HOSTILE.map((h) => h.file).sort());
    for (const f of files) expect({ file: f.file, error: f.error }).toEqual({ file: f.file, error: null });
    for (const f of files) expect(f.output).toBe(path.join(outDir, path.basename(f.file)));
  });

  it('every finding names a cell inside its table, or none for table-wide ones', () => {
    for (const f of files) {
      for (const t of f.tables) {
        const range = parseRangeA1(t.range)!;
        for (const finding of t.findings) {
          if (finding.cell === null) continue;
          const ref = parseA1(finding.cell);
          expect({ where: `${t.sheet}!${finding.cell}`, inside: !!ref && ref.row >= range.top && ref.row <= range.bottom && ref.col >= range.left && ref.col <= range.right })
            .toEqual({ where: `${t.sheet}!${finding.cell}`, inside: true });
        }
      }
    }
  });
});

describe('size', () => {
  it('5,000 indicator rows: all read, weights summed, the odd total a finding at its cell', () => {
    const t = table('5000行指标.xlsx', '自评表');
    expect(t.range).toBe('A1:J5013');
    expect(t.indicators).toHaveLength(5000);
    expect([t.indicators[0].cell, t.indicators[4999].cell, t.indicators[4999].name]).toEqual(['D13', 'D5012', '服务人数5000']);
    expect(t.indicators.every((i) => i.score === 1)).toBe(true);
    expect([t.weightTotal, t.total]).toEqual([5010, 5010]);
    expect(at(t, 'WEIGHT_SUM')).toEqual(['G5013']);
    expect(codes(t)).toEqual(['LEVEL1_SPLIT', 'WEIGHT_SUM']);
  });

  it('a 100,000-row sheet with no table is skipped with a note; the table beside it is scored', () => {
    const e = entry('10万行无表.xlsx');
    expect(e.skippedSheets).toEqual([{ sheet: '流水', reason: '工作表“流水”不是自评表（如填报说明、汇总），已跳过。', severity: 'info' }]);
    expect(e.tables.map((t) => [t.sheet, t.range, t.total])).toEqual([['自评表', 'A1:J20', 100]]);
  });

  it('1,000 merged areas (偏差原因 I:J on every row): 1,000 indicators with their reason cells', async () => {
    const { grids } = await readWorkbookBuffer(fs.readFileSync(path.join(inDir, '1000个合并区域.xlsx')));
    expect(grids[0].merges.length).toBeGreaterThanOrEqual(1000);
    const t = table('1000个合并区域.xlsx', '自评表');
    expect(t.indicators).toHaveLength(1000);
    expect(t.indicators.map((i) => i.reasonCell)).toEqual(t.indicators.map((i) => `I${i.row + 1}`));
    expect(codes(t)).toEqual(['LEVEL1_SPLIT', 'WEIGHT_SUM']);
  });

  it('recognising, scoring and planning stay linear: 10× the rows costs < 20× the grid reads', async () => {
    const gridOf = async (n: number) =>
      (await readWorkbookBuffer(await buildWorkbook([nationalSheet('自评表', { indicators: manyIndicators(n) })]))).grids[0];
    const [small, large] = [await gridOf(500), await gridOf(5000)];
    const methods = ['get', 'value', 'text', 'mergeAt', 'rowCells'] as const;
    const opsFor = (grid: Grid) => {
      const spies = methods.map((m) => jest.spyOn(Grid.prototype, m));
      const score = scoreGrid(grid, NATIONAL);
      planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
      const ops = spies.reduce((n, s) => n + s.mock.calls.length, 0);
      spies.forEach((s) => s.mockRestore());
      return { ops, indicators: score.tables[0].evaluation.indicators.length };
    };
    const a = opsFor(small);
    const b = opsFor(large);
    expect([a.indicators, b.indicators]).toEqual([500, 5000]);
    expect(a.ops).toBeGreaterThan(500);
    expect(b.ops / a.ops).toBeLessThan(20);
  });
});

describe('merges that cross the header', () => {
  it('得分/偏差原因 headers merged down over the first row: scored, that score read as empty, the total flagged', () => {
    const t = table('合并跨表头.xlsx', '纵向跨表头');
    expect(t.indicators).toHaveLength(7);
    expect(t.indicators[0]).toMatchObject({ cell: 'D13', reportedScore: null, score: 20 });
    expect(at(t, 'TOTAL_MISMATCH')).toEqual(['H20']);
  });

  it('年度指标值 and 实际完成值 headers merged into one: the missing column is a finding at the header', () => {
    const t = table('合并跨表头.xlsx', '横向合并表头');
    expect(t.findings.find((f) => f.code === 'COLUMN_MISSING')).toMatchObject({ severity: 'error', cell: 'B12', message: expect.stringContaining('实际完成值') });
    expect(at(t, 'VALUE_MISSING')).toEqual(['D13', 'D14', 'D15', 'D16', 'D17', 'D18', 'D19']);
  });

  it('a goals merge that swallows the header texts: the sheet is skipped with the reason, not mis-scored', () => {
    expect(entry('合并跨表头.xlsx').skippedSheets).toEqual([
      { sheet: '目标跨入表头', reason: expect.stringContaining('没有找到含“三级指标”和“年度指标值/实际完成值”的表头'), severity: 'warning' },
    ]);
  });
});

describe('values', () => {
  const t = () => table('错误值.xlsx', '错误值');
  // Every cell the table uses: amounts, values, weights, scores, and the level, name and reason columns.
  const RECOGNISED = ['D6', 'F6', 'C13', 'D14', 'E15', 'F16', 'G17', 'H18', 'I19', 'H20'];

  it('Excel error values in the number and value columns: CELL_ERROR at each cell', () => {
    expect(at(t(), 'CELL_ERROR').sort()).toEqual(RECOGNISED.sort());
    for (const a1 of RECOGNISED) {
      expect(t().findings.find((f) => f.code === 'CELL_ERROR' && f.cell === a1)?.message).toContain(ERROR_CELLS[a1]);
    }
    expect(t().indicators.find((i) => i.cell === 'D15')).toMatchObject({ target: '#VALUE!', score: 0 });
  });


  it('numbers typed with full-width digits score exactly as the half-width table', () => {
    const full = table('全角数字.xlsx', '全角数字');
    const half = table('全角数字.xlsx', '半角对照');
    expect(full.indicators[0]).toMatchObject({ target: '≥２８００人', actual: '２９７９人' });
    const numbers = (x: TableEvaluation) => ({
      total: x.total,
      reportedTotal: x.reportedTotal,
      weightTotal: x.weightTotal,
      grade: x.grade,
      budget: [x.budget?.planned, x.budget?.executed, x.budget?.rate, x.budget?.weight, x.budget?.reportedScore],
      indicators: x.indicators.map((i) => [i.weight, i.reportedScore, i.score, i.completion, i.direction]),
      findings: x.findings.map((f) => [f.code, f.cell]),
    });
    expect(numbers(full)).toEqual(numbers(half));
    expect(full.total).toBe(100);
  });

  it('10,000-character cells: kept whole, the unreadable one a finding at its cell', () => {
    const t = table('超长文本.xlsx', '超长文本');
    expect(t.name).toHaveLength(LONG);
    expect(t.indicators[0].name).toHaveLength(LONG);
    expect(t.indicators[1].actual).toHaveLength(LONG);
    expect(at(t, 'VALUE_UNPARSEABLE')).toEqual(['F14']);
  });

  it('finding messages quote long cell text shortened (under 500 characters)', () => {
    const t = table('超长文本.xlsx', '超长文本');
    expect(Math.max(...t.findings.map((f) => f.message.length))).toBeLessThan(500);
  });

  it('formulas everywhere (with cached results) score as plain numbers', () => {
    const t = table('全是公式.xlsx', '全是公式');
    expect([t.total, t.reportedTotal, t.weightTotal, t.grade, t.budget?.rate, t.budget?.score]).toEqual([100, 100, 100, '优', 1, 10]);
    expect(t.findings).toEqual([]);
  });

  it('formulas saved without results: no exception, no invented numbers', () => {
    const t = table('全是公式.xlsx', '公式无缓存值');
    expect([t.weightTotal, t.total, t.grade]).toEqual([null, null, null]);
    expect(t.indicators.every((i) => i.weight === null && i.reportedScore === null)).toBe(true);
    const s = table('全是公式.xlsx', '得分公式无缓存值');
    expect(s.indicators.every((i) => i.reportedScore === null)).toBe(true);
  });

  it('a formula saved without its result is a finding at its cell (open and save in Excel)', () => {
    const s = table('全是公式.xlsx', '得分公式无缓存值');
    expect(s.findings.map((f) => f.cell)).toEqual(expect.arrayContaining(['H13', 'H20']));
  });
});

describe('layout', () => {
  it('two tables side by side: both, left then right', () => {
    const e = entry('左右两表.xlsx');
    expect(e.tables.map((t) => [t.range, t.name, t.total])).toEqual([
      ['A1:J20', '2022年残疾人托养服务市级补助经费', 100],
      ['L1:U20', '第二个项目', 100],
    ]);
    expect(e.tables[1].indicators[0].cell).toBe('O13');
  });

  it('a missing 总分 row: recomputed total and grade, no reported total', () => {
    const t = table('无总分行.xlsx', '自评表');
    expect([t.range, t.reportedTotal, t.total, t.grade]).toEqual(['A1:J19', null, 100, '优']);
    expect(t.indicators).toHaveLength(7);
  });

  it('a header under a group row (绩效指标 / 指标值) with 分值 and 得分 merged down: scored as usual', () => {
    const t = table('两行表头.xlsx', '分组表头');
    expect([t.weightTotal, t.total, t.grade]).toEqual([100, 100, '优']);
  });

  it('a header whose words are split over two rows (一级 / 指标, 年度 / 指标值): found and scored', () => {
    const t = table('两行表头.xlsx', '两行表头');
    expect(t.indicators).toHaveLength(7);
    expect(t.total).toBe(100);
  });

  it('split headers never throw: the sheet is scored or skipped with a reason', () => {
    const e = entry('两行表头.xlsx');
    const seen = [...e.tables.map((t) => t.sheet), ...e.skippedSheets.map((s) => s.sheet)].sort();
    expect(seen).toEqual(['两行表头', '分组表头']);
  });
});

describe('no lost data in the hostile set', () => {
  const checks = new Map<string, CopyCheck>();
  beforeAll(async () => {
    for (const h of HOSTILE) checks.set(h.file, await checkScoredCopy(path.join(inDir, h.file), path.join(outDir, h.file)));
  });

  it.each(HOSTILE.map((h) => h.file))('%s: the copy differs only in cells the plan names', (file) => {
    const c = checks.get(file)!;
    expect(c.outside).toEqual([]);
    if (c.planned.size > 0) expect(c.diffs.length).toBeGreaterThan(0);
  });

  it('formulas survive: every formula cell the plan does not name keeps its formula', () => {
    const c = checks.get('全是公式.xlsx')!;
    const before = formulaCells(c.input);
    const after = formulaCells(c.output);
    expect(before.size).toBeGreaterThan(40);
    for (const [key, formula] of before) if (!c.planned.has(key)) expect([key, after.get(key)]).toEqual([key, formula]);
    // Scores that are formulas without results are not "empty" to the plan: never overwritten by a value.
    const plan = c.plans.find((p) => p.sheet === '得分公式无缓存值')!;
    expect(plan.changes.filter((ch) => ch.value !== undefined).map((ch) => ch.cell)).toEqual(['I20']);
  });

  it('a score planned into a cell covered by the 得分 header merge is withheld: the header is intact', () => {
    const c = checks.get('合并跨表头.xlsx')!;
    expect(c.output.getWorksheet('纵向跨表头')!.getCell('H12').value).toBe('得分');
    expect(c.planned.has(cellKey('纵向跨表头', 'H13'))).toBe(false);
    expect(c.diffs.filter((d) => d.sheet === '纵向跨表头' && (d.cell === 'H12' || d.cell === 'H13') && d.what === 'value')).toEqual([]);
  });

  it('the plan never names a value for a cell covered by a merged area', async () => {
    const c = checks.get('合并跨表头.xlsx')!;
    const { grids } = await readWorkbookBuffer(fs.readFileSync(path.join(inDir, '合并跨表头.xlsx')));
    for (const plan of c.plans) {
      const grid = grids.find((g) => g.sheet === plan.sheet)!;
      for (const ch of plan.changes) {
        const m = grid.mergeAt(ch.row, ch.col);
        if (ch.value !== undefined && m) expect([plan.sheet, ch.cell, m.top === ch.row && m.left === ch.col]).toEqual([plan.sheet, ch.cell, true]);
      }
    }
  });
});

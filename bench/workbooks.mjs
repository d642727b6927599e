/**
 * Generates N single-table workbooks from the fixtures in tests/fixtures: six layouts (national,
 * Yunnan split, Wuhan 部门整体, central, a table starting at C6, a sheet full of problems), with the
 * names, budget figures, actual values and reported scores varied by a seeded random generator, so
 * every file differs but every file is a real table the CLI must recognise and score.
 *
 * Each template workbook is loaded once and mutated in place per copy (loading 560 times would
 * double the generation time for no benefit).
 */
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const { readWorkbookBuffer } = require('../build/hosts/xlsx');
const { recognizeTables } = require('../build/core/recognize');

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tests', 'fixtures');
const DISTRICTS = ['五华区', '盘龙区', '官渡区', '西山区', '呈贡区', '晋宁区', '安宁市', '富民县', '宜良县', '石林县', '嵩明县', '禄劝县', '寻甸县', '东川区'];

/** Small deterministic PRNG (mulberry32): the same files on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x) => Math.round(x * 100) / 100;
const isFormula = (v) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** One table sheet of one fixture, loaded, other table sheets removed, with the cells we vary. */
async function loadTemplates() {
  const names = (await fs.readdir(FIXTURES)).filter((f) => f.endsWith('.xlsx')).sort();
  const templates = [];
  for (const name of names) {
    const buf = await fs.readFile(path.join(FIXTURES, name));
    const { grids } = await readWorkbookBuffer(buf);
    for (const grid of grids) {
      const [table] = recognizeTables(grid);
      if (!table) continue;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buf);
      // Single-table workbooks: drop the other table sheets (keep sheets without a table, e.g. 填报说明).
      for (const other of grids) {
        if (other !== grid && recognizeTables(other).length) workbook.removeWorksheet(workbook.getWorksheet(other.sheet).id);
      }
      const ws = workbook.getWorksheet(grid.sheet);
      const at = (ref) => (ref ? ws.getCell(ref.row + 1, ref.col + 1) : null);
      const c = table.columns;
      templates.push({
        label: `${name}#${grid.sheet}`,
        workbook,
        ws,
        sheetName: grid.sheet,
        nameCell: at(table.nameCell),
        budget: table.budget ? { planned: at(table.budget.planned), adjusted: at(table.budget.adjusted), executed: at(table.budget.executed), rate: at(table.budget.rate) } : null,
        indicators: table.indicators
          .filter((i) => i.applicable)
          .map((i) => ({
            actual: c.actual !== undefined ? ws.getCell(i.row + 1, c.actual + 1) : null,
            score: c.score !== undefined ? ws.getCell(i.row + 1, c.score + 1) : null,
            weight: c.weight !== undefined ? ws.getCell(i.row + 1, c.weight + 1) : null,
          })),
      });
    }
  }
  return templates;
}

/** Remembers a cell's value so each copy starts from the fixture, not from the previous copy. */
function original(cell, saved) {
  if (!cell) return undefined;
  if (!saved.has(cell)) saved.set(cell, cell.value);
  return saved.get(cell);
}

function setIfPlain(cell, value, saved) {
  if (!cell || isFormula(original(cell, saved))) return;
  cell.value = value;
}

/** Scales the first number inside an actual value ("2979人" → "3104人", 0.98 → 0.93). */
function scaleActual(v, factor) {
  if (typeof v === 'number') return v <= 1 && v > 0 ? Math.min(1, round2(v * factor)) : round2(v * factor);
  // Dates and periods ("2023年12月底前") are not quantities to scale.
  if (typeof v !== 'string' || /[年月日]/.test(v)) return v;
  return v.replace(/\d+(?:\.\d+)?/, (m) => {
    const decimals = (m.split('.')[1] ?? '').length;
    const scaled = Number(m) * factor;
    return (v.includes('%') ? Math.min(100, scaled) : scaled).toFixed(decimals);
  });
}

function vary(t, index, saved) {
  const r = rng(index + 1);
  t.ws.name = index % 3 === 0 ? t.sheetName : `${DISTRICTS[index % DISTRICTS.length]}${index % 2 ? '项目自评表' : '自评'}`;
  const name = original(t.nameCell, saved);
  if (typeof name === 'string') setIfPlain(t.nameCell, `${DISTRICTS[Math.floor(r() * DISTRICTS.length)]}${name}（${index + 1}）`, saved);
  if (t.budget) {
    const scale = 0.3 + r() * 3;
    const rate = 0.6 + r() * 0.45;
    const adjusted = original(t.budget.adjusted, saved);
    if (typeof adjusted === 'number') {
      const a = round2(adjusted * scale);
      setIfPlain(t.budget.adjusted, a, saved);
      const planned = original(t.budget.planned, saved);
      if (typeof planned === 'number') setIfPlain(t.budget.planned, round2(planned * scale), saved);
      setIfPlain(t.budget.executed, round2(a * Math.min(rate, 1)), saved);
      const reportedRate = original(t.budget.rate, saved);
      if (typeof reportedRate === 'string') setIfPlain(t.budget.rate, `${(Math.min(rate, 1) * 100).toFixed(2)}%`, saved);
      else if (typeof reportedRate === 'number') setIfPlain(t.budget.rate, round2(Math.min(rate, 1)), saved);
    }
  }
  for (const ind of t.indicators) {
    setIfPlain(ind.actual, scaleActual(original(ind.actual, saved), 0.75 + r() * 0.4), saved);
    const score = original(ind.score, saved);
    const weight = original(ind.weight, saved);
    // A third of the reported scores drift by a point or two (what the checker exists to catch).
    if (typeof score === 'number' && r() < 0.33) setIfPlain(ind.score, Math.max(0, score - 1 - Math.floor(r() * 2)), saved);
    else if (typeof weight === 'number' && score === null && r() < 0.5) setIfPlain(ind.score, weight, saved);
  }
}

/** Writes `count` workbooks into `dir`; returns their paths (sorted as the CLI walks them). */
export async function generateWorkbooks(dir, count) {
  await fs.mkdir(dir, { recursive: true });
  const templates = await loadTemplates();
  const saved = new Map();
  const files = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    vary(t, i, saved);
    const file = path.join(dir, `自评表-${String(i + 1).padStart(4, '0')}.xlsx`);
    await fs.writeFile(file, Buffer.from(await t.workbook.xlsx.writeBuffer()));
    files.push(file);
  }
  return { files, layouts: templates.map((t) => t.label) };
}

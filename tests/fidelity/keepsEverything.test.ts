/**
 * Issue 13's done-means over every workbook of tests/fidelity/workbooks (copied from the shared fidelity
 * folder, README there): every input part is in the copy; parts the plan has no reason to touch are byte
 * for byte the same; in touched parts every element outside the planned cells is kept; the workbook's
 * sheets, names and protection are unchanged; the copy opens in ExcelJS and is recognised as ziping's.
 */
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Grid } from '../../src/core/grid';
import { DEFAULT_PLAN_OPTIONS } from '../../src/core';
import { readWorkbookBuffer, XlsxReadError } from '../../src/hosts/xlsx';
import { comparePackages, openZip, parse, type PlannedSheetChanges } from './packageDiff';
import type { Element } from '@xmldom/xmldom';
import { scoreCopy } from './scoreCopy';

jest.setTimeout(120_000);

const DIR = path.join(__dirname, 'workbooks');
const DAMAGED = ['03-workbook-rels-missing.xlsx', '32-crc-corrupt-member.xlsx'];
const files = readdirSync(DIR).filter((f) => /\.xls[xm]$/.test(f) && !DAMAGED.includes(f));

describe('a scored copy keeps everything (fidelity workbooks)', () => {
  it('the folder holds the workbooks the README lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(29);
  });

  it.each(files)('%s', async (file) => {
    const input = await fs.readFile(path.join(DIR, file));
    const { read, plans, copy } = await scoreCopy(input);
    const planned = new Map<string, PlannedSheetChanges>();
    for (const plan of plans) {
      const part = read.source.structure.sheets.find((s) => s.name === plan.sheet)!.part!;
      const wrapCells = new Set(plan.changes.filter((c) => c.wrap).map((c) => c.cell));
      planned.set(part, { cells: new Set(plan.changes.map((c) => c.cell)), wrapCells, printFit: plan.printFit !== undefined });
    }
    const problems = await comparePackages(await openZip(input), await openZip(copy), planned);
    expect({ file, problems }).toEqual({ file, problems: [] });

    // The copy opens in ExcelJS (its full load, not our values-only package) wherever the input does;
    // the giant-merge files are left out (ExcelJS expands every covered cell: minutes, gigabytes).
    if (!/^(28|29|30)-/.test(file)) {
      // (ExcelJS itself misses sheets of some valid inputs, e.g. duplicate sheetIds: compare with its view.)
      const seen = await new ExcelJS.Workbook().xlsx.load(input as unknown as ArrayBuffer).then((w) => w.worksheets.length, () => null);
      if (seen !== null) {
        const wb = await new ExcelJS.Workbook().xlsx.load(copy as unknown as ArrayBuffer);
        expect(wb.worksheets.length).toBeGreaterThanOrEqual(seen + (plans.length ? 1 : 0));
      }
    }
    const again = await readWorkbookBuffer(copy);
    expect(again.zipingCopy).toBe(true);
    expect(again.grids.map((g) => g.sheet)).toEqual(
      read.grids.flatMap((g) => [g.sheet, ...(plans.find((p) => p.sheet === g.sheet)?.sheets ?? []).map((s) => s.name)]),
    );
    // Scoring the input changed something (not a vacuous comparison) wherever a table was found.
    if (plans.length) expect(copy.equals(input)).toBe(false);
  });

  it.each(DAMAGED)('%s: refused or scored, never a copy with fewer sheets', async (file) => {
    const input = await fs.readFile(path.join(DIR, file));
    const result: unknown = await scoreCopy(input).catch((e: unknown) => e);
    if (result instanceof XlsxReadError) {
      expect(result.message).toMatch(/损坏/);
      return;
    }
    if (result instanceof Error) throw result;
    const scored = result as Awaited<ReturnType<typeof scoreCopy>>;
    const again = await readWorkbookBuffer(scored.copy);
    expect(again.grids.length).toBeGreaterThanOrEqual(scored.read.grids.length);
  });

  it('03 (workbook relationships missing) is refused as damaged', async () => {
    await expect(scoreCopy(await fs.readFile(path.join(DIR, '03-workbook-rels-missing.xlsx')))).rejects.toThrow(/已损坏/);
  });
});

describe('a shared formula whose first cell is overwritten (31, --overwrite-scores)', () => {
  it('H15 gets the value, H16 becomes the master with the formula moved to it, H17:H19 still compute', async () => {
    const input = await fs.readFile(path.join(DIR, '31-score-column-shared-formula.xlsx'));
    const { plans, copy } = await scoreCopy(input, { ...DEFAULT_PLAN_OPTIONS, overwriteScores: true }, false);
    const h15 = plans[0].changes.find((c) => c.cell === 'H15' && c.value !== undefined);
    expect(h15).toBeDefined();
    const zip = await openZip(copy);
    const cells = new Map(
      Array.from(parse(await zip.text('xl/worksheets/sheet1.xml')).getElementsByTagName('c')).map((c: Element) => [c.getAttribute('r'), c] as const),
    );
    expect(cells.get('H15')!.getElementsByTagName('f')).toHaveLength(0);
    expect(cells.get('H15')!.getElementsByTagName('v')[0].textContent).toBe(String(h15!.value));
    const f16 = cells.get('H16')!.getElementsByTagName('f')[0];
    expect([f16.getAttribute('t'), f16.getAttribute('ref'), f16.getAttribute('si'), f16.textContent]).toEqual(['shared', 'H16:H19', '0', 'G16']);
    for (const ref of ['H17', 'H18', 'H19']) expect(cells.get(ref)!.getElementsByTagName('f')[0].getAttribute('si')).toBe('0');
    // ExcelJS (full load) reads H17 as the shared formula G17.
    const wb = await new ExcelJS.Workbook().xlsx.load(copy as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getCell('H17').formula).toBe('G17');
  });
});

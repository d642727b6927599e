/** The WPS host over the fake ET: the same scoring and write-back as the other hosts, exact undo. */
import { NOTE_MARKER, mergeNote } from '../../../src/core/writePlan';
import { planSheet, scoreGrid } from '../../../src/core';
import { PROFILES } from '../../../src/core/rules/profile';
import { DEFAULT_PLAN_OPTIONS } from '../../../src/core/writePlan';
import { SNAPSHOT_SHEET } from '../../../src/hosts/addin/workbookHost';
import { createWpsHost } from '../../../src/hosts/wps/wpsHost';
import { bgrOfHex, hexOfBgr } from '../../../src/hosts/wps/cellIO';
import type { EtApplication } from '../../../src/hosts/wps/etTypes';
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { loadEtBook, type FakeEtBook } from '../../fakes/fakeEt';
import { fixture, fixtureNames } from '../../helpers/fixtures';

const hostOf = (book: FakeEtBook) => createWpsHost(book.application() as unknown as EtApplication);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const sheetModel = (book: FakeEtBook, name: string) => book.model.sheets.find((s) => s.name === name)!;

async function scoreAndApply(book: FakeEtBook, sheet: string) {
  const host = hostOf(book);
  const grid = await host.readSheet(sheet);
  const score = scoreGrid(grid, PROFILES.national);
  const plan = planSheet(grid, score, DEFAULT_PLAN_OPTIONS);
  await host.applyPlan(plan);
  return { host, grid, plan };
}

describe('WPS host', () => {
  it.each(fixtureNames())('%s: every planned cell written as planned, every other cell untouched, undo exact', async (name) => {
    const { grids } = await readWorkbookFile(fixture(name));
    const book = await loadEtBook(fixture(name));
    const original = clone(book.model.sheets);
    for (const { sheet } of grids) {
      if (!book.model.sheets.some((s) => s.name === sheet && s.visible === -1)) continue;
      const { plan } = await scoreAndApply(book, sheet);
      const before = original.find((s) => s.name === sheet)!;
      const after = sheetModel(book, sheet);
      const planned = new Set(plan.changes.map((c) => c.cell));
      for (const ch of plan.changes) {
        const cell = after.cells[ch.cell];
        if (ch.value !== undefined) expect(cell.value).toBe(ch.value);
        if (ch.fill !== undefined) expect(hexOfBgr(cell.interior!)).toBe(ch.fill);
        if (ch.note !== undefined) expect(cell.comment).toBe(mergeNote(before.cells[ch.cell]?.comment ?? null, ch.note));
      }
      for (const [address, cell] of Object.entries(before.cells)) if (!planned.has(address)) expect(after.cells[address]).toEqual(cell);
      expect(after.merges).toEqual(before.merges);
    }
    const host = hostOf(book);
    for (const { sheet } of grids) await host.restore(sheet);
    expect(book.model.sheets.map((s) => s.name)).not.toContain(SNAPSHOT_SHEET);
    for (const s of original) {
      const now = sheetModel(book, s.name);
      expect({ sheet: s.name, rowHeights: now.rowHeights, page: now.page }).toEqual({ sheet: s.name, rowHeights: s.rowHeights, page: s.page });
      // Restored cells may exist as empty records; compare what each cell holds.
      for (const [address, cell] of Object.entries(s.cells)) expect({ address, ...now.cells[address] }).toEqual({ address, ...cell });
      for (const [address, cell] of Object.entries(now.cells)) if (!(address in s.cells)) expect({ address, value: cell.value, comment: cell.comment, interior: cell.interior }).toEqual({ address, value: null, comment: undefined, interior: undefined });
    }
  });

  it('scoring twice gives the same sheet, and re-scoring reads the unit\'s values, not ours', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const sheet = book.model.sheets[0].name;
    const first = await scoreAndApply(book, sheet);
    const once = clone(sheetModel(book, sheet));
    const second = await scoreAndApply(book, sheet);
    expect(sheetModel(book, sheet)).toEqual(once);
    expect(second.grid.toJSON()).toEqual(first.grid.toJSON());
    expect(second.plan).toEqual(first.plan);
  });

  it('keeps the snapshot in a very hidden sheet that survives a fresh host (another page)', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const sheet = book.model.sheets[0].name;
    await scoreAndApply(book, sheet);
    const snap = book.model.sheets.find((s) => s.name === SNAPSHOT_SHEET)!;
    expect(snap.visible).toBe(2);
    const other = hostOf(book); // the ribbon page: its own host, same document
    expect(await other.hasSnapshot(sheet)).toBe(true);
    expect(await other.listSheets()).not.toContain(SNAPSHOT_SHEET);
    expect((await other.restore(sheet)).restored).toBeGreaterThan(0);
    expect(await other.hasSnapshot(sheet)).toBe(false);
  });

  it('writes our note beside the unit\'s own comment and gives the unit\'s back on undo', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const sheet = book.model.sheets[0].name;
    const host = hostOf(book);
    const grid = await host.readSheet(sheet);
    const plan = planSheet(grid, scoreGrid(grid, PROFILES.national), DEFAULT_PLAN_OPTIONS);
    const marked = plan.changes.find((c) => c.note !== undefined)!;
    sheetModel(book, sheet).cells[marked.cell] = { ...sheetModel(book, sheet).cells[marked.cell], comment: '单位说明：已核实' };
    await host.applyPlan(plan);
    expect(sheetModel(book, sheet).cells[marked.cell].comment).toBe(`单位说明：已核实\n${NOTE_MARKER}${marked.note}`);
    await host.restore(sheet);
    expect(sheetModel(book, sheet).cells[marked.cell].comment).toBe('单位说明：已核实');
  });

  it('settings are per document, merged by key, read fresh by every page', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const pane = hostOf(book);
    const ribbon = hostOf(book);
    await pane.saveSettings('ziping.settings', { profileId: 'hubei' });
    await ribbon.saveSettings('ziping.lastResult', { grade: '良' });
    expect(await pane.loadSettings('ziping.lastResult')).toEqual({ grade: '良' });
    expect(await ribbon.loadSettings('ziping.settings')).toEqual({ profileId: 'hubei' });
    await pane.saveSettings('ziping.settings', { profileId: 'national' });
    expect(await ribbon.loadSettings('ziping.lastResult')).toEqual({ grade: '良' });
    expect(await pane.listSheets()).toEqual(book.model.sheets.filter((s) => s.visible === -1).map((s) => s.name));
  });

  it('colours go to ET as BGR integers', () => {
    expect(bgrOfHex('#FFC7CE')).toBe(0xcec7ff);
    expect(hexOfBgr(0xcec7ff)).toBe('#FFC7CE');
  });
});

describe('WPS host: sheets the plan adds (复核表)', () => {
  const planned = (after: string) => ({
    name: `复核表-${after}`,
    after,
    cells: [
      { row: 0, col: 0, value: '复核表', style: { bold: true, fontSize: 14 } },
      { row: 2, col: 0, value: '三级指标', style: { border: true, fill: '#DDEBF7' } },
      { row: 2, col: 1, value: '复核得分', style: { border: true, horizontal: 'center' as const } },
      { row: 3, col: 0, value: '残疾人康复救助补贴人次', style: { wrap: true } },
      { row: 3, col: 1, value: 8.57, style: { numFmt: '0.00' } },
    ],
    merges: ['A1:B1'],
    columnWidths: [30, 10],
    rowHeights: { 3: 30 },
    page: { orientation: 'landscape' as const, paperSize: 'A4' as const, fitToWidth: 1, titleRows: { first: 2, last: 2 } },
  });

  it('adds it after its sheet with values, styles and print setup; re-scoring replaces it; undo removes it', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const sheet = book.model.sheets[0].name;
    const host = hostOf(book);
    const grid = await host.readSheet(sheet);
    const plan = { ...planSheet(grid, scoreGrid(grid, PROFILES.national), DEFAULT_PLAN_OPTIONS), sheets: [planned(sheet)] };
    await host.applyPlan(plan);
    const names = () => book.model.sheets.map((s) => s.name);
    expect(names().indexOf(`复核表-${sheet}`)).toBe(names().indexOf(sheet) + 1);
    const review = sheetModel(book, `复核表-${sheet}`);
    expect(review.cells.A4.value).toBe('残疾人康复救助补贴人次');
    expect(review.cells.A4.wrap).toBe(true);
    expect(review.cells.B4).toMatchObject({ value: 8.57, numberFormat: '0.00' });
    expect(review.cells.A3.interior).toBe(bgrOfHex('#DDEBF7'));
    expect(review.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(review.columnWidths).toEqual({ 0: 30, 1: 10 });
    expect(review.rowHeights).toEqual({ 3: 30 });
    expect(review.page).toMatchObject({ Orientation: 2, PaperSize: 9, Zoom: false, FitToPagesWide: 1, PrintTitleRows: '$3:$3' });
    expect(book.model.sheets[book.model.active].name).toBe(sheet); // the clerk stays on their sheet
    await hostOf(book).applyPlan(plan); // re-scoring from another page
    expect(names().filter((n) => n.startsWith('复核表'))).toEqual([`复核表-${sheet}`]);
    await hostOf(book).restore(sheet);
    expect(names().filter((n) => n.startsWith('复核表') || n.startsWith('_ziping_snapshot'))).toEqual([]);
  });

  it('never replaces a sheet of the same name that the unit made', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const sheet = book.model.sheets[0].name;
    const host = hostOf(book);
    book.model.sheets.push({ ...clone(book.model.sheets[0]), name: `复核表-${sheet}`, cells: { A1: { value: '单位自己的表' } }, merges: [] });
    const grid = await host.readSheet(sheet);
    await host.applyPlan({ ...planSheet(grid, scoreGrid(grid, PROFILES.national), DEFAULT_PLAN_OPTIONS), sheets: [planned(sheet)] });
    expect(sheetModel(book, `复核表-${sheet}`).cells.A1.value).toBe('单位自己的表');
    expect(sheetModel(book, `复核表-${sheet}（2）`).cells.A1.value).toBe('复核表');
    await host.restore(sheet);
    expect(book.model.sheets.map((s) => s.name)).toContain(`复核表-${sheet}`);
    expect(book.model.sheets.map((s) => s.name)).not.toContain(`复核表-${sheet}（2）`);
  });

  it('refuses to write when the sheet changed after scoring (another page or the clerk typed)', async () => {
    const book = await loadEtBook(fixture('national-problems.xlsx'));
    const sheet = book.model.sheets[0].name;
    const host = hostOf(book);
    const grid = await host.readSheet(sheet);
    const plan = planSheet(grid, scoreGrid(grid, PROFILES.national), DEFAULT_PLAN_OPTIONS);
    const reason = plan.changes.find((c) => c.kinds.includes('commentary') && c.value !== undefined)!;
    sheetModel(book, sheet).cells[reason.cell] = { value: '单位刚补写的原因' };
    await expect(host.applyPlan(plan, grid)).rejects.toMatchObject({ code: 'SheetChanged' });
    expect(sheetModel(book, sheet).cells[reason.cell].value).toBe('单位刚补写的原因');
  });
});

/**
 * Done-means of issue 9: a scored copy of each public fixture, printed with LibreOffice headless, shows on
 * its 复核表 pages, for every indicator, both the unit's and the recomputed score — on A4 landscape pages
 * one page wide; and the unit's own scored sheet prints ziping's commentary whole, on the page of the
 * indicator it is about (fitted to one page wide). (Skipped with a message only where soffice/pdftotext
 * are not installed.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixture, fixtureNames } from '../helpers/fixtures';
import { hasTool, pdfPages, toPdf, writeScoredCopyWithReview, type PdfPage } from './renderCopy';
import type { WritePlan } from '../../src/core';
import type { Grid } from '../../src/core/grid';
import { REVIEW_SHEET_SIGNATURE } from '../../src/core/review/names';

const canRender = hasTool('soffice') && hasTool('pdftotext') && hasTool('pdfinfo');
if (!canRender) console.warn('render test skipped: soffice / pdftotext / pdfinfo not installed (apt-get install libreoffice-calc-nogui poppler-utils)');
const maybe = canRender ? describe : describe.skip;

const fmt = (x: number | null) => (x === null ? null : x.toFixed(2));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

maybe('the 复核表 on paper (LibreOffice → PDF)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-render-'));
  const results = new Map<string, { plans: WritePlan[]; grids: Grid[]; pages: PdfPage[] }>();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const copies: string[] = [];
    for (const name of fixtureNames()) {
      const out = path.join(dir, name);
      results.set(name, { ...(await writeScoredCopyWithReview(fixture(name), out, '2026-12-01')), pages: [] });
      copies.push(out);
    }
    toPdf(copies, dir);
    for (const name of fixtureNames()) results.get(name)!.pages = pdfPages(path.join(dir, name.replace(/\.xlsx$/, '.pdf')));
    if (process.env.ZIPING_RENDER_KEEP) fs.cpSync(dir, process.env.ZIPING_RENDER_KEEP, { recursive: true });
  }, 240_000);

  it.each(fixtureNames())('%s: every indicator shows 自评得分 and 复核得分 on A4 landscape pages, one page wide', (name) => {
    const { plans, pages } = results.get(name)!;
    // Every page printing any part of a 复核表 (its subtitle, or one of its own column heads).
    const reviewPages = pages.filter((p) => p.text.includes(REVIEW_SHEET_SIGNATURE) || /复核依据|复核得分/.test(p.text));
    const planned = plans.flatMap((p) => p.sheets ?? []);
    expect(planned.length).toBeGreaterThan(0);
    expect(reviewPages.length).toBeGreaterThanOrEqual(planned.length);
    for (const page of reviewPages) {
      expect(page.width).toBeGreaterThan(page.height); // landscape
      expect(Math.round(page.width)).toBe(842); // A4: 842 × 595 pt
      // The header row repeats on every page and holds the first and the last column: nothing was cut off to the right.
      const header = page.text.split('\n').find((l) => l.includes('一级指标'));
      expect(header).toMatch(/一级指标.*三级指标.*自评得分.*复核得分.*差异.*复核依据.*问题/);
    }
    const text = reviewPages.map((p) => p.text).join('\n');
    for (const plan of plans) {
      // Every indicator row carries 分值 · 自评得分 · 复核得分 · 差异 on the line its name starts on.
      for (const sheet of plan.sheets ?? []) {
        for (const row of indicatorRows(sheet)) {
          const numbers = [row.weight, row.reported, row.score, row.diff].filter((x) => x !== null).map((x) => escape(x!));
          // A table without 分值 (部门整体) has no scores to compare: its indicators must still be listed.
          const pattern = new RegExp(`${escape(row.nameStart)}.*${numbers.join('\\s+')}`);
          expect({ indicator: row.name, found: pattern.test(text) }).toEqual({ indicator: row.name, found: true });
        }
      }
    }
  });

  it.each(fixtureNames())('%s: the scored sheet prints each 【复核】 commentary whole, on the page of its row', (name) => {
    const { plans, grids, pages } = results.get(name)!;
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const printed = pages.map((p) => squeeze(p.raw));
    let checked = 0;
    for (const plan of plans) {
      const grid = grids.find((g) => g.sheet === plan.sheet)!;
      for (const c of plan.changes) {
        if (!c.wrap || typeof c.value !== 'string' || !c.value.startsWith('【复核】')) continue;
        const page = printed.findIndex((t) => t.includes(squeeze(String(c.value))));
        // The first text of the same row (the indicator's own cells, left of the reason column).
        let first = '';
        for (let col = 0; col < c.col && !first; col++) first = squeeze(grid.text(c.row, col));
        expect(first).not.toBe('');
        expect({ cell: c.cell, page: page >= 0, rowMateOnPage: page >= 0 && printed[page].includes(first) }).toEqual({ cell: c.cell, page: true, rowMateOnPage: true });
        checked++;
      }
    }
    if (plans.some((p) => p.changes.some((c) => c.wrap))) expect(checked).toBeGreaterThan(0);
  });
});

interface PrintedRow {
  name: string;
  nameStart: string;
  weight: string | null;
  reported: string | null;
  score: string | null;
  diff: string | null;
}

/** The indicator rows the core planned (三级指标 in column C, the four score columns F–I). */
function indicatorRows(sheet: NonNullable<WritePlan['sheets']>[number]): PrintedRow[] {
  const byRow = new Map<number, Map<number, string | number>>();
  for (const c of sheet.cells) (byRow.get(c.row) ?? byRow.set(c.row, new Map()).get(c.row)!).set(c.col, c.value);
  const rows: PrintedRow[] = [];
  for (const cells of byRow.values()) {
    const name = cells.get(2);
    if (typeof name !== 'string' || !name || name === '三级指标') continue;
    const num = (col: number) => (typeof cells.get(col) === 'number' ? fmt(cells.get(col) as number) : null);
    rows.push({ name, nameStart: [...name].slice(0, 4).join(''), weight: num(5), reported: num(6), score: num(7), diff: num(8) });
  }
  return rows;
}

/**
 * The summary as printed (SPEC §7.1): LibreOffice renders it to PDF as a clerk's printer would. Every page is
 * A4 landscape, every sheet is one page wide (its first and last column on each page) and the header row
 * is repeated on every page of a long sheet. Needs `soffice` and poppler (installed by .ci/run).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { scoreFile } from '../../src/cli/scoreFile';
import { writeSummary } from '../../src/cli/summary';
import type { ReportEntry } from '../../src/cli/summaryRows';
import { NATIONAL, DEFAULT_PLAN_OPTIONS } from '../../src/core';
import { fixture } from '../helpers/fixtures';

const score = (name: string) => scoreFile({ file: fixture(name), relative: name }, { profile: NATIONAL, plan: DEFAULT_PLAN_OPTIONS, outDir: null });

/** Renders an .xlsx to PDF with LibreOffice (its own profile folder, so parallel runs do not clash). */
export function renderPdf(xlsx: string, outDir: string): string {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, xlsx], { stdio: 'ignore', timeout: 120_000 });
  return path.join(outDir, path.basename(xlsx).replace(/\.xlsx$/, '.pdf'));
}

function pages(pdf: string): Array<{ text: string; width: number; height: number }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return sizes.map((size, i) => ({ ...size, text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }) }));
}

describe('the summary on paper (LibreOffice → PDF)', () => {
  let rendered: ReturnType<typeof pages>;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-render-'));
    const [problems, kunming, dept] = await Promise.all([score('national-problems.xlsx'), score('national-kunming-2022.xlsx'), score('department-caidian-2023.xlsx')]);
    // 24 units' submissions: enough findings for the 问题清单 to run over several pages.
    const entries: ReportEntry[] = [];
    for (let i = 1; i <= 8; i++) {
      entries.push({ report: problems, relative: `单位${i}/专项资金.xlsx` }, { report: kunming, relative: `单位${i}/自评表.xlsx` }, { report: dept, relative: `单位${i}/部门整体.xlsx` });
    }
    entries.push({ report: { file: '旧表.xls', error: '“旧表.xls”是旧版 Excel 格式（.xls），无法读取：请在 Excel 或 WPS 中“另存为”.xlsx 后再评分。', tables: [], skippedSheets: [] }, relative: '旧表.xls' });
    const xlsx = path.join(dir, 'summary.xlsx');
    await writeSummary(entries, xlsx, { title: '某区2023年度', profile: NATIONAL, date: new Date(2026, 11, 1) });
    const pdf = renderPdf(xlsx, dir);
    rendered = pages(pdf);
    // ZIPING_SAVE_PNG=docs/summary npx jest tests/cli/summaryRender.test.ts refreshes the README's pictures
    // (pages 1 and 3: the 汇总 and the first page of the 问题清单; page 2, the 汇总's tail, is not kept).
    if (process.env.ZIPING_SAVE_PNG) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', pdf, process.env.ZIPING_SAVE_PNG]);
  }, 180_000);

  it('prints every page on A4 landscape', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(4);
    for (const p of rendered) {
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
    }
  });

  it('prints each sheet one page wide, its header repeated on every page', () => {
    // Each sheet's first and last column headings; a page of a sheet split across the width would lack one.
    const sheets = [
      { first: '序号', last: '备注', title: '绩效自评表复核汇总' },
      { first: '单元格', last: '说明', title: '问题清单' },
      { first: '表数', last: '未评分', title: '单位汇总' },
    ];
    const pageSheet = rendered.map((p) => sheets.findIndex((s) => p.text.includes(s.first) && p.text.includes(s.last)));
    // Every page belongs to a sheet, in order, and each sheet has at least one page.
    expect(pageSheet.every((s) => s >= 0)).toBe(true);
    expect([...new Set(pageSheet)]).toEqual([0, 1, 2]);
    expect([...pageSheet].sort((a, b) => a - b)).toEqual(pageSheet);
    // 8 × (14 + 4 + 0…) findings: the 问题清单 needs more than one page, and each repeats the header.
    expect(pageSheet.filter((s) => s === 1).length).toBeGreaterThan(1);
    expect(rendered[0].text).toContain('某区2023年度 绩效自评表复核汇总');
    // 自评 (100 + 96) / 2 = 98, 复核 (96.2 + 96) / 2 = 96.1 (the 部门整体 tables have no score).
    const overview = rendered.filter((_, i) => pageSheet[i] === 0).map((p) => p.text).join('\n');
    expect(overview).toMatch(/平均分（自评 \/ 复核）\s+98\.00\s+96\.10/);
  });
});

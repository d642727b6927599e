/** The terminal report fits 80 columns (SPEC §7.1): CJK counted as two columns, numbers never cut. */
import { formatFileReport, needsAttention, reportHeader, wrapLine } from '../../src/cli/textReport';
import { displayWidth } from '../../src/cli/displayWidth';
import { scoreFile, type FileReport } from '../../src/cli/scoreFile';
import { NATIONAL, DEFAULT_PLAN_OPTIONS } from '../../src/core';
import { fixture, fixtureNames } from '../helpers/fixtures';

// Scoring real workbooks takes a few seconds when the machine is busy (CI shares its cores).
jest.setTimeout(30_000);

const score = (name: string) => scoreFile({ file: fixture(name), relative: name }, { profile: NATIONAL, plan: DEFAULT_PLAN_OPTIONS, outDir: null });
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('text report width', () => {
  it.each(fixtureNames())('%s fits 80 columns, in full and in --quiet', async (name) => {
    const report = await score(name);
    const full = formatFileReport(report);
    expect(full.split('\n').length).toBeGreaterThan(3);
    expect(widest(full)).toBeLessThanOrEqual(80);
    expect(widest(formatFileReport(report, { quiet: true }))).toBeLessThanOrEqual(80);
  });

  it('keeps every figure of the indicator rows whole and right-aligned', async () => {
    const text = formatFileReport(await score('national-problems.xlsx'));
    const budget = text.split('\n').find((l) => l.startsWith('  I6 '))!;
    expect(budget).toMatch(/ 3660\.83 +2794\.69 +10 +10 +7\.63$/);
    const d15 = text.split('\n').find((l) => l.startsWith('  D15 '))!;
    // Name shortened with …, the scores intact, the 「←」 marker inside 80 columns.
    expect(d15).toMatch(/^  D15    残疾人农村实用技… +140人 +120人 +10 +10 +8\.57 ←$/);
    expect(displayWidth(d15)).toBeLessThanOrEqual(80);
  });

  it('wraps long findings at 80 columns without splitting a number, with a hanging indent', () => {
    const line = '    [警告] I6：自评得分10分，复核得分7.63分（预算执行率 = 2794.69 / 3660.83 = 76.34%，得分 = 10 × 76.34% = 7.63分）。';
    const lines = wrapLine(line, 80);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
    expect(lines[1].startsWith('      ')).toBe(true);
    // Nothing lost or added but the line break and its indent.
    expect(lines.join('').replace(/\s+/g, '')).toBe(line.replace(/\s+/g, ''));
    for (const figure of ['2794.69', '3660.83', '76.34%', '7.63']) expect(lines.some((l) => l.includes(figure))).toBe(true);
  });

  it('prints the header (profile and the 「←」 key) within 80 columns', () => {
    const header = reportHeader(NATIONAL.name);
    expect(header).toContain('评分规则：全国通用（财预〔2020〕10号）');
    expect(header).toContain('「←」');
    expect(widest(header)).toBeLessThanOrEqual(80);
  });
});

describe('--quiet', () => {
  it('keeps files with errors or warnings and drops the indicator table and the 提示', async () => {
    const report = await score('national-problems.xlsx');
    expect(needsAttention(report)).toBe(true);
    const quiet = formatFileReport(report, { quiet: true });
    expect(quiet).toContain('[错误] H20：自评得分16分超过该指标分值15分。');
    expect(quiet).not.toContain('[提示]');
    expect(quiet).not.toContain('三级指标');
    expect(quiet).toContain('问题：错误 2 条，警告 13 条，提示 1 条（提示未列出）');
  });

  it('passes over a file with only 提示', () => {
    const clean: FileReport = { file: 'a.xlsx', error: null, skippedSheets: [{ sheet: '说明', reason: '不是自评表', severity: 'info' }], tables: [] };
    expect(needsAttention(clean)).toBe(false);
    expect(needsAttention({ ...clean, error: '无法读取' })).toBe(true);
  });
});

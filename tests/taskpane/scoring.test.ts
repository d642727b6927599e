import {
  countProblems,
  describeError,
  groupFindings,
  scoreReadGrid,
  scoreSheet,
  scoreWorkbook,
  sheetFindings,
} from '../../src/taskpane/scoring';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import type { PaneSettings } from '../../src/taskpane/settings';
import { fakeHost } from './fakeHost';
import { nationalGrid, notesGrid } from './nationalGrid';

describe('scoring path (host.readSheet → scoreGrid → planSheet)', () => {
  test('scores the national table: 96.2, 优, against a reported 100, and plans the grade cell', async () => {
    const host = fakeHost([nationalGrid()]);
    const result = await scoreSheet(host, '2023自评', DEFAULT_SETTINGS);
    expect(host.readSheet).toHaveBeenCalledWith('2023自评');
    expect(result.score.tables).toHaveLength(1);
    const ev = result.score.tables[0].evaluation;
    expect(ev.total).toBeCloseTo(96.2, 2);
    expect(ev.grade).toBe('优');
    expect(ev.reportedTotal).toBe(100);
    expect(result.plan.sheet).toBe('2023自评');
    expect(result.plan.changes.find((c) => c.kinds.includes('grade'))).toMatchObject({ cell: 'I22', value: '优' });
  });

  test('the switches change the plan: 覆盖原得分 writes 8.57 over the reported 10 in H15; no marks when off', () => {
    const grid = nationalGrid();
    const keep = scoreReadGrid(grid, DEFAULT_SETTINGS);
    expect(keep.plan.changes.find((c) => c.cell === 'H15')?.value).toBeUndefined();
    const overwrite: PaneSettings = { ...DEFAULT_SETTINGS, plan: { overwriteScores: true, writeCommentary: false, markCells: false, reviewSheet: false } };
    const changed = scoreReadGrid(grid, overwrite);
    expect(changed.plan.changes.find((c) => c.cell === 'H15')?.value).toBe(8.57);
    expect(changed.plan.changes.some((c) => c.fill)).toBe(false);
    expect(keep.plan.changes.some((c) => c.fill)).toBe(true);
  });

  test('scoring the workbook goes sheet by sheet, reporting progress, and keeps a skipped sheet', async () => {
    const host = fakeHost([notesGrid(), nationalGrid()]);
    const progress: Array<[number, number, string]> = [];
    const results = await scoreWorkbook(host, DEFAULT_SETTINGS, (d, t, s) => progress.push([d, t, s]));
    expect(results.map((r) => r.sheet)).toEqual(['填报说明', '2023自评']);
    expect(results[0].score.tables).toEqual([]);
    expect(results[0].score.skipped?.reason).toBeTruthy();
    expect(results[1].score.tables[0].evaluation.total).toBeCloseTo(96.2, 2);
    expect(progress).toEqual([
      [0, 2, '填报说明'],
      [1, 2, '2023自评'],
      [2, 2, ''],
    ]);
  });

  test('problems are errors and warnings; groups keep every finding', async () => {
    const { score } = await scoreSheet(fakeHost([nationalGrid()]), '2023自评', DEFAULT_SETTINGS);
    const findings = sheetFindings(score);
    const groups = groupFindings(findings);
    expect(groups.error.length + groups.warning.length + groups.info.length).toBe(findings.length);
    expect(countProblems(findings)).toBe(groups.error.length + groups.warning.length);
    expect(groups.error.map((f) => f.code)).toContain('SCORE_EXCEEDS_WEIGHT');
    expect(groups.info.map((f) => f.code)).toContain('EXECUTION_RATE_LOW');
  });

  test('errors become zh-CN sentences that say what to do', () => {
    expect(describeError(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }), '评分')).toBe(
      '评分失败：Excel 正处于单元格编辑状态。请按 Esc 或 Enter 结束编辑后重试。',
    );
    // Issue 16: no English text from Excel inside the Chinese sentence, and no advice that does not fit the error.
    expect(describeError(new Error('boom'), '写回工作表')).toBe('写回工作表失败（未知错误）。请重试；如仍失败，请关闭并重新打开评分面板。');
    const tooLarge = Object.assign(new Error('The response payload is too large.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    expect(describeError(tooLarge, '评分')).toBe('评分失败：工作表内容过多，Excel 一次无法传回。请删除表格下方多余的格式或空行后重试。');
    expect(describeError(tooLarge, '评分')).not.toMatch(/保护|编辑/);
    const odd = Object.assign(new Error('Some English text'), { code: 'GeneralException' });
    expect(describeError(odd, '撤销评分')).toBe('撤销评分失败（错误代码 GeneralException）。请重试；如仍失败，请关闭并重新打开评分面板。');
  });
});

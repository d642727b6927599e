/** The ribbon's 一键评分 logic (src/commands/scoreCommand.ts), with the fake host. */
import { LAST_RESULT_KEY, scoreActiveSheetWith } from '../../src/commands/scoreCommand';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/taskpane/settings';
import { fakeHost } from './fakeHost';
import { nationalGrid, notesGrid } from './nationalGrid';

const at = () => new Date('2026-03-31T08:00:00Z');

test('scores the active sheet with the saved settings, writes back and remembers the summary', async () => {
  const host = fakeHost([notesGrid(), nationalGrid()], '2023自评');
  host.settings.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, plan: { overwriteScores: true, writeCommentary: true, markCells: true } });
  const result = await scoreActiveSheetWith(host, at);
  expect(host.readSheet).toHaveBeenCalledWith('2023自评');
  expect(host.applyPlan).toHaveBeenCalledTimes(1);
  const plan = host.applied[0];
  expect(plan.changes.find((c) => c.cell === 'H15')?.value).toBe(8.57); // 覆盖原得分 was saved as on
  expect(result).toMatchObject({ sheet: '2023自评', grade: '优', total: 96.2, reportedTotal: 100, tables: 1, cellsWritten: plan.changes.length });
  // 13 arithmetic findings + ALL_FULL_MARKS and SCORE_EXECUTION_INCOHERENT (every indicator self-scored full at 执行率 76.34 %)
  expect(result.problems).toBe(15);
  expect(result.message).toBe('工作表「2023自评」复核得分 96.2，等级「优」，发现 15 个问题。');
  expect(host.settings.get(LAST_RESULT_KEY)).toEqual({ ...result, at: '2026-03-31T08:00:00.000Z' });
});

test('a sheet without a table is left untouched and says so', async () => {
  const host = fakeHost([notesGrid()]);
  const result = await scoreActiveSheetWith(host, at);
  expect(host.applyPlan).not.toHaveBeenCalled();
  expect(result.grade).toBeNull();
  expect(result.message).toMatch(/^工作表「填报说明」中没有找到自评表.*未做任何修改。$/);
});

test('an invalid custom profile saved in the workbook is refused, not used (优 9 would grade 85 as 优)', async () => {
  const host = fakeHost([nationalGrid()]);
  host.settings.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, profileId: 'custom', custom: { ...DEFAULT_SETTINGS.custom, gradeMins: { 优: 9, 良: 80, 中: 60 } } });
  await expect(scoreActiveSheetWith(host, at)).rejects.toThrow(/自定义评分规则无效.*请在评分面板中修正后再评分/);
  expect(host.applyPlan).not.toHaveBeenCalled();
});

test('the write-back is checked against the grid it was scored from', async () => {
  const host = fakeHost([nationalGrid()]);
  await scoreActiveSheetWith(host, at);
  expect(host.applyPlan.mock.calls[0][1]?.toJSON()).toEqual(nationalGrid().toJSON());
});

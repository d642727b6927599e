/** The ribbon's immediate feedback: a dialog with the result, closed by the clerk (issue 16). */
import { resultDialogUrl, showResultDialog } from '../../src/commands/resultDialog';
import { createFakeOffice, emptyWorkbook } from '../fakes/fakeExcel';

test('the result travels in the URL and the command waits until the clerk closes the dialog', async () => {
  const fake = createFakeOffice(emptyWorkbook(), { otherSets: { DialogApi: '1.1' } });
  const url = resultDialogUrl('https://localhost:3000/commands.html', '一键评分完成', '工作表「2023自评」复核得分 96.2，等级「优」，发现 13 个问题。');
  expect(new URL(url).pathname).toBe('/result.html');
  expect(new URL(url).searchParams.get('m')).toBe('工作表「2023自评」复核得分 96.2，等级「优」，发现 13 个问题。');
  let closed = false;
  const shown = showResultDialog(fake.Office as unknown as typeof Office, url).then(() => (closed = true));
  await new Promise((ok) => setTimeout(ok, 5));
  expect(fake.dialogs.map((d) => d.url)).toEqual([url]);
  expect(closed).toBe(false);
  fake.answerDialog();
  await shown;
  expect(fake.dialogs[0].open).toBe(false);
});

test('where dialogs are unavailable it resolves at once (the result is still saved for the pane)', async () => {
  const fake = createFakeOffice(emptyWorkbook());
  await expect(showResultDialog(fake.Office as unknown as typeof Office, 'https://localhost:3000/result.html')).resolves.toBeUndefined();
  expect(fake.dialogs).toHaveLength(0);
});

/** What the pane says where an older Excel keeps a write off the sheet (issue 16). */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { Grid } from '../../src/core/grid';
import { fakeHost } from './fakeHost';
import { nationalGrid } from './nationalGrid';

jest.setTimeout(30_000);

function renderPane(host: ReturnType<typeof fakeHost>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

/** The national sheet as Excel below ExcelApi 1.13 reads it: cells, no merged areas, and it says so. */
function withoutMerges(): Grid {
  const data = nationalGrid().toJSON();
  return new Grid(data.sheet, data.cells, [], false);
}

test('below ExcelApi 1.13 the preview has no grade write and says the grade goes to the 复核表 only', async () => {
  renderPane(fakeHost([withoutMerges()]));
  (await screen.findByRole('button', { name: '一键评分' })).click();
  const grade = await screen.findByTestId('grade');
  expect(grade.textContent).toBe('优');
  const preview = screen.getByRole('table', { name: '写回预览：工作表「2023自评」' });
  expect(within(preview).queryByText('等级')).toBeNull();
  const notes = screen.getAllByRole('note').map((n) => n.textContent);
  expect(notes).toContainEqual(expect.stringMatching(/未能读出本表的合并单元格（需要 ExcelApi 1\.13 及以上.*评价等级只写入复核表「复核表-2023自评」，不写入本表/));
});

test('with the merges known nothing is said and the grade is in the preview', async () => {
  renderPane(fakeHost([nationalGrid()]));
  (await screen.findByRole('button', { name: '一键评分' })).click();
  await screen.findByTestId('grade');
  const preview = screen.getByRole('table', { name: '写回预览：工作表「2023自评」' });
  expect(within(preview).getByText('等级')).toBeTruthy();
  expect(screen.queryByText(/未能读出本表的合并单元格/)).toBeNull();
});

test('below ExcelApi 1.9 the preview says which cells keep their fill, and the write-back notice names them', async () => {
  const host = fakeHost([nationalGrid()]);
  host.canRestoreFills.mockReturnValue(false);
  renderPane(host);
  (await screen.findByRole('button', { name: '一键评分' })).click();
  await screen.findByTestId('grade');
  expect(screen.getAllByRole('note').map((n) => n.textContent)).toContainEqual(expect.stringMatching(/低于 ExcelApi 1\.9.*原本无底色或白色底色的单元格不标注底色/));
  host.applyPlan.mockResolvedValueOnce({ cellsWritten: 12, syncs: 3, fillsSkipped: ['H20', 'I21'] });
  screen.getByRole('button', { name: '写回工作表' }).click();
  expect(await screen.findByText(/^已写回工作表「2023自评」：12 个单元格。H20、I21 未标注底色（当前 Excel 版本分不清白色底色和无底色/)).toBeTruthy();
});

test('a note Excel could not write: the notice says the unit’s note is kept and where ziping’s text went', async () => {
  const host = fakeHost([nationalGrid()]);
  renderPane(host);
  (await screen.findByRole('button', { name: '一键评分' })).click();
  await screen.findByTestId('grade');
  host.applyPlan.mockResolvedValueOnce({ cellsWritten: 12, syncs: 5, notesMoved: { cells: ['H20'], sheet: '复核表-2023自评' } });
  screen.getByRole('button', { name: '写回工作表' }).click();
  expect(await screen.findByText(/H20 已有单位自己的批注（当前 Excel 版本无法显示或与之并存），单位批注保持不变，评分说明未写成批注，已列在复核表「复核表-2023自评」末尾。/)).toBeTruthy();
});

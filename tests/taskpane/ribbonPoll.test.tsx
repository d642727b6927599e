/**
 * Issue 16: the open pane follows a ribbon 一键评分 in the other runtime without regaining focus. Pane and
 * ribbon are two Excel hosts over one fake document, each with its own settings copy, as in Excel.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { createExcelHost } from '../../src/hosts/excel';
import { scoreActiveSheetWith } from '../../src/commands/scoreCommand';
import { createFakeOffice, type FakeWorkbookModel } from '../fakes/fakeExcel';
import { documentOfGrid } from '../fakes/gridDocument';
import { nationalGrid } from './nationalGrid';

jest.setTimeout(30_000);

function runtime(model: FakeWorkbookModel) {
  const fake = createFakeOffice(model);
  return createExcelHost(fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office);
}

/** The pane over a fresh document, polling every 40 ms; returns the document for the ribbon. */
function openPane(): FakeWorkbookModel {
  const model = documentOfGrid(nationalGrid());
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={runtime(model)} ribbonPollMs={40} />
    </FluentProvider>,
  );
  return model;
}

const undoButton = () => screen.getByRole('button', { name: '撤销评分' }) as HTMLButtonElement;

test('after a ribbon click the open pane shows its grade and problems and enables 撤销评分, with no focus event', async () => {
  const model = openPane();
  await screen.findByText(/复核当前工作表「2023自评」/);
  await waitFor(() => expect(undoButton().disabled).toBe(true));

  const result = await scoreActiveSheetWith(runtime(model)); // the ribbon's runtime
  expect(result.grade).toBe('优');
  expect(await screen.findByText(new RegExp(`上次功能区评分（.*）：工作表「2023自评」复核得分 96\\.2，等级「优」，发现 ${result.problems} 个问题。`))).toBeTruthy();
  await waitFor(() => expect(undoButton().disabled).toBe(false));
});

test('with the pane’s own results on screen, the ribbon’s result arrives as a notice', async () => {
  const model = openPane();
  (await screen.findByRole('button', { name: '一键评分' })).click();
  await screen.findByTestId('grade');
  await scoreActiveSheetWith(runtime(model));
  expect(await screen.findByText(/^功能区评分（.*）：工作表「2023自评」复核得分 96\.2，等级「优」/)).toBeTruthy();
  await waitFor(() => expect((screen.getAllByRole('button', { name: '撤销评分' })[0] as HTMLButtonElement).disabled).toBe(false));
});

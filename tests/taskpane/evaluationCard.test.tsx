/** The task pane shows an evaluation table as its own card: sums, 一级 subtotals, findings; write-back marks only. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { gridOf, type CellInput } from '../helpers/layouts/gridOf';
import { scoringAsPrinted } from '../core/evaluationTable/seedTables';
import { fakeHost } from './fakeHost';

// Rendering Fluent UI under jsdom takes seconds on a busy machine.
jest.setTimeout(30000);

function printedScoringGrid() {
  const spec = scoringAsPrinted();
  return gridOf(spec.rows as CellInput[][], spec.merges, { sheet: spec.name });
}

async function scoredCard() {
  const host = fakeHost([printedScoringGrid()]);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  const card = await screen.findByRole('group', { name: /评价表核对结果：2022年自治区/ });
  return { host, card };
}

test('the 综合评分表 card shows its sums and each 一级 subtotal beside the weight its label states', async () => {
  const { card } = await scoredCard();
  expect(within(card).getByTestId('parts-total').textContent).toBe('94');
  expect(within(card).getByTestId('stated-total').textContent).toBe('98');
  const rows = within(within(card).getByRole('table', { name: '一级指标小计' })).getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
    ['A决策', '15', '11', '11', '100.00%'],
    ['B过程', '20', '20', '18', '90.00%'],
    ['C产出', '40', '40', '40', '100.00%'],
    ['D效益', '25', '25', '25', '100.00%'],
  ]);
  expect(within(card).getByText(/“A11立项依据充分性\(2分\)”标注2分，但该行分值为3分/)).toBeTruthy();
});

test('clicking a 一级 label selects its cell; writing back applies marks only', async () => {
  const { host, card } = await scoredCard();
  fireEvent.click(within(within(card).getByRole('table', { name: '一级指标小计' })).getByText('B过程'));
  expect(host.selectCell).toHaveBeenCalledWith('附件1综合评分表', 'A10');
  fireEvent.click(screen.getByRole('button', { name: '写回工作表' }));
  await screen.findByRole('button', { name: '撤销评分' });
  await new Promise((r) => setTimeout(r, 0));
  const plan = host.applied[0];
  expect(plan.changes.length).toBe(7); // five labels and the two 合计 cells
  expect(plan.changes.every((c) => c.kinds.join() === 'mark' && c.value === undefined)).toBe(true);
});

/** Whatever a unit typed into its sheet is shown as text, never interpreted as HTML. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { Grid } from '../../src/core/grid';
import { fakeHost } from './fakeHost';
import { nationalGrid } from './nationalGrid';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function hostileGrid(): Grid {
  const data = nationalGrid().toJSON();
  // Project name (D3), an indicator name (D15) and its actual (F15) carry markup.
  data.cells = data.cells.map(([r, c, cell]) => {
    if (r === 2 && c === 3) return [r, c, { value: `项目${HOSTILE}` }];
    if (r === 14 && c === 3) return [r, c, { value: `培训人数${HOSTILE}` }];
    if (r === 14 && c === 5) return [r, c, { value: `120人${HOSTILE}` }];
    return [r, c, cell];
  });
  return Grid.fromJSON(data);
}

test('markup in sheet text is rendered literally: no element is created and no script runs', async () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <App host={fakeHost([hostileGrid()])} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  const card = await screen.findByRole('group', { name: /评分结果：项目/ });
  expect(within(card).getAllByText((text) => text.includes('<img src=x')).length).toBeGreaterThan(0);
  fireEvent.click(within(card).getByRole('button', { name: /培训人数/ }));
  expect(container.querySelector('img, script')).toBeNull();
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
});

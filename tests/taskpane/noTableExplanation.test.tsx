/** A sheet the pane cannot score says which row came closest and what it lacked — the same words as `ziping inspect`. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { Grid, type GridCell } from '../../src/core/grid';
import { explainClosest, inspectGrid } from '../../src/core';
import { fakeHost } from './fakeHost';

function gridOf(sheet: string, rows: Array<Array<string | number | null>>): Grid {
  const cells: Array<[number, number, GridCell]> = [];
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && cells.push([r, c, { value }])));
  return new Grid(sheet, cells);
}

test('a header without a 三级指标 column: the pane names the closest row, each cell’s role and the words accepted', async () => {
  const grid = gridOf('考核表', [
    ['2023年度项目考核表'],
    ['一级指标', '二级指标', '考核内容', '年度指标值', '实际完成值', '分值'],
    ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 100],
  ]);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={fakeHost([grid])} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  const region = await screen.findByRole('region', { name: '工作表「考核表」' });
  expect(within(region).getByText('这张工作表中没有找到自评表')).toBeTruthy();
  const explanation = explainClosest(inspectGrid(grid).closest!);
  expect(explanation).toMatch(/^最接近表头的是第2行：一级指标（一级指标）、二级指标（二级指标）、考核内容（未使用）/);
  expect(region.textContent).toContain(explanation);
  expect(region.textContent).toContain('缺少“三级指标”列');
});

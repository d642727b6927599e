/** A table the engine cannot score says why, in the card, instead of showing an empty total. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { Grid, type GridCell } from '../../src/core/grid';
import { fakeHost } from './fakeHost';

function gridOf(sheet: string, rows: Array<Array<string | number | null>>): Grid {
  const cells: Array<[number, number, GridCell]> = [];
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && cells.push([r, c, { value }])));
  return new Grid(sheet, cells);
}

async function cardFor(grid: Grid, name: RegExp) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={fakeHost([grid])} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  return screen.findByRole('group', { name });
}

test('a table missing its 实际完成值 column: no total, and the card names the missing column', async () => {
  const card = await cardFor(
    gridOf('缺列', [
      ['项目名称', '缺列项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人数', '≥100人', 60, null],
      ['效益指标', '社会效益指标', '就业率', '≥60%', 40, null],
      ['总分', null, null, null, 100, null],
    ]),
    /评分结果：缺列项目/,
  );
  expect(within(card).getByText(/表头缺少“年度指标值”或“实际完成值”列/)).toBeTruthy();
  expect(within(card).getByText(/表头缺少“实际完成值”列/)).toBeTruthy(); // the COLUMN_MISSING finding itself
});

test('a 部门整体 table without 分值: checked, not scored, and the card says so', async () => {
  const card = await cardFor(
    gridOf('部门整体', [
      ['2023年度某单位部门整体绩效自评表'],
      ['单位名称', '某单位'],
      ['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值'],
      ['产出指标', '数量指标', '培训人数', '140人', '120人'],
      ['效益指标', '社会效益指标', '就业率', '60%', '62%'],
    ]),
    /评分结果：某单位/,
  );
  expect(within(card).getByText(/表中没有分值列/)).toBeTruthy();
  expect(within(card).getByText(/实际120人低于指标值140人/)).toBeTruthy();
});

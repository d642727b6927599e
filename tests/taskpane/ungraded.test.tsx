/** A total on the wrong base (weights adding to 90) is shown, but not graded: the card says why (SPEC §3.1). */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { Grid, type GridCell } from '../../src/core/grid';
import { fakeHost } from './fakeHost';

test('weights adding up to 90: total 81 shown, grade 不评级, and 折合 90 分 as information only', async () => {
  const rows: Array<Array<string | number | null>> = [
    ['项目名称', '错基项目'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '培训人数', '≥100人', '85人', 60, 60],
    ['效益指标', '社会效益指标', '就业率', '≥60%', '60%', 30, 30],
    ['总分', null, null, null, null, 90, 90],
  ];
  const cells: Array<[number, number, GridCell]> = [];
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && cells.push([r, c, { value }])));
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={fakeHost([new Grid('错基', cells)])} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  const card = await screen.findByRole('group', { name: /评分结果：错基项目/ });
  // 60 × 85 / 100 = 51, plus 30: 81 of 90 points; 81 × 100 / 90 = 90.
  expect(within(card).getByTestId('total').textContent).toBe('81');
  expect(within(card).getByTestId('grade').textContent).toBe('不评级');
  expect(within(card).getByTestId('grade-basis').textContent).toBe('各项分值合计90分，不等于总分100分，复核总分81分不评定等级；折合100分制为90分，仅供参考。');
});

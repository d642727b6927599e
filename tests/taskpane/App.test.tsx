/** The pane against a fake WorkbookHost and the real core, driven the way a user would. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { scoreReadGrid } from '../../src/taskpane/scoring';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/taskpane/settings';
import type { PaneSettings } from '../../src/taskpane/settings';
import { LAST_RESULT_KEY } from '../../src/commands/scoreCommand';
import type { WorkbookHost } from '../../src/hosts/addin/workbookHost';
import { fakeHost } from './fakeHost';
import { nationalGrid, notesGrid } from './nationalGrid';

jest.setTimeout(30_000); // Fluent UI under jsdom is slow on a shared machine

function renderPane(host: ReturnType<typeof fakeHost>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

async function scoreActive() {
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  return screen.findByRole('group', { name: /评分结果：2023年度残疾人事业综合经费/ });
}

function savedSettings(host: ReturnType<typeof fakeHost>): PaneSettings {
  return host.settings.get(SETTINGS_KEY) as PaneSettings;
}

test('一键评分 shows the recomputed total, the reported total, the grade, the level bars and the findings', async () => {
  const host = fakeHost([nationalGrid()]);
  renderPane(host);
  expect(await screen.findByText(/点击「一键评分」复核当前工作表「2023自评」/)).toBeTruthy();
  const card = await scoreActive();
  expect(host.readSheet).toHaveBeenCalledWith('2023自评');
  expect(within(card).getByTestId('total').textContent).toBe('96.2');
  expect(within(card).getByTestId('reported-total').textContent).toBe('100');
  expect(within(card).getByTestId('grade').textContent).toBe('优');
  expect(within(card).getByText(/预算执行率 76\.34%/)).toBeTruthy();
  expect(within(card).getByRole('listitem', { name: '预算执行：7.63 / 10 分' })).toBeTruthy();
  expect(within(card).getByRole('listitem', { name: '产出指标：48.57 / 50 分' })).toBeTruthy();
  // Findings grouped by severity, each naming its cell.
  const errors = within(card).getByRole('region', { name: /^错误（2）$/ });
  expect(within(errors).getByText(/^自评得分16分超过该指标分值15分/)).toBeTruthy();
  const warnings = within(card).getByRole('region', { name: /^警告（\d+）$/ });
  expect(within(warnings).getByText(/^自评得分10分，复核得分8\.57分/)).toBeTruthy();
  expect(within(card).getByRole('region', { name: '提示（1）' })).toBeTruthy();
});

test('an indicator row expands to its basis sentence and commentary', async () => {
  renderPane(fakeHost([nationalGrid()]));
  const card = await scoreActive();
  const training = scoreReadGrid(nationalGrid(), DEFAULT_SETTINGS).score.tables[0].evaluation.indicators.find(
    (i) => i.name === '残疾人农村实用技术培训人数',
  );
  expect(training?.basis).toMatch(/8\.57分/);
  expect(within(card).queryByText(`依据：${training?.basis}`)).toBeNull();
  fireEvent.click(within(card).getByRole('button', { name: /残疾人农村实用技术培训人数/ }));
  expect(await within(card).findByText(`依据：${training?.basis}`)).toBeTruthy();
  expect(within(card).getByText(/偏差说明：实际完成120人，较年度指标值140人少20人/)).toBeTruthy();
});

test('clicking a finding selects its cell in the sheet', async () => {
  const host = fakeHost([nationalGrid()]);
  renderPane(host);
  const card = await scoreActive();
  const warnings = within(card).getByRole('region', { name: /^警告/ });
  fireEvent.click(within(warnings).getByText('H15'));
  await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith('2023自评', 'H15'));
});

test('写回工作表 applies exactly the previewed plan; 撤销评分 then restores the sheet', async () => {
  const host = fakeHost([nationalGrid()]);
  renderPane(host);
  await scoreActive();
  const preview = screen.getByRole('table', { name: '写回预览：工作表「2023自评」' });
  const gradeRow = within(preview).getByText('I22').closest('tr') as HTMLElement;
  expect(within(gradeRow).getByText('优')).toBeTruthy();
  expect(within(gradeRow).getByText('等级')).toBeTruthy();
  const undo = screen.getByRole('button', { name: '撤销评分' });
  expect(undo.hasAttribute('disabled') || undo.getAttribute('aria-disabled') === 'true').toBe(true);

  fireEvent.click(screen.getByRole('button', { name: '写回工作表' }));
  const expected = scoreReadGrid(nationalGrid(), DEFAULT_SETTINGS).plan;
  await waitFor(() => expect(host.applyPlan).toHaveBeenCalledTimes(1));
  expect(host.applyPlan.mock.calls[0][0]).toEqual(expected);
  expect(await screen.findByText(new RegExp(`已写回工作表「2023自评」：${expected.changes.length} 个单元格`))).toBeTruthy();

  await waitFor(() => expect(screen.getByRole('button', { name: '撤销评分' }).hasAttribute('disabled')).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: '撤销评分' }));
  await waitFor(() => expect(host.restore).toHaveBeenCalledWith('2023自评'));
  expect(await screen.findByText('已撤销工作表「2023自评」的评分，还原了 7 个单元格。')).toBeTruthy();
});

test('settings: profile, switches and the custom profile are saved into the workbook and re-score at once', async () => {
  const host = fakeHost([nationalGrid()]);
  renderPane(host);
  const card = await scoreActive();
  fireEvent.click(screen.getByRole('button', { name: '评分设置' }));

  fireEvent.click(await screen.findByRole('switch', { name: '覆盖原得分' }));
  await waitFor(() => expect(savedSettings(host)?.plan.overwriteScores).toBe(true));
  const preview = screen.getByRole('table', { name: '写回预览：工作表「2023自评」' });
  const h15 = within(preview).getByText('H15').closest('tr') as HTMLElement;
  expect(within(h15).getByText(/^8\.57/)).toBeTruthy();

  fireEvent.change(screen.getByRole('combobox', { name: /评分规则/ }), { target: { value: 'custom' } });
  await waitFor(() => expect(savedSettings(host)?.profileId).toBe('custom'));
  fireEvent.change(screen.getByRole('spinbutton', { name: '优 最低分' }), { target: { value: '97' } });
  fireEvent.blur(screen.getByRole('spinbutton', { name: '优 最低分' }));
  await waitFor(() => expect(savedSettings(host)?.custom.gradeMins.优).toBe(97));
  expect(within(card).getByTestId('grade').textContent).toBe('良');
  fireEvent.change(screen.getByRole('spinbutton', { name: '完成率达到此为超额较大（%）' }), { target: { value: '130' } });
  fireEvent.keyDown(screen.getByRole('spinbutton', { name: '完成率达到此为超额较大（%）' }), { key: 'Enter' });
  await waitFor(() => expect(savedSettings(host)?.custom.overThreshold).toBeCloseTo(1.3, 10));
  // An out-of-range number is not committed.
  fireEvent.change(screen.getByRole('spinbutton', { name: '良 最低分' }), { target: { value: '150' } });
  expect(await screen.findByText('请输入 0 到 100 之间的数字')).toBeTruthy();
  expect(savedSettings(host)?.custom.gradeMins.良).toBe(80);
  expect(host.saveSettings).toHaveBeenCalledWith(SETTINGS_KEY, expect.objectContaining({ profileId: 'custom' }));
});

test('saved settings are read back when the pane opens', async () => {
  const host = fakeHost([nationalGrid()]);
  host.settings.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, profileId: 'kashgar', plan: { ...DEFAULT_SETTINGS.plan, markCells: false } });
  renderPane(host);
  await scoreActive();
  fireEvent.click(screen.getByRole('button', { name: '评分设置' }));
  expect((screen.getByRole('combobox', { name: /评分规则/ }) as HTMLSelectElement).value).toBe('kashgar');
  expect((screen.getByRole('switch', { name: '标注问题单元格' }) as HTMLInputElement).checked).toBe(false);
  expect((screen.getByRole('switch', { name: '写入偏差说明' }) as HTMLInputElement).checked).toBe(true);
});

test('评分整个工作簿 shows progress per sheet and a friendly message for a sheet without a table', async () => {
  const host = fakeHost([notesGrid(), nationalGrid()]);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const read = host.readSheet.getMockImplementation() as WorkbookHost['readSheet'];
  host.readSheet.mockImplementation(async (sheet: string) => {
    if (sheet === '2023自评') await gate;
    return read(sheet);
  });
  renderPane(host);
  fireEvent.click(await screen.findByRole('button', { name: '评分整个工作簿' }));
  expect(await screen.findByText('第 2 / 2 张工作表')).toBeTruthy();
  expect(screen.getByRole('progressbar')).toBeTruthy();
  await act(async () => release());
  expect(await screen.findByText('这张工作表中没有找到自评表')).toBeTruthy();
  expect(screen.getByRole('region', { name: '工作表「填报说明」' })).toBeTruthy();
  expect(screen.getByRole('group', { name: /评分结果：2023年度残疾人事业综合经费/ })).toBeTruthy();
  expect(screen.queryByRole('progressbar')).toBeNull();
});

test('a failure shows a zh-CN message that says what to do, and the pane stays usable', async () => {
  const host = fakeHost([nationalGrid()]);
  host.readSheet.mockRejectedValueOnce(Object.assign(new Error('The operation is not allowed in cell edit mode'), {
    code: 'InvalidOperationInCellEditMode',
  }));
  renderPane(host);
  fireEvent.click(await screen.findByRole('button', { name: '一键评分' }));
  expect(await screen.findByText('评分失败：Excel 正处于单元格编辑状态。请按 Esc 或 Enter 结束编辑后重试。')).toBeTruthy();
  await scoreActive();
  expect(screen.queryByText(/评分失败/)).toBeNull();
});

test('a spinner shows while the settings load; the ribbon’s last result is shown once loaded', async () => {
  const host = fakeHost([nationalGrid()]);
  const at = new Date(2026, 11, 1, 15, 20).toISOString();
  host.settings.set(LAST_RESULT_KEY, { at, message: '工作表「2023自评」复核得分 96.2，等级「优」，发现 13 个问题。' });
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = host.loadSettings.getMockImplementation() as WorkbookHost['loadSettings'];
  host.loadSettings.mockImplementation(async <T,>(key: string) => {
    await gate;
    return load<T>(key);
  });
  renderPane(host);
  expect(screen.getByText('正在读取工作簿设置…')).toBeTruthy();
  await act(async () => release());
  // With its time (issue 16): the clerk must know whether it is today's click.
  expect(await screen.findByText(/上次功能区评分（12月1日 15:20）：工作表「2023自评」复核得分 96\.2，等级「优」，发现 13 个问题。/)).toBeTruthy();
});

describe('issue 16 in the pane', () => {
  test('typing 95 into 优 saves 95 when the field is left, never 9 on the way; an invalid profile is neither used nor saved', async () => {
    const host = fakeHost([nationalGrid()]);
    renderPane(host);
    const card = await scoreActive();
    fireEvent.click(screen.getByRole('button', { name: '评分设置' }));
    fireEvent.change(screen.getByRole('combobox', { name: /评分规则/ }), { target: { value: 'custom' } });
    await waitFor(() => expect(savedSettings(host)?.profileId).toBe('custom'));
    const best = screen.getByRole('spinbutton', { name: '优 最低分' });
    fireEvent.change(best, { target: { value: '9' } });
    fireEvent.change(best, { target: { value: '95' } });
    expect(savedSettings(host).custom.gradeMins.优).toBe(90); // nothing saved while typing
    fireEvent.blur(best);
    await waitFor(() => expect(savedSettings(host).custom.gradeMins.优).toBe(95));
    expect(host.saveSettings.mock.calls.some(([, v]) => (v as PaneSettings).custom?.gradeMins.优 === 9)).toBe(false);
    expect(within(card).getByTestId('grade').textContent).toBe('优'); // 96.2 ≥ 95

    // 优 70 below 良 80: shown with its problem, not saved, the results keep the valid profile.
    fireEvent.change(best, { target: { value: '70' } });
    fireEvent.blur(best);
    expect(await screen.findByText('等级分数线应满足 100 ≥ 优 > 良 > 中 ≥ 0。')).toBeTruthy();
    expect(savedSettings(host).custom.gradeMins.优).toBe(95);
    expect(within(card).getByTestId('grade').textContent).toBe('优');
  });

  test('生成复核表 is a switch, on by default, saved like the others', async () => {
    const host = fakeHost([nationalGrid()]);
    renderPane(host);
    await scoreActive();
    fireEvent.click(screen.getByRole('button', { name: '评分设置' }));
    const sw = (await screen.findByRole('switch', { name: '生成复核表' })) as HTMLInputElement;
    expect(sw.checked).toBe(true);
    fireEvent.click(sw);
    await waitFor(() => expect(savedSettings(host)?.plan.reviewSheet).toBe(false));
  });

  test('the pane follows a sheet switch: the prompt and 撤销评分 name the sheet now shown', async () => {
    const other = nationalGrid();
    const second = Object.assign(Object.create(Object.getPrototypeOf(other)), other, { sheet: '第二张' });
    const host = fakeHost([nationalGrid(), second]);
    host.snapshots.add('第二张');
    renderPane(host);
    expect(await screen.findByText(/复核当前工作表「2023自评」/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '撤销评分' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(host.listeners.size).toBe(1));
    act(() => host.switchTo('第二张'));
    expect(await screen.findByText(/复核当前工作表「第二张」/)).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: '撤销评分' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: '撤销评分' }));
    await waitFor(() => expect(host.restore).toHaveBeenCalledWith('第二张'));
  });

  test('写回 hands the host the grid it scored; a sheet changed since is re-scored and nothing is written', async () => {
    const host = fakeHost([nationalGrid()]);
    renderPane(host);
    await scoreActive();
    host.applyPlan.mockRejectedValueOnce(Object.assign(new Error('工作表「2023自评」在评分后被修改过（J16）。为免覆盖这些修改，本次没有写回；请重新评分后再写回。'), { code: 'SheetChanged' }));
    const reads = host.readSheet.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: '写回工作表' }));
    expect(await screen.findByText(/在评分后被修改过（J16）.*已按当前内容重新评分/)).toBeTruthy();
    const basis = host.applyPlan.mock.calls[0][1];
    expect(basis?.sheet).toBe('2023自评'); // the grid the plan came from
    expect(basis?.toJSON()).toEqual(nationalGrid().toJSON());
    expect(host.readSheet.mock.calls.length).toBe(reads + 1);
    expect(host.applied).toHaveLength(0);
  });

  test('finding names are Chinese, not codes; without notes the preview does not promise 批注', async () => {
    const host = fakeHost([nationalGrid()]);
    host.canWriteNotes.mockReturnValue(false);
    renderPane(host);
    const card = await scoreActive();
    expect(within(card).queryByText(/SCORE_EXCEEDS_WEIGHT|SCORE_MISMATCH/)).toBeNull();
    expect(within(card).getAllByText('（得分超过分值）').length).toBeGreaterThan(0);
    const preview = screen.getByRole('table', { name: '写回预览：工作表「2023自评」' });
    expect(within(preview).queryByText(/批注：/)).toBeNull();
    expect(screen.getByRole('note').textContent).toMatch(/不支持写入批注/);
  });

  test('coming back to the pane after a ribbon click shows its result and enables 撤销评分', async () => {
    const host = fakeHost([nationalGrid()]);
    renderPane(host);
    await screen.findByText(/复核当前工作表「2023自评」/);
    expect((screen.getByRole('button', { name: '撤销评分' }) as HTMLButtonElement).disabled).toBe(true);
    // The ribbon (another runtime) scored and wrote back meanwhile.
    host.snapshots.add('2023自评');
    host.settings.set(LAST_RESULT_KEY, { at: new Date(2026, 11, 1, 16, 5).toISOString(), message: '工作表「2023自评」复核得分 96.2，等级「优」，发现 13 个问题。' });
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByText(/上次功能区评分（12月1日 16:05）/)).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: '撤销评分' }) as HTMLButtonElement).disabled).toBe(false));
  });
});

/** The custom profile's jurisdiction options in the settings panel: edited, stored, refused with zh-CN reasons. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel';
import { CUSTOM_PROFILE_ID, DEFAULT_SETTINGS, normalizeSettings, profileFromSettings } from '../../src/taskpane/settings';
import type { CustomProfileSettings, PaneSettings } from '../../src/taskpane/settings';

function panel(custom: Partial<CustomProfileSettings> = {}) {
  const settings: PaneSettings = { ...DEFAULT_SETTINGS, profileId: CUSTOM_PROFILE_ID, custom: { ...DEFAULT_SETTINGS.custom, ...custom } };
  const onChange = jest.fn<void, [PaneSettings]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel settings={settings} disabled={false} onChange={onChange} />
    </FluentProvider>,
  );
  const last = () => onChange.mock.calls[onChange.mock.calls.length - 1][0].custom;
  return { onChange, last };
}

/** Types into a number field and leaves it (the panel commits on change or on blur, depending on its version). */
function type(name: string, value: string) {
  const input = screen.getByRole('spinbutton', { name });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

test('the national defaults are shown: 100 %, 80 %, 120 %, explain, coherence 5 %, no caps', () => {
  panel();
  expect((screen.getByRole('spinbutton', { name: '完成率低于此须说明原因（%）' }) as HTMLInputElement).value).toBe('100');
  expect((screen.getByRole('spinbutton', { name: '完成率不高于此为偏差较大（%）' }) as HTMLInputElement).value).toBe('80');
  expect((screen.getByRole('spinbutton', { name: '完成率达到此为超额较大（%）' }) as HTMLInputElement).value).toBe('120');
  expect((screen.getByRole('combobox', { name: '超额较大时' }) as HTMLSelectElement).value).toBe('explain');
  expect((screen.getByRole('spinbutton', { name: '得分率高出执行率达此比例时提示（%）' }) as HTMLInputElement).value).toBe('5');
  expect(screen.queryByRole('group', { name: /执行率封顶第1档/ })).toBeNull();
});

test('"over 130 % but under 90 %" and deduct 2 points become the custom profile', () => {
  const { last } = panel();
  type('完成率达到此为超额较大（%）', '130');
  expect(last().overThreshold).toBeCloseTo(1.3, 10);
  type('完成率低于此须说明原因（%）', '90');
  expect(last().underThreshold).toBeCloseTo(0.9, 10);
  fireEvent.change(screen.getByRole('combobox', { name: '超额较大时' }), { target: { value: 'deduct' } });
  expect(last().overAchievement).toEqual({ action: 'deduct', points: 2 });
});

test('a deduction profile shows its points; caps are added as bands under the lowest and go into the profile', () => {
  const { last } = panel({ overAchievement: { action: 'deduct', points: 3 }, executionCaps: [{ below: 0.8, maxTotal: 89 }] });
  expect((screen.getByRole('spinbutton', { name: '超额较大扣分' }) as HTMLInputElement).value).toBe('3');
  fireEvent.click(screen.getByRole('button', { name: '添加执行率封顶档' }));
  expect(last().executionCaps).toEqual([{ below: 0.8, maxTotal: 89 }, { below: 0.7, maxTotal: 79 }]);
  const p = profileFromSettings({ ...DEFAULT_SETTINGS, profileId: CUSTOM_PROFILE_ID, custom: last() });
  expect(p.executionCaps).toEqual([{ below: 0.8, maxTotal: 89 }, { below: 0.7, maxTotal: 79 }]);
  expect(p.overAchievement).toEqual({ action: 'deduct', points: 3 });
});

test('contradictory caps are refused with the reason in Chinese', () => {
  panel({ executionCaps: [{ below: 0.8, maxTotal: 79 }, { below: 0.7, maxTotal: 89 }] });
  const band2 = screen.getByRole('group', { name: '执行率封顶第2档' });
  expect((within(band2).getByRole('spinbutton', { name: '第2档：总分最高' }) as HTMLInputElement).value).toBe('89');
  const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
  expect(alerts.join('\n')).toContain('执行率低于70%时总分上限89分，不低于执行率低于80%时的79分；执行率越低，上限应越低。');
});

test('a large-miss bound above the explanation bound is refused', () => {
  panel({ underThreshold: 0.7, largeMissThreshold: 0.8 });
  expect(screen.getAllByRole('alert').map((a) => a.textContent).join('\n')).toContain('偏差较大的指标必须说明原因');
});

test('switching coherence off stores null', () => {
  const { last } = panel();
  fireEvent.click(screen.getByRole('switch', { name: '检查指标得分率是否明显高于预算执行率' }));
  expect(last().coherence).toBeNull();
});

test('settings saved by an older version (one deviationThreshold) read back as the over-achievement threshold', () => {
  const s = normalizeSettings({ profileId: 'custom', custom: { deviationThreshold: 0.3, overAchievement: { action: 'deduct' }, executionCaps: 'junk' } });
  expect(s.custom.overThreshold).toBeCloseTo(1.3, 10);
  expect(s.custom.underThreshold).toBe(1);
  expect(s.custom.overAchievement).toEqual({ action: 'explain' }); // a deduction without points falls back
  expect(s.custom.executionCaps).toEqual([]);
  expect(s.custom).not.toHaveProperty('deviationThreshold');
});

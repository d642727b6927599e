import { HUBEI, NATIONAL } from '../../src/core/rules/profile';
import {
  CUSTOM_PROFILE_ID,
  customProfileProblems,
  DEFAULT_CUSTOM,
  DEFAULT_SETTINGS,
  loadPaneSettings,
  normalizeSettings,
  profileChoices,
  profileFromSettings,
  savePaneSettings,
  SETTINGS_KEY,
} from '../../src/taskpane/settings';
import { fakeHost } from './fakeHost';

test('the dropdown offers the five shipped profiles and custom, in that order', () => {
  expect(profileChoices().map((p) => p.id)).toEqual(['national', 'hubei', 'sichuan', 'kashgar', 'guangxi', 'custom']);
});

test('a shipped profile is used as it is', () => {
  expect(profileFromSettings({ ...DEFAULT_SETTINGS, profileId: 'hubei' })).toBe(HUBEI);
  expect(profileFromSettings(DEFAULT_SETTINGS)).toBe(NATIONAL);
});

test('the custom profile is the national one with the user numbers', () => {
  const p = profileFromSettings({
    ...DEFAULT_SETTINGS,
    profileId: CUSTOM_PROFILE_ID,
    custom: { ...DEFAULT_CUSTOM, overThreshold: 1.3, executionRateThreshold: 0.85, gradeMins: { 优: 95, 良: 85, 中: 70 }, tierDefaults: { 1: 0.9, 2: 0.6, 3: 0.2 } },
  });
  expect(p.id).toBe('custom');
  expect(p.overThreshold).toBe(1.3);
  expect(p.executionRateThreshold).toBe(0.85);
  expect(p.grades).toEqual([
    { grade: '优', min: 95 },
    { grade: '良', min: 85 },
    { grade: '中', min: 70 },
    { grade: '差', min: 0 },
  ]);
  expect(p.tierDefaults).toEqual({ 1: 0.9, 2: 0.6, 3: 0.2 });
  expect(p.budgetWeight).toBe(NATIONAL.budgetWeight);
});

test('custom numbers are checked', () => {
  expect(customProfileProblems(DEFAULT_CUSTOM)).toEqual([]);
  expect(customProfileProblems({ ...DEFAULT_CUSTOM, gradeMins: { 优: 80, 良: 80, 中: 60 } })).toEqual([
    '等级分数线应满足 100 ≥ 优 > 良 > 中 ≥ 0。',
  ]);
  // The jurisdiction options are judged by the core's validator, in its words.
  const contradictory = customProfileProblems({ ...DEFAULT_CUSTOM, executionCaps: [{ below: 0.8, maxTotal: 79 }, { below: 0.6, maxTotal: 89 }] });
  expect(contradictory).toHaveLength(1);
  expect(contradictory[0]).toContain('执行率越低，上限应越低');
});

test('whatever a workbook holds becomes complete, valid settings', () => {
  expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  const s = normalizeSettings({ profileId: 'atlantis', plan: { markCells: false, overwriteScores: 'yes' }, custom: { gradeMins: { 优: 92 } } });
  expect(s.profileId).toBe('national');
  expect(s.plan).toEqual({ overwriteScores: false, writeCommentary: true, markCells: false, reviewSheet: true });
  expect(s.custom.gradeMins).toEqual({ 优: 92, 良: 80, 中: 60 });
});

test('settings round-trip through the host under one key', async () => {
  const host = fakeHost([]);
  const s = { ...DEFAULT_SETTINGS, profileId: 'sichuan', plan: { overwriteScores: true, writeCommentary: false, markCells: true, reviewSheet: true } };
  await savePaneSettings(host, s);
  expect(host.saveSettings).toHaveBeenCalledWith(SETTINGS_KEY, s);
  expect(await loadPaneSettings(host)).toEqual(s);
});

test('a custom profile the core would refuse is refused in the pane too', () => {
  // 部分达成 (tier 2) ranges 60–80 %: a default of 95 % lies outside its own tier.
  const problems = customProfileProblems({ ...DEFAULT_CUSTOM, tierDefaults: { 1: 1, 2: 0.95, 3: 0.3 } });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('不在该档区间');
});

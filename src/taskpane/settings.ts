/**
 * The pane's settings: which profile scores the sheets, the custom profile's numbers, and the write-back
 * switches. They are stored in the workbook (host.saveSettings) so they travel with the file; anything
 * read back is validated, because a workbook may carry settings from an older version or another hand.
 */
import { DEFAULT_PLAN_OPTIONS, NATIONAL, PROFILES, validateProfile } from '../core';
import type { GradeBand, JurisdictionOptions, PlanOptions, Profile, Tier } from '../core';
import { DEFAULT_JURISDICTION, jurisdictionFrom } from './profileOptions';
import type { WorkbookHost } from '../hosts/addin/workbookHost';

export const SETTINGS_KEY = 'ziping.settings';

export const CUSTOM_PROFILE_ID = 'custom';

/**
 * The numbers a user may change in the custom profile; percentages as fractions (0.2 = 20 %). The
 * jurisdiction options (thresholds, over-achievement, 执行率 caps, coherence) are edited by ProfileOptionsEditor.
 */
export interface CustomProfileSettings extends JurisdictionOptions {
  executionRateThreshold: number;
  /** Lowest totals of 优, 良 and 中 (差 is everything below 中). */
  gradeMins: { 优: number; 良: number; 中: number };
  /** Fraction of the weight given to each qualitative tier when the reported score is not accepted. */
  tierDefaults: Record<Tier, number>;
}

export interface PaneSettings {
  /** A key of PROFILES, or 'custom'. */
  profileId: string;
  custom: CustomProfileSettings;
  plan: PlanOptions;
}

export const DEFAULT_CUSTOM: CustomProfileSettings = {
  ...DEFAULT_JURISDICTION,
  executionRateThreshold: NATIONAL.executionRateThreshold,
  gradeMins: { 优: 90, 良: 80, 中: 60 },
  tierDefaults: { ...NATIONAL.tierDefaults },
};

export const DEFAULT_SETTINGS: PaneSettings = {
  profileId: NATIONAL.id,
  custom: DEFAULT_CUSTOM,
  plan: { ...DEFAULT_PLAN_OPTIONS },
};

/** Profiles offered in the dropdown, in display order. */
export function profileChoices(): Array<{ id: string; name: string }> {
  return [
    ...Object.values(PROFILES).map((p) => ({ id: p.id, name: p.name })),
    { id: CUSTOM_PROFILE_ID, name: '自定义（保存在本工作簿中）' },
  ];
}

/** The profile the settings select; the custom one is the national profile with the user's numbers. */
export function profileFromSettings(settings: PaneSettings): Profile {
  if (settings.profileId !== CUSTOM_PROFILE_ID) return PROFILES[settings.profileId] ?? NATIONAL;
  const c = settings.custom;
  const grades: GradeBand[] = [
    { grade: '优', min: c.gradeMins.优 },
    { grade: '良', min: c.gradeMins.良 },
    { grade: '中', min: c.gradeMins.中 },
    { grade: '差', min: 0 },
  ];
  return {
    ...NATIONAL,
    id: CUSTOM_PROFILE_ID,
    name: '自定义',
    source: '用户自定义规则（保存在本工作簿的设置中）',
    underThreshold: c.underThreshold,
    largeMissThreshold: c.largeMissThreshold,
    overThreshold: c.overThreshold,
    overAchievement: { ...c.overAchievement },
    executionCaps: c.executionCaps.map((cap) => ({ ...cap })),
    coherence: c.coherence,
    executionRateThreshold: c.executionRateThreshold,
    grades,
    tierDefaults: { ...c.tierDefaults },
  };
}

/** Problems with a custom profile, in zh-CN; empty when it can be used. */
export function customProfileProblems(c: CustomProfileSettings): string[] {
  const problems: string[] = [];
  const fraction = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!fraction(c.executionRateThreshold)) problems.push('执行率阈值应在 0% 到 100% 之间。');
  const { 优, 良, 中 } = c.gradeMins;
  if (![优, 良, 中].every((v) => Number.isFinite(v) && v >= 0 && v <= 100) || !(优 > 良 && 良 > 中)) {
    problems.push('等级分数线应满足 100 ≥ 优 > 良 > 中 ≥ 0。');
  }
  if (!([1, 2, 3] as const).every((t) => fraction(c.tierDefaults[t]))) {
    problems.push('定性指标各档默认得分比例应在 0% 到 100% 之间。');
  }
  if (problems.length) return problems;
  // The field-level checks above speak the pane's words; the core's validator has the last say.
  const checked = validateProfile(profileFromSettings({ ...DEFAULT_SETTINGS, profileId: CUSTOM_PROFILE_ID, custom: c }));
  return checked.ok ? [] : checked.errors;
}

/** Why these settings cannot score (an invalid custom profile), in zh-CN; empty when they can. */
export function settingsProblems(settings: PaneSettings): string[] {
  return settings.profileId === CUSTOM_PROFILE_ID ? customProfileProblems(settings.custom) : [];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** Whatever the workbook held → complete, valid settings (unknown or broken parts fall back to defaults). */
export function normalizeSettings(stored: unknown): PaneSettings {
  const raw = isRecord(stored) ? stored : {};
  const profileId =
    typeof raw.profileId === 'string' && (raw.profileId in PROFILES || raw.profileId === CUSTOM_PROFILE_ID)
      ? raw.profileId
      : DEFAULT_SETTINGS.profileId;
  const c = isRecord(raw.custom) ? raw.custom : {};
  const g = isRecord(c.gradeMins) ? c.gradeMins : {};
  const t = isRecord(c.tierDefaults) ? c.tierDefaults : {};
  const custom: CustomProfileSettings = {
    ...jurisdictionFrom(c),
    executionRateThreshold: num(c.executionRateThreshold, DEFAULT_CUSTOM.executionRateThreshold),
    gradeMins: {
      优: num(g['优'], DEFAULT_CUSTOM.gradeMins.优),
      良: num(g['良'], DEFAULT_CUSTOM.gradeMins.良),
      中: num(g['中'], DEFAULT_CUSTOM.gradeMins.中),
    },
    tierDefaults: {
      1: num(t['1'], DEFAULT_CUSTOM.tierDefaults[1]),
      2: num(t['2'], DEFAULT_CUSTOM.tierDefaults[2]),
      3: num(t['3'], DEFAULT_CUSTOM.tierDefaults[3]),
    },
  };
  const p = isRecord(raw.plan) ? raw.plan : {};
  const plan: PlanOptions = {
    overwriteScores: bool(p.overwriteScores, DEFAULT_PLAN_OPTIONS.overwriteScores),
    writeCommentary: bool(p.writeCommentary, DEFAULT_PLAN_OPTIONS.writeCommentary),
    markCells: bool(p.markCells, DEFAULT_PLAN_OPTIONS.markCells),
    reviewSheet: bool(p.reviewSheet, DEFAULT_PLAN_OPTIONS.reviewSheet),
  };
  return { profileId, custom, plan };
}

export async function loadPaneSettings(host: WorkbookHost): Promise<PaneSettings> {
  return normalizeSettings(await host.loadSettings<unknown>(SETTINGS_KEY));
}

export async function savePaneSettings(host: WorkbookHost, settings: PaneSettings): Promise<void> {
  await host.saveSettings<PaneSettings>(SETTINGS_KEY, settings);
}

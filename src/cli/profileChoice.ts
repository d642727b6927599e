/** Which scoring profile a run uses: a built-in one by its id or Chinese name, or a custom one from a JSON file. */
import { promises as fs } from 'fs';
import { PROFILES, validateProfile, type Profile } from '../core';

/** Chinese names a clerk types (SPEC §7.1) → profile ids. */
export const PROFILE_ALIASES: Readonly<Record<string, string>> = {
  全国: 'national',
  全国通用: 'national',
  国家: 'national',
  湖北: 'hubei',
  湖北省: 'hubei',
  四川: 'sichuan',
  四川省: 'sichuan',
  喀什: 'kashgar',
  喀什地区: 'kashgar',
  广西: 'guangxi',
};

export type ProfileChoice = { ok: true; profile: Profile; builtIn: boolean } | { ok: false; errors: string[] };

/** For --help: "national（全国） · hubei（湖北） · …" (spaces let the help wrap it). */
export function profileNamesText(): string {
  return Object.keys(PROFILES)
    .map((id) => {
      const alias = Object.keys(PROFILE_ALIASES).find((a) => PROFILE_ALIASES[a] === id);
      return alias ? `${id}（${alias}）` : id;
    })
    .join(' · ');
}

export function builtInProfile(name: string): Profile | null {
  const id = Object.hasOwn(PROFILE_ALIASES, name.trim()) ? PROFILE_ALIASES[name.trim()] : name.trim().toLowerCase();
  return Object.hasOwn(PROFILES, id) ? PROFILES[id] : null;
}

/** Reads and validates a custom profile file; every problem is reported at once, in zh-CN. */
export async function profileFromFile(file: string): Promise<ProfileChoice> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return { ok: false, errors: [`无法读取规则文件“${file}”，请检查路径。`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`规则文件“${file}”不是有效的 JSON：${(e as Error).message}`] };
  }
  const checked = validateProfile(data);
  return checked.ok ? { ok: true, profile: checked.profile, builtIn: false } : { ok: false, errors: checked.errors };
}

export async function chooseProfile(name: string | undefined, file: string | undefined): Promise<ProfileChoice> {
  if (file !== undefined) {
    if (name !== undefined) return { ok: false, errors: ['--profile 与 --profile-file 只能选一个。'] };
    return profileFromFile(file);
  }
  const profile = builtInProfile(name ?? 'national');
  if (profile) return { ok: true, profile, builtIn: true };
  return { ok: false, errors: [`未知的评分规则“${name}”，可选：${profileNamesText()}；或用 --profile-file 指定自定义规则文件。`] };
}

/**
 * 评分设置: the profile, the custom profile's numbers and the write-back switches. Every change is
 * handed up (and saved into the workbook by the caller, only when the whole profile is valid); numbers
 * are committed when the user leaves the field.
 */
import { useEffect, useState } from 'react';
import { Caption1, Field, Input, makeStyles, Select, Switch } from '@fluentui/react-components';
import type { PlanOptions } from '../../core';
import { CUSTOM_PROFILE_ID, customProfileProblems, profileChoices, profileFromSettings } from '../settings';
import type { CustomProfileSettings, PaneSettings } from '../settings';
import { ProfileOptionsEditor, type NumberFieldProps } from './ProfileOptionsEditor';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '8px', rowGap: '6px' },
  switches: { display: 'flex', flexDirection: 'column' },
});

/**
 * A number input that keeps what the user typed and commits only when typing is done (leaving the field or
 * Enter), and only numbers within [min, max]: committing every keystroke would save 优 = 9 on the way to 95.
 */
function NumberSetting({ label, value, percent, min, max, onCommit }: NumberFieldProps) {
  const shown = percent ? Math.round(value * 10000) / 100 : value;
  const [draft, setDraft] = useState(String(shown));
  useEffect(() => setDraft(String(shown)), [shown]);
  const n = Number(draft);
  const valid = draft.trim() !== '' && Number.isFinite(n) && n >= min && n <= max;
  const commit = () => {
    if (valid && n !== shown) onCommit(percent ? n / 100 : n);
  };
  return (
    <Field
      label={percent ? `${label}（%）` : label}
      validationState={valid ? 'none' : 'error'}
      validationMessage={valid ? undefined : `请输入 ${min} 到 ${max} 之间的数字`}
    >
      <Input
        type="number"
        value={draft}
        min={min}
        max={max}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

export interface SettingsPanelProps {
  settings: PaneSettings;
  disabled: boolean;
  onChange(next: PaneSettings): void;
}

export function SettingsPanel({ settings, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const setCustom = (custom: CustomProfileSettings) => onChange({ ...settings, custom });
  const setPlan = (key: keyof PlanOptions, value: boolean) => onChange({ ...settings, plan: { ...settings.plan, [key]: value } });
  const c = settings.custom;
  const problems = settings.profileId === CUSTOM_PROFILE_ID ? customProfileProblems(c) : [];
  return (
    <div className={styles.panel}>
      <Field label="评分规则" hint={profileFromSettings(settings).source}>
        <Select
          value={settings.profileId}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...settings, profileId: data.value })}
        >
          {profileChoices().map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {settings.profileId === CUSTOM_PROFILE_ID ? (
        <div className={styles.grid} aria-label="自定义规则">
          <NumberSetting label="执行率阈值" percent min={0} max={100} value={c.executionRateThreshold}
            onCommit={(v) => setCustom({ ...c, executionRateThreshold: v })} />
          <NumberSetting label="优 最低分" min={0} max={100} value={c.gradeMins.优}
            onCommit={(v) => setCustom({ ...c, gradeMins: { ...c.gradeMins, 优: v } })} />
          <NumberSetting label="良 最低分" min={0} max={100} value={c.gradeMins.良}
            onCommit={(v) => setCustom({ ...c, gradeMins: { ...c.gradeMins, 良: v } })} />
          <NumberSetting label="中 最低分" min={0} max={100} value={c.gradeMins.中}
            onCommit={(v) => setCustom({ ...c, gradeMins: { ...c.gradeMins, 中: v } })} />
          <NumberSetting label="达成 默认得分" percent min={0} max={100} value={c.tierDefaults[1]}
            onCommit={(v) => setCustom({ ...c, tierDefaults: { ...c.tierDefaults, 1: v } })} />
          <NumberSetting label="部分达成 默认得分" percent min={0} max={100} value={c.tierDefaults[2]}
            onCommit={(v) => setCustom({ ...c, tierDefaults: { ...c.tierDefaults, 2: v } })} />
          <NumberSetting label="未达成 默认得分" percent min={0} max={100} value={c.tierDefaults[3]}
            onCommit={(v) => setCustom({ ...c, tierDefaults: { ...c.tierDefaults, 3: v } })} />
          <ProfileOptionsEditor value={c} disabled={disabled} NumberField={NumberSetting} onChange={(o) => setCustom({ ...c, ...o })} />
        </div>
      ) : null}
      {problems.map((p) => (
        <Caption1 key={p} role="alert">
          {p}
        </Caption1>
      ))}
      <div className={styles.switches}>
        <Switch label="覆盖原得分" checked={settings.plan.overwriteScores} disabled={disabled}
          onChange={(_, d) => setPlan('overwriteScores', d.checked)} />
        <Switch label="写入偏差说明" checked={settings.plan.writeCommentary} disabled={disabled}
          onChange={(_, d) => setPlan('writeCommentary', d.checked)} />
        <Switch label="标注问题单元格" checked={settings.plan.markCells} disabled={disabled}
          onChange={(_, d) => setPlan('markCells', d.checked)} />
        <Switch label="生成复核表" checked={settings.plan.reviewSheet} disabled={disabled}
          onChange={(_, d) => setPlan('reviewSheet', d.checked)} />
      </div>
      <Caption1>设置保存在本工作簿中，随文件一起发送。</Caption1>
    </div>
  );
}

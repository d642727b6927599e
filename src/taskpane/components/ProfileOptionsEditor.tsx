/**
 * The custom profile's jurisdiction options (SPEC §3.3): when misses and over-achievements need an
 * explanation, what a large over-achievement costs, 执行率 bands that cap the total, and the score/执行率
 * coherence check. Numbers go through the settings panel's own number field (passed in), so they commit
 * the way every other setting does; contradictions are explained by the panel from `validateProfile`.
 */
import type { ComponentType } from 'react';
import { Button, Caption1Strong, Field, makeStyles, Select, Switch } from '@fluentui/react-components';
import type { ExecutionCap, JurisdictionOptions, OverAchievement } from '../../core';

export interface NumberFieldProps {
  label: string;
  value: number;
  /** Shown and typed in percent when true (stored as a fraction). */
  percent?: boolean;
  min: number;
  max: number;
  onCommit(value: number): void;
}

export interface ProfileOptionsEditorProps {
  value: JurisdictionOptions;
  disabled: boolean;
  onChange(next: JurisdictionOptions): void;
  /** The panel's number input. */
  NumberField: ComponentType<NumberFieldProps>;
}

const useStyles = makeStyles({
  editor: { gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '8px', rowGap: '6px' },
  heading: { gridColumn: '1 / -1', marginTop: '4px' },
  wide: { gridColumn: '1 / -1' },
});

const OVER_CHOICES: Array<{ action: OverAchievement['action']; label: string }> = [
  { action: 'explain', label: '要求说明原因，不扣分' },
  { action: 'deduct', label: '扣分' },
  { action: 'none', label: '不处理' },
];

/** A new band under the lowest one: 10 points of 执行率 and 10 points of total lower (the manual's steps). */
function nextCap(caps: ExecutionCap[]): ExecutionCap {
  if (caps.length === 0) return { below: 0.8, maxTotal: 89 };
  const lowest = caps.reduce((a, b) => (b.below < a.below ? b : a));
  return { below: Math.max(0.1, Math.round((lowest.below - 0.1) * 100) / 100), maxTotal: Math.max(0, lowest.maxTotal - 10) };
}

export function ProfileOptionsEditor({ value, disabled, onChange, NumberField }: ProfileOptionsEditorProps) {
  const styles = useStyles();
  const set = (patch: Partial<JurisdictionOptions>) => onChange({ ...value, ...patch });
  const over = value.overAchievement;
  const setCap = (i: number, cap: ExecutionCap) => set({ executionCaps: value.executionCaps.map((c, j) => (j === i ? cap : c)) });
  return (
    <div className={styles.editor} aria-label="偏差与执行率规则">
      <Caption1Strong className={styles.heading}>未完成与超额完成</Caption1Strong>
      <NumberField label="完成率低于此须说明原因" percent min={1} max={100} value={value.underThreshold} onCommit={(v) => set({ underThreshold: v })} />
      <NumberField label="完成率不高于此为偏差较大" percent min={0} max={99} value={value.largeMissThreshold} onCommit={(v) => set({ largeMissThreshold: v })} />
      <NumberField label="完成率达到此为超额较大" percent min={101} max={1000} value={value.overThreshold} onCommit={(v) => set({ overThreshold: v })} />
      <Field label="超额较大时">
        <Select
          value={over.action}
          disabled={disabled}
          onChange={(_, d) => set({ overAchievement: d.value === 'deduct' ? { action: 'deduct', points: 2 } : { action: d.value as 'explain' | 'none' } })}
        >
          {OVER_CHOICES.map((c) => (
            <option key={c.action} value={c.action}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {over.action === 'deduct' ? (
        <NumberField label="超额较大扣分" min={0} max={100} value={over.points} onCommit={(v) => set({ overAchievement: { action: 'deduct', points: v } })} />
      ) : null}

      <Caption1Strong className={styles.heading}>得分与预算执行率</Caption1Strong>
      <Switch
        className={styles.wide}
        label="检查指标得分率是否明显高于预算执行率"
        checked={value.coherence !== null}
        disabled={disabled}
        onChange={(_, d) => set({ coherence: d.checked ? 0.05 : null })}
      />
      {value.coherence !== null ? (
        <NumberField label="得分率高出执行率达此比例时提示" percent min={1} max={100} value={value.coherence} onCommit={(v) => set({ coherence: v })} />
      ) : null}
      {value.executionCaps.map((cap, i) => (
        <div key={i} className={styles.editor} role="group" aria-label={`执行率封顶第${i + 1}档`}>
          <NumberField label={`第${i + 1}档：执行率低于`} percent min={1} max={100} value={cap.below} onCommit={(v) => setCap(i, { ...cap, below: v })} />
          <NumberField label={`第${i + 1}档：总分最高`} min={0} max={100} value={cap.maxTotal} onCommit={(v) => setCap(i, { ...cap, maxTotal: v })} />
          <Button size="small" disabled={disabled} onClick={() => set({ executionCaps: value.executionCaps.filter((_, j) => j !== i) })}>
            删除第{i + 1}档
          </Button>
        </div>
      ))}
      <Button className={styles.wide} size="small" disabled={disabled} onClick={() => set({ executionCaps: [...value.executionCaps, nextCap(value.executionCaps)] })}>
        添加执行率封顶档
      </Button>
    </div>
  );
}

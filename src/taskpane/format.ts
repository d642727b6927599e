/** How numbers, grades, severities and change kinds read in the pane (zh-CN). */
import type { ChangeKind, Grade, Severity } from '../core';

/** 96.2 → "96.2", 95 → "95", null → "—" (scores are already rounded to 2 decimals by the core). */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return String(Math.round(value * 100) / 100);
}

/** 0.7634 → "76.34%". */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}

export type BadgeColor = 'success' | 'brand' | 'warning' | 'danger' | 'informative';

export const GRADE_COLOR: Record<Grade, BadgeColor> = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' };

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  score: '指标得分',
  budgetScore: '执行率得分',
  total: '总分',
  grade: '等级',
  gradeLabel: '等级标签',
  commentary: '偏差说明',
  mark: '问题标注',
};

/** "2026-12-01T15:20:00Z" → "12月1日 23:20" in the clerk's time zone; "时间未知" when unreadable. */
export function formatTime(iso: string | undefined): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return '时间未知';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;
}

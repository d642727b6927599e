/**
 * The pane's and the ribbon's one path through the core: host.readSheet → scoreGrid → planSheet →
 * host.applyPlan. No React here, so the ribbon command bundle shares it without pulling in the UI.
 */
import { planSheet, reviewDate, scoreGrid } from '../core';
import type { Finding, Grid, Severity, SheetScore, WritePlan } from '../core';
import type { WorkbookHost } from '../hosts/addin/workbookHost';
import { profileFromSettings } from './settings';
import type { PaneSettings } from './settings';

export interface SheetResult {
  sheet: string;
  /** Kept so a change of profile or switches re-scores without reading the sheet again. */
  grid: Grid;
  score: SheetScore;
  plan: WritePlan;
}

/** Scores a grid already read, with the profile and write options the settings select. */
export function scoreReadGrid(grid: Grid, settings: PaneSettings): SheetResult {
  const score = scoreGrid(grid, profileFromSettings(settings));
  return { sheet: grid.sheet, grid, score, plan: planSheet(grid, score, settings.plan, { date: reviewDate(new Date()) }) };
}

export async function scoreSheet(host: WorkbookHost, sheet: string, settings: PaneSettings): Promise<SheetResult> {
  return scoreReadGrid(await host.readSheet(sheet), settings);
}

export type ProgressListener = (done: number, total: number, sheet: string) => void;

/** Scores every sheet in workbook order, reporting progress before each one. */
export async function scoreWorkbook(
  host: WorkbookHost,
  settings: PaneSettings,
  onProgress: ProgressListener = () => undefined,
): Promise<SheetResult[]> {
  const sheets = await host.listSheets();
  const results: SheetResult[] = [];
  for (let i = 0; i < sheets.length; i++) {
    onProgress(i, sheets.length, sheets[i]);
    results.push(await scoreSheet(host, sheets[i], settings));
  }
  onProgress(sheets.length, sheets.length, '');
  return results;
}

/** Findings of every table on the sheet, evaluation tables included. */
export function sheetFindings(score: SheetScore): Finding[] {
  return [...score.tables, ...score.evaluationTables].flatMap((t) => [...t.evaluation.findings]);
}

/** Errors and warnings count as problems; info findings are remarks. */
export function countProblems(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity !== 'info').length;
}

export function groupFindings(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}

/** Advice by Office error code, in words that fit the error (Excel's English text is not shown to the clerk). */
const ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态。请按 Esc 或 Enter 结束编辑后重试。',
  ItemNotFound: '找不到该工作表或单元格，可能已被重命名或删除。请重新评分后再试。',
  AccessDenied: '工作表或工作簿受保护，无法写入。请撤销保护后重试。',
  ResponsePayloadSizeLimitExceeded: '工作表内容过多，Excel 一次无法传回。请删除表格下方多余的格式或空行后重试。',
  RequestPayloadSizeLimitExceeded: '要写入的内容过多，Excel 一次无法接收。请分几张工作表分别评分后重试。',
  ApiNotFound: '当前 Excel 版本不支持此功能。请升级 Office 后重试。',
  MergedRangeConflict: '目标单元格位于合并单元格中，无法写入。请检查表格的合并区域后重试。',
};

/** A zh-CN sentence for an unexpected failure that says what to do next; never a bare stack trace. */
export function describeError(error: unknown, action: string): string {
  const detail = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // Our own errors (SheetChanged, settings) already speak to the clerk in Chinese.
  if (code === 'SheetChanged' || (!code && /[\u4e00-\u9fff]/.test(detail))) return `${action}失败：${detail}`;
  if (typeof code === 'string' && ADVICE[code]) return `${action}失败：${ADVICE[code]}`;
  if (code === undefined && /cell ?edit/i.test(detail)) return `${action}失败：${ADVICE.InvalidOperationInCellEditMode}`;
  const shown = typeof code === 'string' ? `错误代码 ${code}` : '未知错误';
  return `${action}失败（${shown}）。请重试；如仍失败，请关闭并重新打开评分面板。`;
}

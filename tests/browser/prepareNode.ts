/**
 * Node side of the browser test (bundled for Node by run.mjs): the fixture as a fake workbook model,
 * and the plan the pane should write, computed through the same Excel adapter over a separate copy.
 */
import { createFakeOffice, deserializeWorkbook, serializeWorkbook } from '../fakes/fakeExcel';
import { loadFakeWorkbook } from '../fakes/loadFakeWorkbook';
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { scoreSheet } from '../../src/taskpane/scoring';
import { DEFAULT_SETTINGS, type PaneSettings } from '../../src/taskpane/settings';
import type { WritePlan } from '../../src/core';

export interface Prepared {
  modelJson: string;
  sheet: string;
  total: number | null;
  grade: string | null;
  codes: string[];
  plan: WritePlan;
}

export async function prepare(fixture: string): Promise<Prepared> {
  const modelJson = serializeWorkbook(await loadFakeWorkbook(fixture));
  const fake = createFakeOffice(deserializeWorkbook(modelJson));
  const host = createExcelHost(fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office);
  const sheet = await host.activeSheet();
  const { score, plan } = await scoreSheet(host, sheet, DEFAULT_SETTINGS);
  const ev = score.tables[0]?.evaluation;
  return {
    modelJson,
    sheet,
    total: ev?.total ?? null,
    grade: ev?.grade ?? null,
    codes: ev?.findings.map((f) => f.code) ?? [],
    plan,
  };
}

/**
 * The document the two-runtime day must end with, computed through the same adapter in Node: the
 * fixture with the clerk's edit, scored once with `settings` and written back (as the ribbon does).
 */
export async function expectedAfterRibbon(modelJson: string, sheet: string, edit: { cell: string; text: string }, plan: PaneSettings['plan']): Promise<string> {
  const model = deserializeWorkbook(modelJson);
  model.sheets.find((s) => s.name === sheet)!.cells[edit.cell] = { value: edit.text };
  const fake = createFakeOffice(model);
  const host = createExcelHost(fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office);
  const { plan: written, grid } = await scoreSheet(host, sheet, { ...DEFAULT_SETTINGS, plan });
  await host.applyPlan(written, grid);
  return JSON.stringify(model.sheets);
}

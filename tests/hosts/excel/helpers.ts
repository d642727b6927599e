/** Shared set-up for the Excel host tests: fixtures, a host over the fake, and model snapshots. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExcelHost } from '../../../src/hosts/excel';
import type { WorkbookHost } from '../../../src/hosts/excel';
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions, type FakeSheet, type FakeWorkbookModel } from '../../fakes/fakeExcel';

const LOCAL = join(__dirname, '../../fixtures');
const SHARED = '/work/shared/fixtures';

/** tests/fixtures first (the repository's copies), the shared folder only as a fallback. */
export function fixtureDir(): string {
  return existsSync(join(LOCAL, 'national-kunming-2022.xlsx')) ? LOCAL : SHARED;
}

export function fixturePath(name: string): string {
  return join(fixtureDir(), name);
}

export function fixtureNames(): string[] {
  return readdirSync(fixtureDir()).filter((f) => f.endsWith('.xlsx')).sort();
}

export interface HostOverFake {
  host: WorkbookHost;
  fake: FakeOffice;
}

export function hostOver(model: FakeWorkbookModel, options?: FakeOfficeOptions): HostOverFake {
  const fake = createFakeOffice(model, options);
  const host = createExcelHost(fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office);
  return { host, fake };
}

export function sheetOf(model: FakeWorkbookModel, name: string): FakeSheet {
  const s = model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A deep copy of every visible part of the workbook's sheets (what a user could see or diff). */
export function sheetsState(model: FakeWorkbookModel): unknown {
  return JSON.parse(JSON.stringify(model.sheets));
}

/** Syncs taken by `action`. */
export async function syncsOf(fake: FakeOffice, action: () => Promise<unknown>): Promise<number> {
  const before = fake.stats.syncs;
  await action();
  return fake.stats.syncs - before;
}

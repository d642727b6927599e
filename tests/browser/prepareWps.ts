/**
 * Node side of the WPS browser test: the fixture as a fake ET book (JSON), and the plan the add-in
 * should write, computed through the WPS host over a separate copy.
 */
import { FakeEtBook } from '../fakes/fakeEt/book';
import { etBookFromFakeModel } from '../fakes/fakeEt/model';
import { loadFakeWorkbook } from '../fakes/loadFakeWorkbook';
import { createWpsHost } from '../../src/hosts/wps/wpsHost';
import type { EtApplication } from '../../src/hosts/wps/etTypes';
import { scoreSheet } from '../../src/taskpane/scoring';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import type { WritePlan } from '../../src/core';

export interface PreparedWps {
  bookJson: string;
  sheet: string;
  total: number | null;
  grade: string | null;
  plan: WritePlan;
}

export async function prepare(fixture: string): Promise<PreparedWps> {
  const bookJson = JSON.stringify(etBookFromFakeModel(await loadFakeWorkbook(fixture)));
  const host = createWpsHost(new FakeEtBook(JSON.parse(bookJson)).application() as unknown as EtApplication);
  const sheet = await host.activeSheet();
  const { score, plan } = await scoreSheet(host, sheet, DEFAULT_SETTINGS);
  const ev = score.tables[0]?.evaluation;
  return { bookJson, sheet, total: ev?.total ?? null, grade: ev?.grade ?? null, plan };
}

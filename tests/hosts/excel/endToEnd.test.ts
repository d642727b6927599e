/** The real core over the fake Excel: score, write back, re-score, undo — for every fixture sheet. */
import { DEFAULT_PLAN_OPTIONS, NATIONAL, planSheet, scoreGrid } from '../../../src/core';
import { deserializeWorkbook, serializeWorkbook } from '../../fakes/fakeExcel';
import { loadFakeWorkbook } from '../../fakes/loadFakeWorkbook';
import { fixtureNames, fixturePath, hostOver, sheetsState, syncsOf } from './helpers';

describe.each(fixtureNames())('%s through the Excel host', (file) => {
  it('scores with one read, then writes back with one read and one write per sheet, re-scores to the same workbook, and undoes exactly', async () => {
    const model = await loadFakeWorkbook(fixturePath(file));
    const pristine = sheetsState(model);
    const { host, fake } = hostOver(model);
    let planned = 0;
    for (const sheet of await host.listSheets()) {
      const grid = await host.readSheet(sheet);
      const plan = planSheet(grid, scoreGrid(grid, NATIONAL), DEFAULT_PLAN_OPTIONS);
      planned += plan.changes.length;
      // The write-back reads the sheet afresh in its own batch (one sync), then writes (one sync).
      expect(await syncsOf(fake, () => host.applyPlan(plan, grid))).toBe(2);
    }
    expect(planned).toBeGreaterThan(0);
    const scored = sheetsState(model);

    // Save, reopen, score again: the overlay hands the core the unit's data, so the plan and the sheet repeat.
    const reopened = deserializeWorkbook(serializeWorkbook(model));
    const again = hostOver(reopened);
    for (const sheet of await again.host.listSheets()) {
      const grid = await again.host.readSheet(sheet);
      await again.host.applyPlan(planSheet(grid, scoreGrid(grid, NATIONAL), DEFAULT_PLAN_OPTIONS));
    }
    expect(sheetsState(reopened)).toEqual(scored);

    for (const sheet of await again.host.listSheets()) await again.host.restore(sheet);
    expect(sheetsState(reopened)).toEqual(pristine);
  });
});

/** CellChange.fontColor and wrap: ziping's commentary in its own colour, wrapped; undo restores exactly. */
import type { WritePlan } from '../../../src/core/writePlan';
import { emptyWorkbook } from '../../fakes/fakeExcel';
import { hostOver, sheetOf, sheetsState } from './helpers';

const PLAN: WritePlan = {
  sheet: '表',
  changes: [
    { cell: 'C3', row: 2, col: 2, kinds: ['commentary'], value: '实际完成120人，较指标值少20人。', fontColor: '#1F4E79', wrap: true },
    { cell: 'C4', row: 3, col: 2, kinds: ['commentary'], value: '已完成。', fontColor: '#1F4E79', wrap: true },
  ],
};

function workbook() {
  const model = emptyWorkbook(['表']);
  model.sheets[0].cells.B3 = { value: '培训人数' };
  model.sheets[0].cells.C4 = { value: null, fontColor: '#FF0000', wrap: true }; // the unit's red, wrapped, empty cell
  return model;
}

describe('ExcelHost: font colour and wrap of the text we write', () => {
  it('writes them in the apply’s two syncs and undo puts back the unit’s black / red and wrap exactly', async () => {
    const model = workbook();
    const before = sheetsState(model);
    const { host, fake } = hostOver(model);
    const start = fake.stats.syncs;
    await host.applyPlan(PLAN);
    expect(fake.stats.syncs - start).toBe(2);
    const s = sheetOf(model, '表');
    expect(s.cells.C3).toMatchObject({ value: '实际完成120人，较指标值少20人。', fontColor: '#1F4E79', wrap: true });
    expect(s.cells.C4).toMatchObject({ fontColor: '#1F4E79', wrap: true });
    await host.applyPlan(PLAN); // re-scoring keeps the unit's originals in the snapshot
    await host.restore('表');
    expect(sheetsState(model)).toEqual(before);
  });

  it('a later plan without the styling puts the unit’s back', async () => {
    const model = workbook();
    const { host } = hostOver(model);
    await host.applyPlan(PLAN);
    await host.applyPlan({ sheet: '表', changes: PLAN.changes.map(({ fontColor: _f, wrap: _w, ...rest }) => rest) });
    const s = sheetOf(model, '表');
    expect(s.cells.C3.fontColor).toBeUndefined();
    expect(s.cells.C3.wrap).toBeUndefined();
    expect(s.cells.C4).toMatchObject({ fontColor: '#FF0000', wrap: true });
  });
});

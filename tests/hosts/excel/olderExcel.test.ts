/**
 * The add-in on older Excel (issue 16): what each missing requirement set must not cost the unit.
 * Every test here failed before the fix it names, over the project's fake, which gates each member
 * by its requirement set as @types/office-js does.
 */
import { parseA1, parseRangeA1, toA1 } from '../../../src/core/grid';
import { NOTE_MARKER, type WritePlan } from '../../../src/core/writePlan';
import { scoreReadGrid } from '../../../src/taskpane/scoring';
import { DEFAULT_SETTINGS } from '../../../src/taskpane/settings';
import { emptyWorkbook, type FakeWorkbookModel } from '../../fakes/fakeExcel';
import { documentOfGrid } from '../../fakes/gridDocument';
import { nationalGrid } from '../../taskpane/nationalGrid';
import { hostOver, sheetOf, sheetsState } from './helpers';

jest.setTimeout(30_000);

const SHEET = '2023自评';

/** The national table with its total row merged H22:J22 (the total 100 in H22 spans the grade's columns). */
function totalRowMerged(): FakeWorkbookModel {
  const model = documentOfGrid(nationalGrid(SHEET));
  const sheet = model.sheets[0];
  sheet.merges = sheet.merges.filter((m) => m !== 'I22:J22').concat('H22:J22');
  return model;
}

/** Cells a merge covers (not its top-left) that hold a value: Excel would never show it. */
function valuesUnderMerges(model: FakeWorkbookModel, sheetName: string): string[] {
  const sheet = sheetOf(model, sheetName);
  const out: string[] = [];
  for (const m of sheet.merges) {
    const r = parseRangeA1(m)!;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const a = toA1(row, col);
        if ((row !== r.top || col !== r.left) && sheet.cells[a]?.value != null) out.push(a);
      }
    }
  }
  return out;
}

async function scoreAndWrite(model: FakeWorkbookModel, excelApi: string) {
  const { host } = hostOver(model, { excelApi });
  const grid = await host.readSheet(SHEET);
  const result = scoreReadGrid(grid, DEFAULT_SETTINGS);
  await host.applyPlan(result.plan, grid);
  return result;
}

describe('below ExcelApi 1.13 (no merged-area list)', () => {
  it('the grade never goes into a cell a merge covers: the sheet gets none, the 复核表 has it', async () => {
    const model = totalRowMerged();
    const result = await scoreAndWrite(model, '1.12');
    expect(result.score.tables[0].evaluation.grade).toBe('优');
    expect(valuesUnderMerges(model, SHEET)).toEqual([]);
    expect(result.plan.changes.filter((c) => c.kinds.includes('grade'))).toEqual([]);
    const review = sheetOf(model, result.plan.sheets![0].name);
    expect(Object.values(review.cells).filter((c) => c.value === '优')).toHaveLength(1);
  });

  it('where the unit already wrote a grade (a cell that shows a value is no covered cell) it is replaced', async () => {
    const model = documentOfGrid(nationalGrid(SHEET));
    sheetOf(model, SHEET).cells.I22 = { value: '良' };
    const result = await scoreAndWrite(model, '1.12');
    expect(result.plan.changes.filter((c) => c.kinds.includes('grade')).map((c) => [c.cell, c.value])).toEqual([['I22', '优']]);
    expect(sheetOf(model, SHEET).cells.I22.value).toBe('优');
  });

  it('from ExcelApi 1.13 the merges are known and the grade goes where the sheet shows it', async () => {
    const model = totalRowMerged();
    const result = await scoreAndWrite(model, '1.13');
    const grade = result.plan.changes.filter((c) => c.kinds.includes('grade'));
    expect(grade).toHaveLength(1);
    expect(sheetOf(model, SHEET).cells[grade[0].cell].value).toBe('优');
    expect(valuesUnderMerges(model, SHEET)).toEqual([]);
  });
});

describe('below ExcelApi 1.9 (no RangeFill.pattern)', () => {
  const mark = (cell: string, fill: string) => ({ cell, row: parseA1(cell)!.row, col: parseA1(cell)!.col, kinds: ['mark' as const], fill, note: '问题', severity: 'warning' as const });
  const plan = (): WritePlan => ({ sheet: '表', changes: [mark('B2', '#FFEB9C'), mark('B3', '#FFEB9C'), mark('B4', '#FFC7CE'), { ...mark('B5', '#FFEB9C'), value: 9, kinds: ['score'] }] });
  function unitSheet(): FakeWorkbookModel {
    const model = emptyWorkbook(['表']);
    model.sheets[0].cells = {
      B2: { value: '白色底色', fill: '#FFFFFF' }, // a unit that fills white to hide gridlines
      B3: { value: '无底色' },
      B4: { value: '黄色底色', fill: '#FFFF00' },
      B5: { value: 10, fill: '#FFFFFF' },
    };
    return model;
  }

  it('撤销评分 gives back white fills and no fills exactly: a cell reading white is not filled, and the result says so', async () => {
    const model = unitSheet();
    const before = sheetsState(model);
    const { host } = hostOver(model, { excelApi: '1.8' });
    const result = await host.applyPlan(plan());
    const s = sheetOf(model, '表');
    expect(result.fillsSkipped).toEqual(['B2', 'B3', 'B5']);
    expect([s.cells.B2.fill, s.cells.B3.fill, s.cells.B4.fill]).toEqual(['#FFFFFF', undefined, '#FFC7CE']);
    expect(s.cells.B5).toEqual({ value: 9, fill: '#FFFFFF' }); // the score is written, the fill left alone
    await host.restore('表');
    expect(sheetsState(model)).toEqual(before);
  });

  it('from ExcelApi 1.9 (pattern tells white from none) every cell is marked and restored exactly', async () => {
    const model = unitSheet();
    const before = sheetsState(model);
    const { host } = hostOver(model, { excelApi: '1.9' });
    const result = await host.applyPlan(plan());
    expect(result.fillsSkipped ?? []).toEqual([]);
    const s = sheetOf(model, '表');
    expect([s.cells.B2.fill, s.cells.B3.fill, s.cells.B4.fill, s.cells.B5.fill]).toEqual(['#FFEB9C', '#FFEB9C', '#FFC7CE', '#FFEB9C']);
    await host.restore('表');
    expect(sheetsState(model)).toEqual(before);
  });
});

describe('ExcelApi 1.10–1.17 (threaded comments; legacy notes invisible)', () => {
  it('where the unit has a legacy note the write still lands: the note stays, ziping’s text goes to the 复核表, the result says where', async () => {
    const model = documentOfGrid(nationalGrid(SHEET));
    const { host } = hostOver(model, { excelApi: '1.17' });
    const grid = await host.readSheet(SHEET);
    const { plan } = scoreReadGrid(grid, DEFAULT_SETTINGS);
    const commented = plan.changes.filter((c) => c.note !== undefined);
    expect(commented.length).toBeGreaterThanOrEqual(3);
    const [first, , third] = commented;
    const sheet = sheetOf(model, SHEET);
    for (const c of [first, third]) sheet.cells[c.cell] = { ...(sheet.cells[c.cell] ?? { value: null }), note: `单位旧式批注（${c.cell}）` };
    const before = sheetsState(model);

    const result = await host.applyPlan(plan, grid);
    expect(result.notesMoved).toEqual({ cells: [first.cell, third.cell], sheet: plan.sheets![0].name });
    for (const c of [first, third]) expect([sheet.cells[c.cell].note, sheet.cells[c.cell].comment]).toEqual([`单位旧式批注（${c.cell}）`, undefined]);
    for (const c of commented.filter((x) => x !== first && x !== third)) expect(sheet.cells[c.cell].comment).toBe(`${NOTE_MARKER}${c.note}`);
    for (const c of plan.changes.filter((x) => x.value !== undefined)) expect([c.cell, sheet.cells[c.cell]?.value]).toEqual([c.cell, c.value]);
    const review = Object.values(sheetOf(model, plan.sheets![0].name).cells).map((c) => String(c.value ?? ''));
    for (const c of [first, third]) expect(review.some((t) => t.includes(c.note!))).toBe(true);
    expect(review.filter((t) => /^以下 2 处评分说明未能写成批注：单元格里已有单位的旧式批注/.test(t))).toHaveLength(1);
    expect(review).toEqual(expect.arrayContaining([`单元格 ${first.cell}`, `单元格 ${third.cell}`]));

    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });
  /** The national sheet scored at `excelApi`, with a unit's annotation of `kind` on the first cell ziping annotates. */
  async function withUnitAnnotation(excelApi: string, kind: 'note' | 'comment', reviewSheet = true) {
    const model = documentOfGrid(nationalGrid(SHEET));
    const hosted = hostOver(model, { excelApi });
    const grid = await hosted.host.readSheet(SHEET);
    const { plan } = scoreReadGrid(grid, { ...DEFAULT_SETTINGS, plan: { ...DEFAULT_SETTINGS.plan, reviewSheet } });
    const target = plan.changes.find((c) => c.note !== undefined)!;
    const sheet = sheetOf(model, SHEET);
    sheet.cells[target.cell] = { ...(sheet.cells[target.cell] ?? { value: null }), [kind]: '单位自己的批注' };
    return { model, ...hosted, grid, plan, target, before: sheetsState(model) };
  }

  it('scored and written twice (the second replaces the first 复核表 after a failed attempt deleted it), then undone', async () => {
    const { model, host, grid, plan, target, before } = await withUnitAnnotation('1.17', 'note');
    await host.applyPlan(plan, grid);
    const second = await host.applyPlan(plan, await host.readSheet(SHEET));
    expect(second.notesMoved).toEqual({ cells: [target.cell], sheet: plan.sheets![0].name });
    expect(model.sheets.filter((s) => s.name.startsWith('复核表')).map((s) => s.name)).toEqual([plan.sheets![0].name]);
    expect(sheetOf(model, SHEET).cells[target.cell].note).toBe('单位自己的批注');
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });

  it('with no 复核表 planned the text stays in the pane (notesMoved.sheet null), and the rest lands', async () => {
    const { model, host, grid, plan, target, before } = await withUnitAnnotation('1.17', 'note', false);
    const result = await host.applyPlan(plan, grid);
    expect(result.notesMoved).toEqual({ cells: [target.cell], sheet: null });
    expect(plan.changes.filter((c) => c.value !== undefined).every((c) => sheetOf(model, SHEET).cells[c.cell]?.value === c.value)).toBe(true);
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });

  it('at ExcelApi 1.18 a unit’s threaded comment likewise blocks a note: it stays, the text is moved', async () => {
    const { model, host, grid, plan, target, before } = await withUnitAnnotation('1.18', 'comment');
    const result = await host.applyPlan(plan, grid);
    expect(result.notesMoved).toEqual({ cells: [target.cell], sheet: plan.sheets![0].name });
    expect([sheetOf(model, SHEET).cells[target.cell].comment, sheetOf(model, SHEET).cells[target.cell].note]).toEqual(['单位自己的批注', undefined]);
    const review = Object.values(sheetOf(model, plan.sheets![0].name).cells).map((c) => String(c.value ?? ''));
    expect(review.some((t) => t.startsWith('以下 1 处评分说明未能写成批注：单元格里已有单位的新式批注'))).toBe(true);
    await host.restore(SHEET);
    expect(sheetsState(model)).toEqual(before);
  });
});

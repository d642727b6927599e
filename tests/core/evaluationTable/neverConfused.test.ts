/**
 * A 自评表 is never recognised as an evaluation table, and an evaluation table never as a 自评表: over every
 * fixture workbook, the national layouts and the evaluation tables rebuilt from the seed reports.
 */
import * as fs from 'fs';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx';
import { scoreGrid, sheetEvaluations, NATIONAL } from '../../../src/core';
import { recognizeTables } from '../../../src/core/recognize';
import { recognizeEvaluationTables } from '../../../src/core/evaluationTable';
import { fixture, fixtureNames } from '../../helpers/fixtures';
import { buildWorkbook } from '../../helpers/xlsx/buildWorkbook';
import type { CellInput } from '../../helpers/layouts/gridOf';
import { nationalLayout, sheetOf } from '../recognize/layouts';
import { jiangAnSummary, kunmingSummary, scoringAsPrinted, scoringCorrected, table31, table41, table42 } from './seedTables';

const EVALUATION_SHEETS = [scoringAsPrinted(), scoringCorrected(), table31(), jiangAnSummary(), kunmingSummary(), table41(), table42()];

describe('自评表 are not evaluation tables', () => {
  it.each(fixtureNames())('%s: no sheet holds an evaluation table, even with its 自评表 not set aside', async (name) => {
    const { grids } = await readWorkbookBuffer(fs.readFileSync(fixture(name)));
    let selfEvaluations = 0;
    for (const grid of grids) {
      expect(recognizeEvaluationTables(grid, [])).toEqual([]);
      const score = scoreGrid(grid, NATIONAL);
      expect(score.evaluationTables).toEqual([]);
      expect(sheetEvaluations(score).every((t) => t.kind !== 'evaluation')).toBe(true);
      selfEvaluations += score.tables.length;
    }
    expect(selfEvaluations).toBeGreaterThan(0);
  });

  it.each(['merged', 'blank', 'repeated'] as const)('the national layout with %s levels, two stacked', (style) => {
    const grid = sheetOf([
      { layout: nationalLayout(style), at: 'A1' },
      { layout: nationalLayout(style, '第二个项目'), at: 'A30' },
    ]);
    expect(recognizeTables(grid)).toHaveLength(2);
    expect(recognizeEvaluationTables(grid, [])).toEqual([]);
  });
});

describe('evaluation tables are not 自评表', () => {
  it.each(EVALUATION_SHEETS.map((s) => [s.name, s] as const))('%s', async (_, sheet) => {
    const { grids } = await readWorkbookBuffer(await buildWorkbook([sheet]));
    expect(recognizeTables(grids[0])).toEqual([]);
    expect(recognizeEvaluationTables(grids[0], [])).toHaveLength(1);
  });
});

describe('a sheet holding both', () => {
  it('keeps each table its own kind, in reading order', () => {
    const selfEvaluation = nationalLayout('merged');
    const summary = jiangAnSummary();
    const grid = sheetOf([
      { layout: selfEvaluation, at: 'A1' },
      { layout: { rows: summary.rows as CellInput[][], merges: ['A1:C1'] }, at: 'A26' },
    ]);
    const tables = sheetEvaluations(scoreGrid(grid, NATIONAL));
    expect(tables.map((t) => [t.kind, t.range])).toEqual([
      ['project', 'A1:J22'],
      ['evaluation', 'A26:C33'],
    ]);
    expect(tables[1].findings).toEqual([]);
  });
});

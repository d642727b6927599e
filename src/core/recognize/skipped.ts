/** A sheet with no recognisable table: skipped with a note, never an error; the note says what came closest. */
import type { Grid } from '../grid';
import type { SkippedSheet } from '../evaluation';
import { tableNotFound } from '../messages';
import { closestHeader, explainClosest } from './report';

const TABLE_WORDS = /绩效自评表|绩效目标自评表|三级指标|年度指标值|实际完成值/;

export function skippedSheet(grid: Grid): SkippedSheet {
  const closest = closestHeader(grid);
  let looksLikeTable = closest !== null;
  for (let r = 0; r < grid.rowCount && !looksLikeTable; r++) {
    for (const c of grid.rowCells(r)) {
      const text = grid.text(r, c);
      // A long sentence (填报说明) that merely mentions the words is not a table.
      if (text.length <= 20 && TABLE_WORDS.test(text)) {
        looksLikeTable = true;
        break;
      }
    }
  }
  const finding = tableNotFound(grid.sheet, looksLikeTable, closest && explainClosest(closest));
  return { sheet: grid.sheet, reason: finding.message, finding };
}

/**
 * The anchor to beat (SPEC §8): an adapter written the obvious way — load a cell, sync, next cell.
 * It reads the used range cell by cell and writes a plan one change at a time, one `context.sync()`
 * each. It reads no notes or fills and keeps no snapshot, so it does less than the real adapter.
 */
'use strict';

/** Grid-shaped data ({ cells: [row, col, {value, formula?, format?}], merges: "A1:B2"[] }) from the sheet. */
async function naiveReadSheet(excel, sheet) {
  return excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRange().load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    let merges = [];
    try {
      const areas = used.getMergedAreasOrNullObject().load('address');
      await context.sync();
      if (!areas.isNullObject) merges = areas.address.split(',');
    } catch {
      // Excel refuses to list more than 512 merged areas; go on without them.
    }
    const cells = [];
    for (let r = used.rowIndex; r < used.rowIndex + used.rowCount; r++) {
      for (let c = used.columnIndex; c < used.columnIndex + used.columnCount; c++) {
        const cell = ws.getCell(r, c).load('values,formulas,numberFormat');
        await context.sync();
        const value = cell.values[0][0];
        if (value === '' || value === null) continue;
        const formula = typeof cell.formulas[0][0] === 'string' && cell.formulas[0][0].startsWith('=') ? cell.formulas[0][0] : undefined;
        cells.push([r, c, { value, formula, format: cell.numberFormat[0][0] }]);
      }
    }
    return { sheet, cells, merges };
  });
}

/** Writes each change of a WritePlan with its own sync: value, then fill. */
async function naiveApplyPlan(excel, plan) {
  return excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(plan.sheet);
    for (const ch of plan.changes) {
      const range = ws.getRange(ch.cell);
      if (ch.value !== undefined) range.values = [[ch.value]];
      if (ch.fill) range.format.fill.color = ch.fill;
      await context.sync();
    }
  });
}

module.exports = { naiveReadSheet, naiveApplyPlan };

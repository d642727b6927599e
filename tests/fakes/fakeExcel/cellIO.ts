/** How Excel turns what an add-in writes into cell contents, and cells into what `values` etc. return. */
import { cellAt, tidyCell, type FakeCell, type FakeSheet, type FakeValue, type FakeWorkbookModel } from './model';

const ERROR_LITERALS = new Set(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!']);
const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const PERCENT_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)%\s*$/;

export function readValue(cell: FakeCell | undefined): string | number | boolean {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

export function readFormula(cell: FakeCell | undefined): string | number | boolean {
  return cell?.formula ?? readValue(cell);
}

export function readValueType(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function resultKey(sheet: FakeSheet, address: string): string {
  return `${sheet.name}!${address}`;
}

/** Excel keeps a formula's result; remember it before the formula goes, to "recalculate" it if it comes back. */
function forgetFormula(model: FakeWorkbookModel, sheet: FakeSheet, address: string, cell: FakeCell): void {
  if (!cell.formula) return;
  model.formulaResults[resultKey(sheet, address)] = { formula: cell.formula, value: cell.value };
  delete cell.formula;
}

/**
 * One element of a `values`/`formulas` array written to one cell, coerced as Excel does:
 * null leaves the cell alone, "" empties it, a leading apostrophe forces text, "=" starts a formula,
 * number-, percent-, boolean- and error-looking text becomes that type unless the cell is formatted as text.
 * (Real Excel also turns date-looking text into dates; the fake does not, so adapters must quote text.)
 */
export function writeInput(model: FakeWorkbookModel, sheet: FakeSheet, address: string, input: unknown): void {
  if (input === null || input === undefined) return;
  const cell = cellAt(sheet, address, true);
  if (typeof input === 'number' || typeof input === 'boolean') {
    forgetFormula(model, sheet, address, cell);
    cell.value = input;
  } else if (typeof input === 'string') {
    writeText(model, sheet, address, cell, input);
  } else {
    throw new Error(`Unsupported value ${JSON.stringify(input)}`);
  }
  tidyCell(sheet, address);
}

function writeText(model: FakeWorkbookModel, sheet: FakeSheet, address: string, cell: FakeCell, text: string): void {
  if (text.startsWith('=') && text.length > 1) {
    const known = model.formulaResults[resultKey(sheet, address)];
    const value: FakeValue = cell.formula === text ? cell.value : known?.formula === text ? known.value : null;
    forgetFormula(model, sheet, address, cell);
    cell.formula = text;
    cell.value = value;
    return;
  }
  forgetFormula(model, sheet, address, cell);
  if (text === '') cell.value = null;
  // A cell formatted as text ("@") keeps what is written as typed, a leading apostrophe included.
  else if (cell.numberFormat === '@') cell.value = text;
  else if (text.startsWith("'")) cell.value = text.slice(1);
  else if (NUMBER_TEXT.test(text)) cell.value = Number(text);
  else if (PERCENT_TEXT.test(text)) cell.value = Number(text.trim().slice(0, -1)) / 100;
  else if (/^(true|false)$/i.test(text)) cell.value = text.toLowerCase() === 'true';
  else if (ERROR_LITERALS.has(text.toUpperCase())) cell.value = { error: text.toUpperCase() };
  else cell.value = text;
}

export function writeNumberFormat(sheet: FakeSheet, address: string, format: unknown): void {
  if (format === null || format === undefined) return;
  if (typeof format !== 'string') throw new Error(`Unsupported number format ${JSON.stringify(format)}`);
  const cell = cellAt(sheet, address, true);
  if (format === 'General' || format === '') delete cell.numberFormat;
  else cell.numberFormat = format;
  tidyCell(sheet, address);
}

export type ClearTarget = 'All' | 'Contents' | 'Formats';

export function clearCell(model: FakeWorkbookModel, sheet: FakeSheet, address: string, what: ClearTarget): void {
  const cell = cellAt(sheet, address);
  if (!cell) return;
  if (what === 'All' || what === 'Contents') {
    forgetFormula(model, sheet, address, cell);
    cell.value = null;
  }
  if (what === 'All' || what === 'Formats') {
    delete cell.numberFormat;
    delete cell.fill;
  }
  if (what === 'All') {
    delete cell.note;
    delete cell.comment;
  }
  tidyCell(sheet, address);
}

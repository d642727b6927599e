/**
 * Cell state in and out of ET, one cell at a time (the ET object model is synchronous: no batching to
 * plan, only calls to keep few). Colours: ET keeps BGR integers; the shared snapshot keeps "#RRGGBB".
 */
import { valueToWrite, type CellState } from '../addin/cellState';
import type { CellWriter } from '../addin/undo';
import { confirmsError, errorTextOfCode } from './etErrors';
import type { EtRange, EtWorksheet } from './etTypes';

const XL_NONE = -4142;

export function hexOfBgr(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

export function bgrOfHex(hex: string): number {
  const rgb = parseInt(hex.replace(/^#/, ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** A cell as the snapshot records it (Office's shape: value/valueType/formula/numberFormat/fill/note). */
export function readCellState(ws: EtWorksheet, cell: string): CellState {
  const range = ws.Range(cell) as EtRange;
  const value = range.Value2 as unknown;
  const formula = range.Formula as unknown;
  const numberFormat = String(range.NumberFormat ?? 'General');
  const interior = range.Interior;
  const fill = interior.Pattern === XL_NONE ? null : hexOfBgr(Number(interior.Color));
  const comment = range.Comment;
  const note = comment ? String(comment.Text()) : null;
  const fontColor = hexOfBgr(Number(range.Font.Color ?? 0));
  const wrap = range.WrapText === true;
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  const errorText = errorTextOfCode(value);
  const base = { cell, formula: isFormula ? (formula as string) : null, numberFormat, fill, note, noteKind: 'note' as const, fontColor, wrap };
  if (errorText && confirmsError(errorText, isFormula ? range.Text : formula)) return { ...base, value: errorText, valueType: 'Error' };
  if (value === undefined || value === null || value === '') return { ...base, value: '', valueType: 'Empty' };
  if (typeof value === 'number') return { ...base, value, valueType: 'Double' };
  if (typeof value === 'boolean') return { ...base, value, valueType: 'Boolean' };
  return { ...base, value: String(value), valueType: 'String' };
}

/** The shared undo algorithm's writes, straight into ET. */
export class EtCellWriter implements CellWriter {
  constructor(private readonly ws: EtWorksheet) {}

  private at(cell: string): EtRange {
    return this.ws.Range(cell) as EtRange;
  }

  setValue(cell: string, value: string | number, numberFormat: string): void {
    this.at(cell).Value2 = valueToWrite(value, numberFormat) as never;
  }

  restoreValue(before: CellState): void {
    const range = this.at(before.cell);
    range.NumberFormat = before.numberFormat;
    if (before.formula) range.Formula = before.formula;
    else if (before.valueType === 'Empty' || before.value === '') range.ClearContents();
    else if (before.valueType === 'String') range.Value2 = valueToWrite(String(before.value)) as never;
    else range.Value2 = before.value as never;
  }

  setFill(cell: string, color: string | null): void {
    const interior = this.at(cell).Interior;
    if (color) interior.Color = bgrOfHex(color);
    else interior.ColorIndex = XL_NONE;
  }

  setFontColor(cell: string, color: string): void {
    this.at(cell).Font.Color = bgrOfHex(color);
  }

  setWrap(cell: string, wrap: boolean): void {
    this.at(cell).WrapText = wrap;
  }

  /** ET keeps one 批注 per cell: replace it whole (AddComment fails where one exists). */
  setAnnotation(cell: string, text: string): void {
    const range = this.at(cell);
    range.ClearComments();
    range.AddComment(text);
  }

  restoreAnnotation(before: CellState): void {
    const range = this.at(before.cell);
    range.ClearComments();
    if (before.note !== null) range.AddComment(before.note);
  }
}

/**
 * Queues cell writes on one worksheet and sends them in as few syncs as the 5 MB request limit of
 * Excel on the web allows: normally one; a new sync only when the estimated request passes ~4 MB.
 */
import type { ExcelCapabilities } from './capabilities';
import { valueToWrite, type CellState } from '../addin/cellState';

/** Estimated JSON cost of one queued command (object path + action), on top of its arguments. */
const COMMAND_BYTES = 200;
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes in UTF-8, as the request carries them (a Chinese character is 3). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class WriteBatch {
  readonly context: Excel.RequestContext;
  readonly ws: Excel.Worksheet;
  private readonly caps: ExcelCapabilities;
  private readonly budget: number;
  private bytes = 0;
  syncs = 0;
  /** Notes or comments this batch adds, in queue order: a failed add is found among them (noteRetry.ts). */
  readonly annotationAdds: Array<{ cell: string; text: string }> = [];

  constructor(context: Excel.RequestContext, ws: Excel.Worksheet, caps: ExcelCapabilities, budget = REQUEST_BUDGET_BYTES) {
    this.context = context;
    this.ws = ws;
    this.caps = caps;
    this.budget = budget;
    // Calculation is deliberately NOT suspended (suspendApiCalculationUntilNextSync): the typings make
    // recalculation the caller's job afterwards, so a SUM over cells we wrote would show a stale total.
    // A write-back touches tens of cells; Excel's own recalculation costs nothing noticeable.
  }


  /** Count a command; send what is queued first if it would pass the budget. */
  async cost(payload: unknown = null): Promise<void> {
    const bytes = COMMAND_BYTES + (payload === null ? 0 : utf8Length(JSON.stringify(payload)));
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.context.sync();
      this.syncs++;
      this.bytes = 0;
    }
    this.bytes += bytes;
  }

  async finish(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
  }

  /** `numberFormat`: the cell's format now (a text-formatted cell takes text without an apostrophe). */
  async setValue(cell: string, value: string | number, numberFormat = 'General'): Promise<void> {
    await this.cost(value);
    this.ws.getRange(cell).values = [[valueToWrite(value, numberFormat)]];
  }

  /** Value or formula, with the number format first so text formats keep text. */
  async restoreValue(before: CellState): Promise<void> {
    await this.cost(before);
    const range = this.ws.getRange(before.cell);
    range.numberFormat = [[before.numberFormat]];
    if (before.formula) range.formulas = [[before.formula]];
    else if (before.valueType === 'Empty' || before.value === '') range.clear('Contents');
    else if (before.valueType === 'String') range.values = [[valueToWrite(String(before.value), before.numberFormat)]];
    else range.values = [[before.value]];
  }

  async setFill(cell: string, color: string | null): Promise<void> {
    await this.cost(color);
    const fill = this.ws.getRange(cell).format.fill;
    if (color) fill.color = color;
    else fill.clear();
  }

  async setFontColor(cell: string, color: string): Promise<void> {
    await this.cost(color);
    this.ws.getRange(cell).format.font.color = color;
  }

  async setWrap(cell: string, wrap: boolean): Promise<void> {
    await this.cost();
    this.ws.getRange(cell).format.wrapText = wrap;
  }

  /** Put `text` as the cell's note (or comment): update the one that is there, or add one. */
  async setAnnotation(cell: string, text: string, exists: boolean, kind: CellState['noteKind']): Promise<void> {
    await this.cost(text);
    if (kind !== 'none' && !exists) this.annotationAdds.push({ cell, text });
    if (kind === 'note') {
      if (exists) this.ws.notes.getItem(cell).content = text;
      else this.ws.notes.add(this.ws.getRange(cell), text);
    } else if (kind === 'comment') {
      // getItemByCell wants a Range or the full address with the sheet name, never a bare "I6".
      if (exists) this.ws.comments.getItemByCell(this.ws.getRange(cell)).content = text;
      else this.ws.comments.add(this.ws.getRange(cell), text);
    }
  }

  async deleteAnnotation(cell: string, kind: CellState['noteKind']): Promise<void> {
    await this.cost();
    if (kind === 'note') this.ws.notes.getItem(cell).delete();
    else if (kind === 'comment') this.ws.comments.getItemByCell(this.ws.getRange(cell)).delete();
  }

  /** Puts our note back to the unit's (or removes it) given whether a note is on the cell now. */
  async restoreAnnotation(before: CellState, existsNow: boolean): Promise<void> {
    if (before.note !== null) await this.setAnnotation(before.cell, before.note, existsNow, before.noteKind);
    else if (existsNow) await this.deleteAnnotation(before.cell, before.noteKind);
  }
}

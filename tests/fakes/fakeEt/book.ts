/**
 * The fake ET `Application` → `Workbook` → `Sheets`/`Worksheet` objects over an EtBookModel, written
 * from et-jsapi-declare: 1-based `Item(i)` (or by name), `Sheets.Add(Before, After)`, `Visible` as
 * XlSheetVisibility, `Delete()` that would ask for confirmation unless `DisplayAlerts` is false and that
 * refuses to delete the last visible sheet, sheet names Excel's rules allow. Calls are counted.
 */
import type { CellRange } from '../../../src/core/grid';
import { parseRangeA1 } from '../../../src/core/grid';
import { emptySheet, usedBox, XL_SHEET_VISIBLE, type EtBookModel, type EtSheetModel } from './model';
import { EtComError, FakeEtRange } from './range';

const ILLEGAL_NAME = /[[\]:*?/\\]/;

export class FakeEtBook {
  /** Calls into the host (property reads/writes and method calls). */
  calls = 0;
  displayAlerts = true;
  selection: { sheet: string; rect: CellRange } | null = null;
  readonly taskPanes: Array<{ url: string; Visible: boolean; DockPosition: number; Width: number }> = [];
  private readonly sheetObjects = new WeakMap<EtSheetModel, FakeEtWorksheet>();
  readonly pluginStorage = new Map<string, string>();

  constructor(readonly model: EtBookModel) {}

  tick(): void {
    this.calls++;
  }

  select(sheet: EtSheetModel, rect: CellRange): void {
    this.selection = { sheet: sheet.name, rect };
    this.model.active = this.model.sheets.indexOf(sheet);
  }

  worksheetObject(sheet: EtSheetModel): FakeEtWorksheet {
    let ws = this.sheetObjects.get(sheet);
    if (!ws) this.sheetObjects.set(sheet, (ws = new FakeEtWorksheet(this, sheet)));
    return ws;
  }

  /** The `Application` global an add-in sees (`window.Application` / `wps`). */
  application(): FakeEtApplication {
    return new FakeEtApplication(this);
  }
}

export class FakeEtApplication {
  constructor(private readonly book: FakeEtBook) {}
  get ActiveWorkbook(): FakeEtWorkbook {
    this.book.tick();
    return new FakeEtWorkbook(this.book);
  }
  get ActiveSheet(): FakeEtWorksheet {
    this.book.tick();
    return this.book.worksheetObject(this.book.model.sheets[this.book.model.active]);
  }
  get DisplayAlerts(): boolean {
    this.book.tick();
    return this.book.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.book.tick();
    this.book.displayAlerts = v;
  }
  ScreenUpdating = true;
  Calculate(): void {
    this.book.tick();
  }
  /** WPS: a task pane showing `url`; the add-in sets `Visible`. */
  CreateTaskPane(url: string): { url: string; Visible: boolean; DockPosition: number; Width: number } {
    this.book.tick();
    const pane = { url, Visible: false, DockPosition: 2, Width: 360 };
    this.book.taskPanes.push(pane);
    return pane;
  }
  get PluginStorage(): { getItem(key: string): string | null; setItem(key: string, value: string): void } {
    const store = this.book.pluginStorage;
    return { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, String(v)) };
  }
}

export class FakeEtWorkbook {
  constructor(private readonly book: FakeEtBook) {}
  get Name(): string {
    this.book.tick();
    return this.book.model.name;
  }
  get Worksheets(): FakeEtSheets {
    this.book.tick();
    return new FakeEtSheets(this.book);
  }
  get Sheets(): FakeEtSheets {
    return this.Worksheets;
  }
  get ActiveSheet(): FakeEtWorksheet {
    this.book.tick();
    return this.book.worksheetObject(this.book.model.sheets[this.book.model.active]);
  }
}

export class FakeEtSheets {
  constructor(private readonly book: FakeEtBook) {}
  get Count(): number {
    this.book.tick();
    return this.book.model.sheets.length;
  }
  /** 1-based index, or a name (case-insensitive). */
  Item(index: number | string): FakeEtWorksheet {
    this.book.tick();
    const sheets = this.book.model.sheets;
    const sheet = typeof index === 'number' ? sheets[index - 1] : sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if (!sheet) throw new EtComError(`下标越界：${index}`);
    return this.book.worksheetObject(sheet);
  }
  /** Adds a new sheet before `before` or after `after` (else before the active sheet), named SheetN. */
  Add(before?: FakeEtWorksheet, after?: FakeEtWorksheet): FakeEtWorksheet {
    this.book.tick();
    const sheets = this.book.model.sheets;
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const sheet = emptySheet(`Sheet${n}`);
    const at = after ? sheets.indexOf(after.model) + 1 : before ? sheets.indexOf(before.model) : this.book.model.active;
    sheets.splice(at, 0, sheet);
    this.book.model.active = at; // a new sheet becomes active, as in ET
    return this.book.worksheetObject(sheet);
  }
}

export class FakeEtWorksheet {
  constructor(private readonly book: FakeEtBook, readonly model: EtSheetModel) {}

  private tick(): void {
    this.book.tick();
  }

  get Name(): string {
    this.tick();
    return this.model.name;
  }
  set Name(v: string) {
    this.tick();
    if (!v || v.length > 31 || ILLEGAL_NAME.test(v) || v.startsWith("'") || v.endsWith("'")) throw new EtComError(`工作表名称不合法：${v}`);
    if (this.book.model.sheets.some((s) => s !== this.model && s.name.toLowerCase() === v.toLowerCase())) throw new EtComError(`工作表名称已存在：${v}`);
    this.model.name = v;
  }
  get Index(): number {
    this.tick();
    return this.book.model.sheets.indexOf(this.model) + 1;
  }
  get Visible(): number {
    this.tick();
    return this.model.visible;
  }
  set Visible(v: number) {
    this.tick();
    const others = this.book.model.sheets.filter((s) => s !== this.model && s.visible === XL_SHEET_VISIBLE);
    if (v !== XL_SHEET_VISIBLE && others.length === 0) throw new EtComError('工作簿中至少要有一张可见的工作表。');
    this.model.visible = v;
  }
  get UsedRange(): FakeEtRange {
    this.tick();
    return new FakeEtRange(this.book, this.model, usedBox(this.model) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  get Cells(): FakeEtRange {
    this.tick();
    return new FakeEtRange(this.book, this.model, { top: 0, left: 0, bottom: 1048575, right: 16383 });
  }
  Range(address: string): FakeEtRange {
    this.tick();
    const rect = parseRangeA1(address.replace(/\$/g, ''));
    if (!rect) throw new EtComError(`无法识别的区域：${address}`);
    return new FakeEtRange(this.book, this.model, rect);
  }
  get PageSetup(): EtSheetModel['page'] {
    this.tick();
    return this.model.page;
  }
  Activate(): void {
    this.tick();
    if (this.model.visible !== XL_SHEET_VISIBLE) throw new EtComError('不能激活隐藏的工作表。');
    this.book.model.active = this.book.model.sheets.indexOf(this.model);
  }
  /** Asks the user unless DisplayAlerts is off; never deletes the last visible sheet. */
  Delete(): void {
    this.tick();
    if (this.book.displayAlerts) throw new EtComError('删除工作表会弹出确认框：请先设置 Application.DisplayAlerts = false。');
    const sheets = this.book.model.sheets;
    const visibleLeft = sheets.filter((s) => s !== this.model && s.visible === XL_SHEET_VISIBLE).length;
    if (visibleLeft === 0) throw new EtComError('工作簿中至少要有一张可见的工作表。');
    const at = sheets.indexOf(this.model);
    sheets.splice(at, 1);
    if (this.book.model.active >= sheets.length || this.book.model.active === at) {
      this.book.model.active = Math.max(0, sheets.findIndex((s) => s.visible === XL_SHEET_VISIBLE));
    }
  }
}

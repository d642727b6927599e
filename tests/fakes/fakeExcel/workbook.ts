/** Workbook, worksheets and application of the fake Excel host. */
import { FakeAnnotationCollection } from './annotations';
import { FakeClientObject, FakeOfficeError, loadNames, type FakeRequestContext, type LoadArg } from './context';
import { findSheet, insideGrid, layoutOf, parseLocalAddress, usedRect, WHOLE_SHEET, type FakeSheet, type FakeVisibility, type FakeWorkbookModel } from './model';
import { activatedHandlers, activateSheet, type ActivatedHandler } from './events';
import { FakeRange, type Resolver } from './range';
import { FakePageLayout } from './pageLayout';

const VISIBILITIES: FakeVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarProps = ['name', 'visibility', 'position'] as const;
  private readonly resolver: Resolver<FakeSheet>;
  readonly notes: FakeAnnotationCollection;
  readonly comments: FakeAnnotationCollection;

  constructor(context: FakeRequestContext, resolver: Resolver<FakeSheet>) {
    super(context);
    this.resolver = resolver;
    this.notes = new FakeAnnotationCollection(context, 'note', () => this.sheet());
    this.comments = new FakeAnnotationCollection(context, 'comment', () => this.sheet());
  }

  sheet(): FakeSheet {
    const s = this.resolver();
    if (!s) throw new FakeOfficeError('InvalidObjectPath', 'The worksheet does not exist (null object).');
    return s;
  }

  protected override isNull(): boolean {
    return this.resolver() === null;
  }

  protected readProp(name: string): unknown {
    const s = this.sheet();
    if (name === 'position') return this.context.env.model.sheets.indexOf(s);
    return name === 'name' ? s.name : s.visibility;
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get visibility(): FakeVisibility {
    return this.loadedValue('visibility');
  }
  set visibility(v: FakeVisibility) {
    if (v === 'VeryHidden') this.context.requireApi('1.2', 'SheetVisibility.veryHidden');
    this.context.enqueue(() => {
      if (!VISIBILITIES.includes(v)) throw new FakeOfficeError('InvalidArgument', `Bad visibility ${v}`);
      const s = this.sheet();
      const others = this.context.env.model.sheets.filter((x) => x !== s && x.visibility === 'Visible');
      if (v !== 'Visible' && others.length === 0) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      s.visibility = v;
    }, v);
  }
  get position(): number {
    return this.loadedValue('position');
  }
  /** ExcelApi 1.1: moves the sheet to this zero-based position. */
  set position(v: number) {
    this.context.enqueue(() => {
      const sheets = this.context.env.model.sheets;
      const s = this.sheet();
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw new FakeOfficeError('InvalidArgument', `Bad position ${v}`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    }, v);
  }

  /** ExcelApi 1.9: the print setup, stored in the sheet's layout. */
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.sheet());
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolver();
      if (!sheet) return null;
      if (address === undefined) return { sheet, rect: WHOLE_SHEET };
      const rect = parseLocalAddress(address);
      if (!rect || !insideGrid(rect)) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRange().getCell(row, column);
  }

  /** Excel returns A1 for an empty sheet rather than failing. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolver();
      if (!sheet) return null;
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  /** ExcelApi 1.4: a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, () => {
      const sheet = this.resolver();
      const rect = sheet && usedRect(sheet, valuesOnly);
      return sheet && rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      activateSheet(this.context.env.model, s.name);
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const model = this.context.env.model;
      const s = this.sheet();
      // @types/office-js, Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete
      // operation will fail with an InvalidOperation exception. You should first change its visibility to
      // hidden or visible before deleting it."
      if (s.visibility === 'VeryHidden') {
        throw new FakeOfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted: first change its visibility to hidden or visible.', 'Worksheet.delete');
      }
      if (s.visibility === 'Visible' && model.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be deleted.');
      }
      model.sheets.splice(model.sheets.indexOf(s), 1);
      for (const key of Object.keys(model.formulaResults)) if (key.startsWith(`${s.name}!`)) delete model.formulaResults[key];
      if (model.activeSheet === s.name) model.activeSheet = model.sheets.find((x) => x.visibility === 'Visible')!.name;
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly scalarProps = [] as const;
  private list: FakeWorksheet[] = [];

  /** ExcelApi 1.7. `add` registers at the next sync and returns an object whose `remove()` unregisters. */
  get onActivated(): { add(handler: ActivatedHandler): { remove(): void } } {
    const model = this.context.env.model;
    const context = this.context;
    return {
      add(handler) {
        context.requireApi('1.7', 'WorksheetCollection.onActivated');
        context.enqueue(() => {
          if (!activatedHandlers.has(model)) activatedHandlers.set(model, new Set());
          activatedHandlers.get(model)!.add(handler);
        });
        return { remove: () => activatedHandlers.get(model)?.delete(handler) };
      },
    };
  }

  protected readProp(): unknown {
    return null;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = findSheet(this.context.env.model, name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => findSheet(this.context.env.model, name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.env.model, this.context.env.model.activeSheet)!);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue(() => {
      const model = this.context.env.model;
      const chosen = name ?? `Sheet${model.sheets.length + 1}`;
      if (findSheet(model, chosen)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${chosen}' exists.`);
      if (chosen.length > 31 || /[\\/?*[\]:]/.test(chosen)) throw new FakeOfficeError('InvalidArgument', `Bad sheet name ${chosen}`);
      created = { name: chosen, visibility: 'Visible', cells: {}, merges: [] };
      model.sheets.push(created);
    }, name);
    return new FakeWorksheet(this.context, () => created);
  }

  /** `load('items/name,items/visibility')` (or without the items/ prefix). */
  override load(arg?: LoadArg): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ''));
    this.context.enqueue(() => {
      this.list = this.context.env.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, () => s);
        for (const n of names.length ? names : ['name', 'visibility', 'position']) ws.setLoaded(n, ws.peek(n));
        ws.markSynced();
        return ws;
      });
      this.setLoaded('items', null);
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    this.loadedValue('items');
    return this.list;
  }
}

export class FakeApplication {
  private readonly context: FakeRequestContext;
  constructor(context: FakeRequestContext) {
    this.context = context;
  }

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
    this.context.enqueue(() => undefined);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly notes: FakeAnnotationCollection;
  readonly comments: FakeAnnotationCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
    this.notes = new FakeAnnotationCollection(context, 'note', null);
    this.comments = new FakeAnnotationCollection(context, 'comment', null);
  }
}

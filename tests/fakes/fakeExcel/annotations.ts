/** Notes (ExcelApi 1.18) and comments (ExcelApi 1.10): one cell-anchored text each, in separate collections. */
import { parseA1, toA1 } from '../../../src/core/grid';
import { FakeClientObject, FakeClientResult, FakeOfficeError, loadNames, type FakeRequestContext, type LoadArg } from './context';
import { cellAt, findSheet, tidyCell, type FakeSheet } from './model';
import { FakeRange, type Resolver } from './range';

export type AnnotationKind = 'note' | 'comment';

interface Anchor {
  sheet: FakeSheet;
  address: string;
}

const API: Record<AnnotationKind, { version: string; name: string }> = {
  note: { version: '1.18', name: 'Notes' },
  comment: { version: '1.10', name: 'Comments' },
};

/** "A1", "Sheet1!A1", "'My sheet'!$A$1" → sheet name (if any) and "A1". */
export function splitAddress(text: string): { sheet: string | null; address: string } {
  const bang = text.lastIndexOf('!');
  const sheetPart = bang < 0 ? null : text.slice(0, bang);
  const sheet = sheetPart === null ? null : sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const cell = parseA1(text.slice(bang + 1));
  if (!cell) throw new FakeOfficeError('InvalidCellAddress', `Not a single cell: ${text}`);
  return { sheet, address: text.slice(bang + 1).replace(/\$/g, '').toUpperCase() };
}

/** A collection scoped to one sheet, or to the workbook when `scope` is null. */
export class FakeAnnotationCollection extends FakeClientObject {
  protected readonly scalarProps = [] as const;
  private readonly kind: AnnotationKind;
  private readonly scope: Resolver<FakeSheet> | null;
  private list: FakeAnnotation[] = [];

  constructor(context: FakeRequestContext, kind: AnnotationKind, scope: Resolver<FakeSheet> | null) {
    super(context);
    this.kind = kind;
    this.scope = scope;
  }

  protected readProp(): unknown {
    return null;
  }

  private gate(): void {
    const { version, name } = API[this.kind];
    if (!this.context.env.isSupported('ExcelApi', version)) {
      throw new FakeOfficeError('ApiNotFound', `${name} need ExcelApi ${version}, which this host does not support.`);
    }
  }

  private sheets(): FakeSheet[] {
    if (!this.scope) return this.context.env.model.sheets;
    const s = this.scope();
    if (!s) throw new FakeOfficeError('InvalidObjectPath', 'The worksheet does not exist.');
    return [s];
  }

  /** Anchors in sheet order, then row by row. */
  private anchors(): Anchor[] {
    const out: Anchor[] = [];
    for (const sheet of this.sheets()) {
      const here = Object.entries(sheet.cells)
        .filter(([, c]) => c[this.kind] !== undefined)
        .map(([address]) => ({ address, pos: parseA1(address)! }))
        .sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col);
      for (const h of here) out.push({ sheet, address: h.address });
    }
    return out;
  }

  private locate(cell: FakeRange | string): Anchor {
    if (typeof cell !== 'string') {
      const t = cell.target();
      if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) {
        throw new FakeOfficeError('InvalidCellAddress', 'The range is not a single cell.');
      }
      return { sheet: t.sheet, address: toA1(t.rect.top, t.rect.left) };
    }
    const { sheet, address } = splitAddress(cell);
    const target = sheet === null ? (this.scope ? this.sheets()[0] : undefined) : findSheet(this.context.env.model, sheet);
    if (!target) throw new FakeOfficeError('InvalidCellAddress', `No sheet for ${cell}`);
    return { sheet: target, address };
  }

  private item(resolver: Resolver<Anchor>): FakeAnnotation {
    return new FakeAnnotation(this.context, this.kind, resolver);
  }

  add(cellAddress: FakeRange | string, content: string): FakeAnnotation {
    let anchor: Anchor | null = null;
    this.context.enqueue(() => {
      this.gate();
      const a = this.locate(cellAddress);
      const cell = cellAt(a.sheet, a.address, true);
      if (cell[this.kind] !== undefined) {
        throw new FakeOfficeError('InvalidArgument', `The cell ${a.address} already has a ${this.kind}.`, `${API[this.kind].name.slice(0, -1)}Collection.add`);
      }
      // Excel keeps one annotation per cell, a note or a threaded comment (a note becomes a comment only by
      // conversion: Comment.creationDate "Returns null if the comment was converted from a note"). The
      // typings name no error for adding one where the other is; the add fails as for a bad cell.
      const other: AnnotationKind = this.kind === 'note' ? 'comment' : 'note';
      if (cell[other] !== undefined) {
        throw new FakeOfficeError('InvalidArgument', `The cell ${a.address} already has a ${other}.`, `${API[this.kind].name.slice(0, -1)}Collection.add`);
      }
      cell[this.kind] = String(content);
      anchor = a;
    }, content);
    return this.item(() => anchor);
  }

  /** Notes: by cell address; throws ItemNotFound at sync when the cell has none. */
  getItem(key: string): FakeAnnotation {
    return this.byCell(key, false);
  }

  getItemOrNullObject(key: string): FakeAnnotation {
    return this.byCell(key, true);
  }

  /**
   * Comments: by cell (ExcelApi 1.10 has no OrNullObject variant of this). @types/office-js: "This can be a
   * `Range` object or a string. If it's a string, it must contain the full address, including the sheet name."
   */
  getItemByCell(cellAddress: FakeRange | string): FakeAnnotation {
    if (typeof cellAddress === 'string' && !cellAddress.includes('!')) {
      return this.item(() => {
        throw new FakeOfficeError('InvalidArgument', `getItemByCell needs the full address with the sheet name, not "${cellAddress}".`, 'CommentCollection.getItemByCell');
      });
    }
    return this.byCell(cellAddress, false);
  }

  private byCell(cellAddress: FakeRange | string, nullable: boolean): FakeAnnotation {
    return this.item(() => {
      this.gate();
      const a = this.locate(cellAddress);
      if (a.sheet.cells[a.address]?.[this.kind] !== undefined) return a;
      if (nullable) return null;
      throw new FakeOfficeError('ItemNotFound', `No ${this.kind} at ${a.address}.`, `${API[this.kind].name.slice(0, -1)}Collection.getItem`);
    });
  }

  getItemAt(index: number): FakeAnnotation {
    return this.item(() => {
      this.gate();
      const a = this.anchors()[index];
      if (!a) throw new FakeOfficeError('ItemNotFound', `No ${this.kind} at index ${index}.`);
      return a;
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue(() => {
      this.gate();
      const count = this.anchors().length;
      this.context.onSynced(() => result.set(count));
    });
    return result;
  }

  override load(arg?: LoadArg): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ''));
    this.context.enqueue(() => {
      this.gate();
      this.list = this.anchors().map((a) => {
        const item = this.item(() => a);
        for (const n of names.length ? names : ['content']) item.setLoaded(n, item.peek(n));
        item.markSynced();
        return item;
      });
      this.setLoaded('items', null);
    });
    return this;
  }

  get items(): FakeAnnotation[] {
    this.loadedValue('items');
    return this.list;
  }
}

export class FakeAnnotation extends FakeClientObject {
  protected readonly scalarProps = ['content'] as const;
  private readonly kind: AnnotationKind;
  private readonly resolver: Resolver<Anchor>;

  constructor(context: FakeRequestContext, kind: AnnotationKind, resolver: Resolver<Anchor>) {
    super(context);
    this.kind = kind;
    this.resolver = resolver;
  }

  private anchor(): Anchor {
    const a = this.resolver();
    if (!a) throw new FakeOfficeError('InvalidObjectPath', `The ${this.kind} does not exist (null object).`);
    return a;
  }

  protected override isNull(): boolean {
    return this.resolver() === null;
  }

  protected readProp(): unknown {
    const a = this.anchor();
    const text = a.sheet.cells[a.address]?.[this.kind];
    if (text === undefined) throw new FakeOfficeError('ItemNotFound', `The ${this.kind} was deleted.`, `${API[this.kind].name.slice(0, -1)}.content`);
    return text;
  }

  get content(): string {
    return this.loadedValue('content');
  }
  set content(v: string) {
    this.context.enqueue(() => {
      const a = this.anchor();
      const cell = a.sheet.cells[a.address];
      if (!cell || cell[this.kind] === undefined) throw new FakeOfficeError('ItemNotFound', `The ${this.kind} was deleted.`, `${API[this.kind].name.slice(0, -1)}.content`);
      cell[this.kind] = String(v);
    }, v);
  }

  delete(): void {
    this.context.enqueue(() => {
      const a = this.anchor();
      const cell = a.sheet.cells[a.address];
      if (!cell || cell[this.kind] === undefined) throw new FakeOfficeError('ItemNotFound', `The ${this.kind} was deleted.`, `${API[this.kind].name.slice(0, -1)}.content`);
      delete cell[this.kind];
      tidyCell(a.sheet, a.address);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.anchor();
      const p = parseA1(a.address)!;
      return { sheet: a.sheet, rect: { top: p.row, left: p.col, bottom: p.row, right: p.col } };
    });
  }
}

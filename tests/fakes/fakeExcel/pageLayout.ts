/**
 * Worksheet.pageLayout (ExcelApi 1.9) over the sheet's `layout.page`: what the adapter sets, and `zoom`
 * and the print area to load. A sheet nobody set up reports Excel's default, `{ scale: 100 }`; setting
 * exactly that default stores nothing, so a page put back compares equal to one never touched.
 */
import { parseRangeA1 } from '../../../src/core/grid';
import { FakeClientObject, type FakeRequestContext, type LoadArg } from './context';
import { layoutOf, parseLocalAddress, tidyLayout, type FakeSheet } from './model';
import { FakeRangeAreas } from './range';

const DEFAULT_ZOOM = { scale: 100 };

export class FakePageLayout extends FakeClientObject {
  protected readonly scalarProps = ['zoom', 'orientation', 'paperSize'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context);
  }

  override load(arg?: LoadArg): this {
    this.context.requireApi('1.9', 'Worksheet.pageLayout');
    return super.load(arg);
  }

  protected readProp(name: string): unknown {
    const page = this.sheet().layout?.page ?? {};
    if (name === 'zoom') return page.zoom ?? DEFAULT_ZOOM;
    return page[name] ?? (name === 'orientation' ? 'Portrait' : 'Letter');
  }

  private put(key: string, v: unknown): void {
    this.context.requireApi('1.9', `PageLayout.${key}`);
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const isDefault = key === 'zoom' && JSON.stringify(v) === JSON.stringify(DEFAULT_ZOOM);
      if (isDefault) {
        if (sheet.layout) delete sheet.layout.page.zoom;
        tidyLayout(sheet);
      } else layoutOf(sheet).page[key] = v;
    }, v);
  }

  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this.loadedValue('zoom');
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.put('zoom', v);
  }
  set orientation(v: string) {
    this.put('orientation', v);
  }
  set paperSize(v: string) {
    this.put('paperSize', v);
  }

  setPrintTitleRows(rows: string): void {
    this.put('printTitleRows', rows);
  }

  /** The print area (`layout.page.printArea`, e.g. "A1:J30"), or a null object when the whole sheet prints. */
  getPrintAreaOrNullObject(): FakeRangeAreas {
    this.context.requireApi('1.9', 'PageLayout.getPrintAreaOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.sheet();
      const area = sheet.layout?.page.printArea;
      if (typeof area !== 'string' || !area) return null;
      const rects = area.split(',').map((a) => parseLocalAddress(a) ?? parseRangeA1(a)!);
      return { sheet, rects };
    });
  }
}

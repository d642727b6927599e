/**
 * Re-scoring a ziping copy (SPEC §6.2, CLI side): ziping's earlier fills, fonts, notes, values and added
 * sheets are taken out before the new plan goes on, so a problem the unit fixed leaves no stale mark, and
 * scoring a copy again gives the same cells.
 */
import path from 'node:path';
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import { NOTE_MARKER } from '../../../src/core/writePlan';
import { parseA1 } from '../../../src/core/grid';
import { OoxmlPackage } from '../../../src/hosts/xlsx/ooxml/package';
import { readStructure } from '../../../src/hosts/xlsx/ooxml/workbookStructure';
import { SheetCells } from '../../../src/hosts/xlsx/patch/sheetCells';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx';
import { kids, openZip, parse, ser } from '../../fidelity/packageDiff';
import { scoreCopy } from '../../fidelity/scoreCopy';

jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, '../../fixtures/national-problems.xlsx');
const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** The `<c>` of `ref` in the copy's table sheet, and the text of its note (if any). */
async function inspect(copy: Buffer, ref: string) {
  const zip = await openZip(copy);
  const sheet = parse(await zip.text(SHEET_PART));
  const cell = kids(sheet, 'sheetData')
    .flatMap((d) => kids(d, 'row'))
    .flatMap((r) => kids(r, 'c'))
    .find((c) => c.getAttribute('r') === ref);
  const notes: string[] = [];
  for (const name of zip.names.filter((n) => /comments\d*\.xml$/.test(n))) {
    for (const c of Array.from(parse(await zip.text(name)).getElementsByTagName('comment'))) {
      if (c.getAttribute('ref') === ref) notes.push(c.textContent ?? '');
    }
  }
  return { s: cell?.getAttribute('s') ?? '0', xml: cell ? ser(cell) : '', notes };
}

/** What a unit does in Excel: types a number into one cell of the copy. */
async function unitTypes(copy: Buffer, ref: string, value: number): Promise<Buffer> {
  const pkg = await OoxmlPackage.open(copy);
  const wb = await readStructure(pkg);
  const part = wb.sheets[0].part!;
  const doc = (await pkg.xml(part))!;
  const { row, col } = parseA1(ref)!;
  const cells = new SheetCells(doc);
  cells.setValue(cells.cell(row, col), value);
  pkg.flush([part]);
  return pkg.generate();
}

describe('scoring a scored copy again', () => {
  it('a cell the unit fixed (H20 16 → 15) loses ziping\'s fill and note; others keep theirs', async () => {
    const input = await fs.readFile(FIXTURE);
    const original = await inspect(input, 'H20');
    const first = await scoreCopy(input);
    const marked = await inspect(first.copy, 'H20');
    expect(marked.s).not.toBe(original.s);
    expect(marked.notes.join('')).toContain(`${NOTE_MARKER}H20：自评得分16分超过该指标分值15分`);

    const fixed = await unitTypes(first.copy, 'H20', 15);
    expect((await readWorkbookBuffer(fixed)).zipingCopy).toBe(true);
    const second = await scoreCopy(fixed);
    const after = await inspect(second.copy, 'H20');
    expect(after.s).toBe(original.s);
    expect(after.notes).toEqual([]);
    expect(after.xml).toContain('<v>15</v>');
    // H15 (复核得分 8.57 ≠ 10) is still wrong: still marked, with one note of ours, not two.
    const h15 = await inspect(second.copy, 'H15');
    expect(h15.s).toBe((await inspect(first.copy, 'H15')).s);
    expect(h15.notes.join('').split(NOTE_MARKER)).toHaveLength(2);
    // The 复核表 of the first run is replaced, not duplicated.
    const names = (await readWorkbookBuffer(second.copy)).grids.map((g) => g.sheet);
    expect(names).toEqual(['2023自评', '复核表-2023自评']);
  });

  it('re-scoring first puts back the unit\'s own row heights and page setup; a height the unit set since stays', async () => {
    const input = await fs.readFile(FIXTURE);
    const { copy } = await scoreCopy(input);
    const sheetText = async (bytes: Buffer) => (await openZip(bytes)).text(SHEET_PART);
    const rowTag = (text: string, r: number) => new RegExp(`<row [^>]*\\br="${r}"[^>]*>`).exec(text)?.[0] ?? '';
    const [before, scored] = [await sheetText(input), await sheetText(copy)];
    // What the copy changed for printing: rows 13, 14 and 16 (merged reason cells I:J) and the page fit.
    const grown = [13, 14, 16];
    for (const r of grown) expect(rowTag(scored, r)).toMatch(/ht="\d+(\.\d+)?" customHeight="1"/);
    for (const r of grown) expect(rowTag(before, r)).not.toMatch(/customHeight/);
    expect(scored).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(before).not.toMatch(/fitToPage/);
    // The unit makes row 14 50 pt high in the copy, then sends it back.
    const zip = await JSZip.loadAsync(copy);
    const edited = scored.replace(rowTag(scored, 14), rowTag(scored, 14).replace(/ht="[\d.]+"/, 'ht="50"'));
    zip.file(SHEET_PART, edited);
    const resent = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const read = await readWorkbookBuffer(resent, { revertZiping: true });
    const reverted = await sheetText(await read.source.pkg.generate());
    expect(rowTag(reverted, 13)).toBe(rowTag(before, 13));
    expect(rowTag(reverted, 16)).toBe(rowTag(before, 16));
    expect(rowTag(reverted, 14)).toMatch(/ht="50"/);
    const printSetup = (text: string) => [/<sheetPr\b[\s\S]*?(?:\/>|<\/sheetPr>)/.exec(text)?.[0] ?? null, /<pageSetup\b[^>]*>/.exec(text)?.[0]];
    expect(printSetup(reverted)).toEqual(printSetup(before));
  });

  it('scoring a copy twice gives byte-identical cell contents, styles and notes', async () => {
    const once = await scoreCopy(await fs.readFile(FIXTURE));
    const twice = await scoreCopy(once.copy);
    const thrice = await scoreCopy(twice.copy);
    const [a, b] = [await openZip(twice.copy), await openZip(thrice.copy)];
    for (const part of a.names.filter((n) => /worksheets\/sheet\d+\.xml$|comments\d*\.xml$|styles\.xml$/.test(n))) {
      expect([part, await b.text(part)]).toEqual([part, await a.text(part)]);
    }
    // And the same cells as the first copy: re-scoring the input's own state, not ziping's output.
    const sheetData = async (copy: Buffer) => ser(kids(parse(await (await openZip(copy)).text(SHEET_PART)), 'sheetData')[0]);
    expect(await sheetData(twice.copy)).toBe(await sheetData(once.copy));
  });
});

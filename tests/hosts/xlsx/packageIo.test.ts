/**
 * The package layer's fast paths (issue 13's bench): parts ziping changes are deflated by Node and handed
 * to JSZip as compressed entries, parts are read by Node's inflate, and plain styles/shared strings pass
 * straight into the package ExcelJS reads. Each must give what the slow path gave.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { inspectWorkbookBytes } from '../../../src/hosts/xlsx';
import { OoxmlPackage } from '../../../src/hosts/xlsx/ooxml/package';
import { parseXml } from '../../../src/hosts/xlsx/ooxml/xml';
import { readZipDirectory } from '../../../src/hosts/xlsx/zipDirectory';
import { isPlainSpreadsheetMl, valuesOfSheet } from '../../../src/hosts/xlsx/valuesPackage';
import { scanSheet } from '../../../src/hosts/xlsx/patch/sheetPart';
import { readdirSync } from 'node:fs';
import { scoreCopy } from '../../fidelity/scoreCopy';

jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, '../../fixtures/national-problems.xlsx');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

test('a scored copy passes the reader own size and CRC checks, and its changed parts are deflated', async () => {
  const input = await fs.readFile(FIXTURE);
  const { copy } = await scoreCopy(input);
  expect(inspectWorkbookBytes(copy)).toBeNull();
  const before = new Map(readZipDirectory(input, 10_000).map((e) => [e.name, e]));
  const changed = readZipDirectory(copy, 10_000).filter((e) => !before.has(e.name) || before.get(e.name)!.crc32 !== e.crc32);
  expect(changed.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'docProps/custom.xml']));
  for (const e of changed) {
    expect(e.method).toBe(8);
    const data = inflateRawSync(copy.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
    expect(data.length).toBe(e.uncompressedSize);
    expect(data.toString('utf8')).toMatch(/^<\?xml|^<[A-Za-z]/);
  }
});

test('text read through Node inflate equals what JSZip inflates, for every part', async () => {
  const input = await fs.readFile(FIXTURE);
  const pkg = await OoxmlPackage.open(input);
  const zip = await JSZip.loadAsync(input);
  const names = pkg.partNames();
  expect(names.length).toBeGreaterThan(5);
  const expected = new Map<string, string>();
  for (const name of names) expected.set(name, await zip.file(name)!.async('string'));
  // JSZip's own reader (ZipObject.async) is not what reads them: Node's inflate is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jszipRead = jest.spyOn(require('jszip/lib/zipObject').prototype, 'async');
  for (const name of names) expect(await pkg.text(name)).toBe(expected.get(name));
  expect(jszipRead).not.toHaveBeenCalled();
  jszipRead.mockRestore();
});

test('a part written then read back gives the same text (Chinese included)', async () => {
  const pkg = await OoxmlPackage.open(await fs.readFile(FIXTURE));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<x xmlns="${MAIN}">自评得分 16分超过分值15分</x>`;
  pkg.putText('xl/new.xml', text);
  const again = await OoxmlPackage.open(await pkg.generate());
  expect(await again.text('xl/new.xml')).toBe(text);
});

test.each([
  [`<?xml version="1.0"?>\n<styleSheet xmlns="${MAIN}"><fonts count="0"/></styleSheet>`, true],
  [`\uFEFF<sst xmlns="${MAIN}" count="1"><si><t>预算</t></si></sst>`, true],
  [`<x:styleSheet xmlns:x="${MAIN}"><x:fonts/></x:styleSheet>`, false],
  [`<styleSheet xmlns="${MAIN}"><extLst><ext uri="u"><x14:slicerStyles xmlns:x14="a"/></ext></extLst></styleSheet>`, false],
  [`<styleSheet xmlns="${MAIN}"><!-- <x:fonts/> --></styleSheet>`, false],
  [`<styleSheet xmlns="urn:other"/>`, false],
])('isPlainSpreadsheetMl(%j) is %s', (text, plain) => {
  expect(isPlainSpreadsheetMl(text)).toBe(plain);
});

test('the reader\'s pass over a sheet gives the writer the same scan a pass of its own would, on every fidelity sheet', async () => {
  const dir = path.join(__dirname, '../../fidelity/workbooks');
  let sheets = 0;
  for (const file of readdirSync(dir).filter((f) => /^(0[1-9]|1\d|2[0-7])-.*\.xls[xm]$/.test(f))) {
    const pkg = await OoxmlPackage.open(await fs.readFile(path.join(dir, file)));
    for (const name of pkg.partNames().filter((n) => /worksheets\/[^/]+\.xml$/.test(n))) {
      const text = (await pkg.text(name))!;
      expect({ file, name, scan: valuesOfSheet(text).scan }).toEqual({ file, name, scan: scanSheet(text) });
      sheets++;
    }
  }
  expect(sheets).toBeGreaterThan(25);
});

test('a plain sheet goes to ExcelJS as written, and means the same cells as the rewritten one; variants are rewritten', async () => {
  const dirs = [path.join(__dirname, '../../fidelity/workbooks'), path.join(__dirname, '../../fixtures')];
  const cellsOf = (xml: string) =>
    Array.from(parseXml(xml).getElementsByTagNameNS(MAIN, 'c')).map((c) => ({
      r: c.getAttribute('r'),
      t: c.getAttribute('t') ?? 'n',
      s: c.getAttribute('s') ?? '0',
      content: Array.from(c.childNodes).map((n) => n.textContent).join('|'),
    }));
  let plain = 0;
  let rewritten = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => /\.xls[xm]$/.test(f) && !/^(03|28|29|32)-/.test(f))) {
      const pkg = await OoxmlPackage.open(await fs.readFile(path.join(dir, file)));
      for (const name of pkg.partNames().filter((n) => /worksheets\/[^/]+\.xml$/.test(n))) {
        const text = (await pkg.text(name))!;
        const fast = valuesOfSheet(text);
        const slow = valuesOfSheet(text, { passThrough: false });
        if (fast.xml === slow.xml) {
          rewritten++;
          continue;
        }
        plain++;
        expect(fast.xml).toContain(text.slice(text.indexOf('<sheetData'), text.indexOf('</sheetData>')));
        expect({ file, name, cells: cellsOf(fast.xml) }).toEqual({ file, name, cells: cellsOf(slow.xml) });
      }
    }
  }
  // Most real sheets are plain; the x:-prefixed, r-less and LibreOffice boolean variants are not.
  expect(plain).toBeGreaterThan(20);
  expect(rewritten).toBeGreaterThanOrEqual(2);
});

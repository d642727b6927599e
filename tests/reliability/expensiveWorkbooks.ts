/**
 * Workbooks that are valid but genuinely expensive to read, built from the kunming fixture, for the
 * batch-isolation test: one whose cells need far more heap than a 自评表 ever does, and one whose parts
 * are padded with XML comments so that parsing takes many seconds while holding little memory.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import { fixture } from '../helpers/fixtures';

const SHEET = 'xl/worksheets/sheet1.xml';

async function kunming(): Promise<JSZip> {
  const zip = await JSZip.loadAsync(fs.readFileSync(fixture('national-kunming-2022.xlsx')));
  if (!zip.file(SHEET)) throw new Error(`the fixture has no ${SHEET}`);
  return zip;
}

const write = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });

/** `rows` × 26 numeric cells below the table (312,000 cells for 12,000 rows: hundreds of MB in ExcelJS). */
export async function manyCellsWorkbook(rows: number): Promise<Buffer> {
  const zip = await kunming();
  const xml = await zip.file(SHEET)!.async('string');
  const out: string[] = [];
  for (let r = 1000; r < 1000 + rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 26; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r + c}</v></c>`;
    out.push(`${row}</row>`);
  }
  zip.file(SHEET, xml.replace('</sheetData>', `${out.join('')}</sheetData>`));
  return write(zip);
}

/**
 * The sheet and the shared strings each followed by `megabytes` of small XML comments: every reader
 * must parse them all (each part stays under the 50 MB per-part limit, so no size check refuses it).
 */
export async function slowToParseWorkbook(megabytes: number): Promise<Buffer> {
  const zip = await kunming();
  // Numbered comments: they compress about 10:1, so a large part stays under the zip-bomb ratio check
  // (100:1 above 50 MB) and the file under 50 MB, while the reader still has to scan every byte.
  const pieces: string[] = [];
  for (let i = 0, bytes = 0; bytes < megabytes * 1024 * 1024; i++) {
    const piece = `<!--预算${i}-->`;
    pieces.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  const padding = pieces.join('');
  for (const [part, close] of [
    [SHEET, '</worksheet>'],
    ['xl/sharedStrings.xml', '</sst>'],
  ]) {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace(close, `${padding}${close}`));
  }
  return write(zip);
}

/**
 * The copy opens in LibreOffice (as a clerk prints it): converted headless to PDF with notes exported,
 * ziping's notes are in the PDF beside the unit's and the reviewer's. Skipped, saying so, without soffice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NOTE_MARKER } from '../../src/core/writePlan';
import { scoreCopyOfFile } from './scoreCopy';

jest.setTimeout(240_000);

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const PDF_WITH_NOTES = 'pdf:calc_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';

/** Text of the PDF's note annotations (LibreOffice writes each note as /Contents <FEFF…> in UTF-16BE). */
function annotationTexts(pdf: Buffer): string[] {
  const out: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/\/Contents\s*<FEFF([0-9A-Fa-f\s]*)>/g)) {
    const hex = m[1].replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    out.push(bytes.swap16().toString('utf16le'));
  }
  return out;
}

(hasSoffice ? describe : describe.skip)('scored copies in LibreOffice (PDF with notes)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ziping-render-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ziping\'s notes are in the PDF, with the unit\'s own notes and the threaded comment\'s text', async () => {
    const sources = {
      problems: path.join(__dirname, '../fixtures/national-problems.xlsx'),
      notes: path.join(__dirname, 'workbooks/24-openpyxl-notes.xlsx'),
      threaded: path.join(__dirname, 'workbooks/10-threaded-comments.xlsx'),
    };
    const copies: string[] = [];
    for (const [name, file] of Object.entries(sources)) {
      const target = path.join(dir, `${name}.xlsx`);
      await fs.writeFile(target, (await scoreCopyOfFile(file)).copy);
      copies.push(target);
    }
    // One soffice run for all three (≈ 4–30 s each here); its own profile folder, never the user's.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', PDF_WITH_NOTES, '--outdir', dir, ...copies], {
      stdio: 'ignore',
      timeout: 200_000,
    });
    const notesOf = (name: string) => annotationTexts(readFileSync(path.join(dir, `${name}.pdf`)));

    const problems = notesOf('problems');
    expect(problems.some((t) => t.startsWith(`${NOTE_MARKER}H20：自评得分16分超过该指标分值15分`))).toBe(true);
    // H20 carries the unit's note (王审核) and, after it, ours.
    const unit = notesOf('notes');
    expect(unit.some((t) => t.startsWith('单位自评为16分，待核实。') && t.includes(`${NOTE_MARKER}H20：`))).toBe(true);
    expect(unit.some((t) => t.includes('已按实际人次核实。'))).toBe(true);
    const threaded = notesOf('threaded').join('\n');
    expect(threaded).toContain('培训人数未达标，得分是否应扣减？');
    expect(threaded).toContain(NOTE_MARKER);
  });
});

if (!hasSoffice) {
  test('LibreOffice render test', () => {
    console.warn('soffice (LibreOffice) is not installed: the PDF render test of scored copies was skipped. apt-get install libreoffice-calc-nogui');
  });
}

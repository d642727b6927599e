/**
 * The add-in's boundaries, checked on the source: it talks to no server (office.js is the only script it
 * loads, and that comes from the page, not from code), evaluates no strings as code, injects no HTML, and
 * reaches no workbook but the one it runs in.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx|html)$/.test(e.name) ? [full] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['network request (fetch)', /\bfetch\s*\(/],
  ['network request (XMLHttpRequest)', /\bXMLHttpRequest\b/],
  ['network request (WebSocket / EventSource / sendBeacon)', /\b(WebSocket|EventSource|sendBeacon)\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['HTML injection', /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/],
  ['another workbook', /createWorkbook|openWorkbook|insertWorksheetsFromBase64/],
];

describe('add-in and core sources', () => {
  const files = sources(SRC).filter((f) => !f.includes(`${path.sep}cli${path.sep}`));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(FORBIDDEN)('contain no %s', (_what, pattern) => {
    const hits = files.filter((f) => pattern.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(hits).toEqual([]);
  });

  it('reach Excel only through the request context of the workbook they run in', () => {
    const excelFiles = files.filter((f) => fs.readFileSync(f, 'utf8').includes('context.workbook'));
    for (const f of excelFiles) expect(path.relative(SRC, f).split(path.sep)[0]).toBe('hosts');
  });
});

describe('the patterns themselves', () => {
  it.each([
    ['network request (fetch)', "await fetch('https://x')"],
    ['eval', 'const f = eval(code);'],
    ['new Function', "new Function('return 1')"],
    ['HTML injection', '<div dangerouslySetInnerHTML={{ __html: s }} />'],
    ['another workbook', 'Excel.createWorkbook(b64)'],
  ])('catch %s', (what, snippet) => {
    expect(FORBIDDEN.find(([w]) => w === what)![1].test(snippet)).toBe(true);
  });

  it('do not flag ordinary code', () => {
    const ok = "const evaluation = evaluateTable(grid); context.workbook.worksheets.getItem('表');";
    expect(FORBIDDEN.filter(([, p]) => p.test(ok))).toEqual([]);
  });
});

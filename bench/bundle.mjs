/**
 * Task pane (SPEC §8): `npm run build`, then the gzip size of what taskpane.html loads from dist/
 * (the page and its scripts; office.js comes from Microsoft's CDN and is not ours), and the time to
 * first render in headless Chromium: from navigation start until the 「一键评分」 button is in the page,
 * with office.js answered by a minimal fake Office so Office.onReady fires.
 */
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDERS = 5;

/**
 * office.js for the page: the project's fake Office/Excel (tests/browser/fakeOfficeEntry.ts, bundled
 * here) over tests/fixtures/national-kunming-2022.xlsx, so the pane's start-up reads (settings, active
 * sheet, snapshot) get real answers. If that cannot be built, a bare Office whose Excel calls fail:
 * the pane then renders with its error bar, which still times the bundle's start-up.
 */
const BARE_OFFICE = `
window.Office = {
  HostType: { Excel: 'Excel' },
  context: { requirements: { isSetSupported: () => true }, document: { settings: { get: () => null, set() {}, remove() {}, saveAsync(o, cb) { (cb || o)({ status: 'succeeded' }); } } } },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(cb) { return Promise.resolve().then(() => { const info = { host: 'Excel', platform: 'OfficeOnline' }; cb && cb(info); return info; }); },
  actions: { associate() {} },
};
window.Excel = { run: () => Promise.reject(new Error('no workbook in this benchmark')) };
`;

async function fakeOfficeScript(tmp) {
  try {
    const webpack = require('webpack');
    const config = {
      mode: 'development',
      devtool: false,
      target: 'web',
      entry: path.join(ROOT, 'tests/browser/fakeOfficeEntry.ts'),
      output: { path: tmp, filename: 'fake-office.js' },
      resolve: { extensions: ['.ts', '.tsx', '.js'] },
      module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } } }] },
    };
    await new Promise((ok, fail) => webpack(config, (err, stats) => (err ? fail(err) : stats.hasErrors() ? fail(new Error(stats.toString({ all: false, errors: true }))) : ok())));
    require('./tsRequire.cjs');
    const { loadFakeWorkbook } = require('../tests/fakes/loadFakeWorkbook.ts');
    const { serializeWorkbook } = require('../tests/fakes/fakeExcel/index.ts');
    const model = serializeWorkbook(await loadFakeWorkbook(path.join(ROOT, 'tests/fixtures/national-kunming-2022.xlsx')));
    return { kind: 'fake Excel over national-kunming-2022.xlsx', body: `window.__FAKE_WORKBOOK__ = ${JSON.stringify(model)};\n${readFileSync(path.join(tmp, 'fake-office.js'), 'utf8')}` };
  } catch (e) {
    return { kind: `bare Office (fake Excel unavailable: ${String(e.message ?? e).split('\n')[0]})`, body: BARE_OFFICE };
  }
}

/** Stamps the moment the 「一键评分」 button first exists (performance.now() is from navigation start). */
const STAMP = `
new MutationObserver((_, observer) => {
  if ([...document.querySelectorAll('button')].some((b) => b.textContent.includes('一键评分'))) {
    window.__firstRenderMs = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
`;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.css': 'text/css' };

function serve(dir) {
  const server = createServer((req, res) => {
    const rel = path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = path.join(dir, rel || 'taskpane.html');
    if (!file.startsWith(dir + path.sep) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The page and every local script it loads, raw and gzipped (zlib level 9, as a static host would serve it). */
function entrySizes() {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // Minified HTML may leave attribute values unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^https?:/.test(src));
  const files = [{ name: 'taskpane.html', buf: Buffer.from(html) }, ...scripts.map((s) => ({ name: s.replace(/^\.?\//, ''), buf: readFileSync(path.join(DIST, s.replace(/^\.?\//, ''))) }))];
  return files.map((f) => ({ name: f.name, bytes: f.buf.length, gzip: gzipSync(f.buf, { level: 9 }).length }));
}

async function firstRender() {
  const { chromium } = require('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ziping-bench-pane-'));
  const office = await fakeOfficeScript(tmp);
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const times = [];
  const fcp = [];
  const errors = [];
  try {
    for (let i = 0; i < RENDERS; i++) {
      const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(STAMP);
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: office.body });
        if (url.startsWith(base)) return route.continue();
        return route.abort();
      });
      await page.goto(`${base}/taskpane.html`);
      await page.waitForFunction(() => typeof window.__firstRenderMs === 'number', null, { timeout: 20000 });
      times.push(await page.evaluate(() => window.__firstRenderMs));
      fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  // The first page pays for a cold browser cache and compiler; the median is what a user sees on reopening.
  return { office: office.kind, firstMs: times[0], medianMs: median(times), runs: times, fcpMedianMs: median(fcp.filter((x) => x !== null)), errors: [...new Set(errors)] };
}

export async function benchBundle(log = console.log) {
  const started = performance.now();
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, OFFICE_JS: '', ADDIN_URL: '' } });
  const buildMs = performance.now() - started;
  const files = entrySizes();
  log(`  built in ${(buildMs / 1000).toFixed(1)} s; taskpane entry ${files.map((f) => `${f.name} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')} (gzip)`);
  let render = null;
  if (existsSync(CHROMIUM)) render = await firstRender();
  else log(`  ${CHROMIUM} not found: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`);
  return { buildMs, files, gzip: files.reduce((n, f) => n + f.gzip, 0), bytes: files.reduce((n, f) => n + f.bytes, 0), render, chromium: existsSync(CHROMIUM) ? CHROMIUM : null };
}

#!/usr/bin/env node
/**
 * Browser test of the WPS 加载项 (npm run test:browser:wps): builds dist-wps/ (npm run build:wps), serves
 * it on a loopback port, opens the add-in's index.html in headless Chromium with `window.Application`
 * answered by a fake ET over the bundled example (examples/自评表示例.xlsx), presses the ribbon's 「一键评分」 and
 * 「评分面板」 as WPS would (OnAction), and drives the pane. Screenshot: docs/wps-taskpane.png.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, bundle, createChecks, launchChromium, serve } from './harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test-output');
const BUILD = join(OUT, 'browser-build-wps');
const DIST = join(ROOT, 'dist-wps');
const FIXTURE = join(ROOT, 'examples', '自评表示例.xlsx'); // the README's example workbook
const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const FOLDER = `ziping_${version}`;
const { check, fail, finish } = createChecks();

async function main() {
  mkdirSync(OUT, { recursive: true });
  await check('npm run build:wps gives the add-in folder, ribbon.xml, publish.xml, jsplugins.xml and install scripts', async () => {
    if (!process.env.ZIPING_SKIP_BUILD) execSync('npm run build:wps', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    for (const f of [`${FOLDER}/index.html`, `${FOLDER}/taskpane.html`, `${FOLDER}/ribbon.xml`, `${FOLDER}/assets/icon-32.png`, 'publish.xml', 'jsplugins.xml', 'install-windows.bat', 'install-linux.sh']) {
      assert(existsSync(join(DIST, f)), `dist-wps/${f} missing`);
    }
    const ribbon = readFileSync(join(DIST, FOLDER, 'ribbon.xml'), 'utf8');
    for (const name of ['onLoad="OnAddinLoad"', 'onAction="OnAction"', 'getImage="GetImage"', 'label="一键评分"', 'label="评分面板"']) assert(ribbon.includes(name), `ribbon.xml lacks ${name}`);
    const publish = readFileSync(join(DIST, 'publish.xml'), 'utf8');
    assert(publish.includes(`type="et"`) && publish.includes(`url="${FOLDER}"`), `publish.xml: ${publish}`);
    for (const f of readdirSync(join(DIST, FOLDER)).filter((n) => /\.(html|js)$/.test(n))) {
      const text = readFileSync(join(DIST, FOLDER, f), 'utf8');
      assert(!/<script[^>]+src="https?:/.test(text), `${f} loads a script from another site`);
    }
  });
  let prepared;
  await check('the fake ET bundle and the expected plan are prepared', async () => {
    await bundle(ROOT, BUILD, [
      { name: 'fake-et', target: 'web', entry: 'tests/browser/fakeEtEntry.ts', file: 'fake-et.js' },
      { name: 'prepare', target: 'node', entry: 'tests/browser/prepareWps.ts', file: 'prepare-wps.cjs' },
    ]);
    prepared = await require(join(BUILD, 'prepare-wps.cjs')).prepare(FIXTURE);
    assert(prepared.plan.changes.length > 0 && prepared.grade === '优', 'the expected plan is empty or not 优');
  });
  if (!prepared || !existsSync(join(DIST, FOLDER, 'index.html'))) return finish();

  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const problems = [];
  const dialogs = [];
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : (problems.push(`outside request: ${route.request().url()}`), route.abort())));
    await page.addInitScript({ content: `window.__ET_BOOK__ = ${JSON.stringify(prepared.bookJson)};\n${readFileSync(join(BUILD, 'fake-et.js'), 'utf8')}` });
    await page.goto(`${base}/${FOLDER}/index.html`);
    const sheetNow = () => page.evaluate((name) => JSON.parse(JSON.stringify(window.__ET__.model.sheets.find((s) => s.name === name))), prepared.sheet);
    const original = JSON.parse(prepared.bookJson).sheets.find((s) => s.name === prepared.sheet);
    const expectPlanWritten = async () => {
      const sheet = await sheetNow();
      const wrong = [];
      for (const c of prepared.plan.changes) {
        const cell = sheet.cells[c.cell] ?? {};
        if (c.value !== undefined && cell.value !== c.value) wrong.push(`${c.cell} value ${JSON.stringify(cell.value)} ≠ ${JSON.stringify(c.value)}`);
        if (c.note && !String(cell.comment ?? '').includes(c.note)) wrong.push(`${c.cell} comment lacks our text`);
        if (c.fill && cell.interior === undefined) wrong.push(`${c.cell} not filled`);
      }
      assert(wrong.length === 0, wrong.slice(0, 5).join('; '));
    };

    await check('the ribbon callbacks are global functions on index.html, with icons that exist', async () => {
      const types = await page.evaluate(() => [typeof window.OnAddinLoad, typeof window.OnAction, typeof window.GetImage, window.OnAddinLoad({})]);
      assert(types.join() === 'function,function,function,true', `callbacks: ${types}`);
      const icon = await page.evaluate(() => window.GetImage({ Id: 'btnScore' }));
      const res = await page.request.get(`${base}/${FOLDER}/${icon}`);
      assert(res.ok(), `icon ${icon} not served`);
    });

    await check('ribbon 一键评分 writes the plan into the document and tells the clerk the grade at once', async () => {
      await page.evaluate(() => window.OnAction({ Id: 'btnScore' }));
      await page.waitForFunction(() => true);
      for (let i = 0; i < 50 && dialogs.length === 0; i++) await page.waitForTimeout(100);
      assert(/复核得分 96\.2，等级「优」，发现 \d+ 个问题。$/.test(dialogs[0] ?? ''), `message: ${dialogs[0]}`);
      await expectPlanWritten();
    });

    const pane = page.frameLocator('#pane1');
    await check('ribbon 评分面板 opens the task pane (CreateTaskPane) with the same React pane', async () => {
      await page.evaluate(() => window.OnAction({ Id: 'btnPane' }));
      await pane.getByRole('button', { name: '一键评分' }).waitFor({ timeout: 20000 });
    });

    await check('撤销评分 in the pane undoes the ribbon\'s write-back exactly', async () => {
      await pane.getByRole('button', { name: '撤销评分' }).click();
      await pane.getByText(/已撤销工作表/).waitFor({ timeout: 15000 });
      const sheet = await sheetNow();
      // A cleared cell may stay as an empty record in the fake; what it holds is what counts.
      const holds = (cell) => JSON.stringify(cell && Object.keys(cell).some((k) => k !== 'value' || cell.value !== null) ? cell : null);
      const changed = prepared.plan.changes.filter((c) => holds(sheet.cells[c.cell]) !== holds(original.cells[c.cell]));
      assert(changed.length === 0, `cells not restored: ${changed.map((c) => `${c.cell} ${JSON.stringify(sheet.cells[c.cell])} vs ${JSON.stringify(original.cells[c.cell])}`).slice(0, 3).join('; ')}`);
      const names = await page.evaluate(() => window.__ET__.model.sheets.map((s) => s.name));
      assert(!names.includes('_ziping_snapshot'), `snapshot sheet left: ${names}`);
    });

    await check('the pane scores the sheet (复核得分 96.2, 优) and 写回工作表 writes the same plan', async () => {
      await pane.getByRole('button', { name: '一键评分' }).click();
      await pane.getByTestId('grade').waitFor({ timeout: 15000 });
      assert((await pane.getByTestId('total').textContent()) === '96.2', 'total is not 96.2');
      assert((await pane.getByTestId('grade').textContent()) === '优', 'grade is not 优');
      await pane.getByRole('button', { name: '写回工作表' }).click();
      await pane.getByText(/已写回工作表/).waitFor({ timeout: 15000 });
      await expectPlanWritten();
    });

    await check('screenshot saved (docs/wps-taskpane.png)', async () => {
      await pane.locator('body').evaluate(() => window.scrollTo(0, 0));
      await page.locator('#pane1').screenshot({ path: join(OUT, 'wps-taskpane.png') });
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(join(OUT, 'wps-taskpane.png'), join(ROOT, 'docs', 'wps-taskpane.png'));
    });

    await check('no page errors, console errors or outside requests', async () => {
      assert(problems.length === 0, problems.slice(0, 5).join('\n'));
    });
  } finally {
    await browser.close();
    server.close();
  }
  finish();
}

main().catch((e) => {
  fail('runner crashed', e);
  finish();
});

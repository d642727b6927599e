#!/usr/bin/env node
/**
 * Browser test of the built task pane (npm run test:browser):
 * builds dist/ (npm run build), serves it on http://127.0.0.1:<free port>, opens taskpane.html in
 * headless Chromium with office.js answered by a bundle of the fake Office/Excel over
 * tests/fixtures/national-problems.xlsx, clicks 「一键评分」 and 「写回工作表」, and checks what the user
 * sees and what the workbook received. Screenshots: test-output/taskpane.png and docs/taskpane.png.
 * Prints "N passed, M failed" last; exits 1 on any failure.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, bundle, createChecks, launchChromium, serve } from './harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test-output');
const BUILD = join(OUT, 'browser-build');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'national-problems.xlsx');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const require = createRequire(import.meta.url);
const { check, fail, finish } = createChecks();

/** Bundles the fake Office for the browser and the preparation code for Node. */
const bundleTestCode = () =>
  bundle(ROOT, BUILD, [
    { name: 'fake-office', target: 'web', entry: 'tests/browser/fakeOfficeEntry.ts', file: 'fake-office.js' },
    { name: 'prepare', target: 'node', entry: 'tests/browser/prepareNode.ts', file: 'prepare.cjs' },
  ]);

async function main() {
  mkdirSync(OUT, { recursive: true });
  let prepared;
  await check('npm run build produces taskpane.html, commands.html, manifest.xml and icons', async () => {
    execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OFFICE_JS: '', ADDIN_URL: '' } });
    for (const f of ['taskpane.html', 'commands.html', 'manifest.xml', 'assets/icon-80.png']) {
      assert(existsSync(join(ROOT, 'dist', f)), `dist/${f} missing`);
    }
    const html = readFileSync(join(ROOT, 'dist', 'taskpane.html'), 'utf8');
    assert(html.includes(OFFICE_JS), 'taskpane.html does not load office.js from the CDN');
    assert(/Content-Security-Policy/.test(html) && !/unsafe-eval/.test(html), 'CSP missing or allows eval');
  });
  await check('the fake Office bundle and the fixture model are prepared', async () => {
    await bundleTestCode();
    prepared = await require(join(BUILD, 'prepare.cjs')).prepare(FIXTURE);
    assert(prepared.plan.changes.length > 0, 'the expected plan is empty');
  });
  if (!prepared || !existsSync(join(ROOT, 'dist', 'taskpane.html'))) return finish();

  const server = await serve(join(ROOT, 'dist'), 'taskpane.html');
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    const fakeOffice = readFileSync(join(BUILD, 'fake-office.js'), 'utf8');
    /** The saved document a page opens: the fixture, then whatever a "save and reopen" saved. */
    let documentJson = prepared.modelJson;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        const body = `window.__FAKE_WORKBOOK__ = ${JSON.stringify(documentJson)};\n${fakeOffice}`;
        return route.fulfill({ status: 200, contentType: 'text/javascript', body });
      }
      if (url.startsWith(base)) return route.continue();
      problems.push(`unexpected request: ${url}`);
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);

    await check('the pane renders in zh-CN after Office.onReady', async () => {
      await page.getByRole('button', { name: '一键评分' }).waitFor({ timeout: 15000 });
      await page.getByText(`点击「一键评分」复核当前工作表「${prepared.sheet}」`).waitFor();
    });

    await check('一键评分 shows 复核得分 96.2, 等级 优 and the findings with their cells', async () => {
      await page.getByRole('button', { name: '一键评分' }).click();
      await page.getByTestId('grade').waitFor({ timeout: 15000 });
      const total = await page.getByTestId('total').textContent();
      const grade = await page.getByTestId('grade').textContent();
      assert(total === '96.2', `复核得分 shows ${total}`);
      assert(grade === '优', `等级 shows ${grade}`);
      assert((await page.getByTestId('reported-total').textContent()) === '100', '自评得分 is not 100');
      const text = await page.locator('main').innerText();
      for (const code of ['SCORE_MISMATCH', 'SCORE_EXCEEDS_WEIGHT', 'TOTAL_DIFFERS', 'TARGET_MISSED']) {
        assert((await page.locator(`[data-code="${code}"]`).count()) > 0, `finding ${code} not shown`);
        assert(!text.includes(code), `the English code ${code} is shown to the clerk`);
      }
      const h20 = await page.locator('[data-code="SCORE_EXCEEDS_WEIGHT"]').innerText();
      assert(/H20\s+自评得分16分超过该指标分值15分/.test(h20), `the H20 finding reads ${h20}`);
      assert(text.includes('预算执行率 76.34%'), '预算执行率 not shown');
    });

    await check('clicking a finding selects its cell in the workbook', async () => {
      await page.locator('[data-code="SCORE_EXCEEDS_WEIGHT"] a, [data-code="SCORE_EXCEEDS_WEIGHT"] button').first().click();
      const selection = await page.evaluate(() => window.__FAKE__.model.selection);
      assert(selection && selection.address.replace(/^.*!/, '').replace(/\$/g, '') === 'H20', `selection is ${JSON.stringify(selection)}`);
    });

    await check('an indicator opens to its basis sentence', async () => {
      await page.getByRole('button', { name: /残疾人农村实用技术培训人数/ }).click();
      await page.getByText(/^依据：实际120人 < 指标值140人/).waitFor({ timeout: 5000 });
    });

    await check('screenshots saved (test-output/taskpane.png, docs/taskpane.png)', async () => {
      await page.screenshot({ path: join(OUT, 'taskpane.png'), fullPage: true });
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(join(OUT, 'taskpane.png'), join(ROOT, 'docs', 'taskpane.png'));
    });

    await check('写回工作表 writes the plan’s values, fills and notes into the workbook', async () => {
      await page.getByRole('button', { name: '写回工作表' }).click();
      await page.getByText(/已写回工作表/).waitFor({ timeout: 15000 });
      const sheet = await page.evaluate((name) => window.__FAKE__.model.sheets.find((s) => s.name === name), prepared.sheet);
      const wrong = [];
      for (const change of prepared.plan.changes) {
        const cell = sheet.cells[change.cell] ?? {};
        if (change.value !== undefined && cell.value !== change.value) wrong.push(`${change.cell} value ${JSON.stringify(cell.value)} ≠ ${JSON.stringify(change.value)}`);
        if (change.fill && String(cell.fill).toUpperCase() !== change.fill.toUpperCase()) wrong.push(`${change.cell} fill ${cell.fill} ≠ ${change.fill}`);
        if (change.note && !String(cell.note ?? '').includes(change.note)) wrong.push(`${change.cell} note lacks our text`);
      }
      assert(wrong.length === 0, wrong.slice(0, 5).join('; '));
      const grade = prepared.plan.changes.find((c) => c.kinds.includes('grade'));
      assert(grade && sheet.cells[grade.cell].value === '优', 'the grade cell does not hold 优');
    });

    await check('撤销评分 restores the sheet as it was', async () => {
      const original = JSON.parse(prepared.modelJson).sheets.find((s) => s.name === prepared.sheet);
      await page.getByRole('button', { name: '撤销评分' }).click();
      await page.getByText(/已撤销工作表/).waitFor({ timeout: 15000 });
      const sheet = await page.evaluate((name) => window.__FAKE__.model.sheets.find((s) => s.name === name), prepared.sheet);
      const changed = prepared.plan.changes.filter((c) => JSON.stringify(sheet.cells[c.cell] ?? null) !== JSON.stringify(original.cells[c.cell] ?? null));
      assert(changed.length === 0, `cells not restored: ${changed.map((c) => c.cell).join(', ')}`);
    });

    // ---- The clerk's day with pane and ribbon in two runtimes over one document (issue 16) ----
    const sheetNow = () => page.evaluate((name) => window.__FAKE__.model.sheets.find((s) => s.name === name), prepared.sheet);
    const original = JSON.parse(prepared.modelJson).sheets.find((s) => s.name === prepared.sheet);
    const edited = prepared.plan.changes.find((c) => c.kinds.includes('commentary') && c.value !== undefined)
      ?? prepared.plan.changes.find((c) => c.value !== undefined);
    const edit = { cell: edited.cell, text: '单位补填：因项目调整延期' };
    const expectedSheet = { ...original, cells: { ...original.cells, [edit.cell]: { value: edit.text } } };
    const sameAsEdited = async (what) => {
      const sheet = await sheetNow();
      assert(JSON.stringify(sheet) === JSON.stringify(expectedSheet), `${what}: the sheet differs from the original with the clerk's edit`);
      const names = await page.evaluate(() => window.__FAKE__.model.sheets.map((s) => s.name));
      assert(!names.includes('_ziping_snapshot'), `${what}: the snapshot sheet is still there`);
    };

    await check('a reason typed after scoring is not overwritten: 写回 refuses, re-scores, then writes around it', async () => {
      await page.getByRole('button', { name: '一键评分' }).click();
      await page.getByTestId('grade').waitFor({ timeout: 15000 });
      await page.evaluate(({ sheet, cell, text }) => {
        window.__FAKE__.model.sheets.find((s) => s.name === sheet).cells[cell] = { value: text };
      }, { sheet: prepared.sheet, ...edit });
      await page.getByRole('button', { name: '写回工作表' }).click();
      await page.getByText(/在评分后被修改过/).waitFor({ timeout: 15000 });
      assert((await sheetNow()).cells[edit.cell].value === edit.text, 'the refused write-back changed the edited cell');
      await page.getByRole('button', { name: '知道了' }).click();
      await page.getByRole('button', { name: '写回工作表' }).click();
      await page.getByText(/已写回工作表/).waitFor({ timeout: 15000 });
      assert((await sheetNow()).cells[edit.cell].value === edit.text, 'the write-back overwrote the clerk\'s reason');
    });

    await check('撤销评分 gives back the sheet with the clerk\'s edit, and deletes the snapshot sheet', async () => {
      await page.getByRole('button', { name: '撤销评分' }).click();
      await page.getByText(/已撤销工作表/).waitFor({ timeout: 15000 });
      await sameAsEdited('after undo');
    });

    await check('write back, save and reopen, 撤销评分 again: the same sheet', async () => {
      await page.getByRole('button', { name: '写回工作表' }).click();
      await page.getByText(/已写回工作表/).waitFor({ timeout: 15000 });
      documentJson = await page.evaluate(() => JSON.stringify(window.__FAKE__.model)); // save
      await page.goto(`${base}/taskpane.html`); // reopen: a new runtime over the saved document
      const undo = page.getByRole('button', { name: '撤销评分' });
      await undo.waitFor({ timeout: 15000 });
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '撤销评分' && !b.disabled), null, { timeout: 15000 });
      await undo.click();
      await page.getByText(/已撤销工作表/).waitFor({ timeout: 15000 });
      await sameAsEdited('after reopen and undo');
    });

    await check('a settings change in the pane, then the ribbon (its own runtime): both kept, the open pane shows the result without focus', async () => {
      await page.getByRole('button', { name: '评分设置' }).click();
      await page.getByRole('switch', { name: '覆盖原得分' }).click();
      await page.waitForFunction(() => window.__FAKE__.model.settings['ziping.settings']?.plan?.overwriteScores === true, null, { timeout: 15000 });
      // The ribbon's commands.html in a frame: a second runtime with its own settings copy, same document.
      await page.evaluate((src) => new Promise((done) => {
        const frame = document.createElement('iframe');
        frame.id = 'ribbon';
        frame.style.display = 'none';
        frame.onload = () => done();
        frame.src = src;
        document.body.appendChild(frame);
      }), `${base}/commands.html`);
      const ribbon = page.frame({ url: /commands\.html/ });
      await ribbon.waitForFunction(() => typeof window.__ACTIONS__?.scoreActiveSheet === 'function', null, { timeout: 15000 });
      const completed = ribbon.evaluate(() => new Promise((done) => window.__ACTIONS__.scoreActiveSheet({ completed: () => done(true) })));
      await ribbon.waitForFunction(() => window.__FAKE__.dialogs.length === 1, null, { timeout: 15000 });
      const dialog = await ribbon.evaluate(() => window.__FAKE__.dialogs[0].url);
      const message = new URL(dialog).searchParams.get('m');
      assert(/复核得分 96\.2，等级「优」，发现 \d+ 个问题。$/.test(message), `the dialog says: ${message}`);
      await ribbon.evaluate(() => window.__FAKE__.answerDialog());
      await completed;
      const settings = await page.evaluate(() => window.__FAKE__.model.settings);
      assert(settings['ziping.settings']?.plan?.overwriteScores === true, 'the ribbon erased the pane\'s settings');
      assert(settings['ziping.lastResult']?.grade === '优', `last result ${JSON.stringify(settings['ziping.lastResult'])}`);
      // The pane, never refocused, shows the ribbon's result with its time, and 撤销评分 is enabled again.
      await page.getByText(/上次功能区评分（\d+月\d+日 \d\d:\d\d）：工作表「.*」复核得分 96\.2/).waitFor({ timeout: 15000 });
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '撤销评分' && !b.disabled), null, { timeout: 15000 });
      assert((await page.getByText(/已撤销工作表/).count()) === 0, 'the pane still says the sheet was undone after the ribbon wrote it');
      // The pane changes another setting from its older copy: the ribbon's result must survive.
      await page.getByRole('switch', { name: '标注问题单元格' }).click();
      await page.waitForFunction(() => window.__FAKE__.model.settings['ziping.settings']?.plan?.markCells === false, null, { timeout: 15000 });
      const after = await page.evaluate(() => window.__FAKE__.model.settings);
      assert(after['ziping.lastResult']?.grade === '优', 'the pane\'s settings save erased the ribbon\'s last result');
    });

    await check('the document ends exactly as one Node run of the same day predicts', async () => {
      const expected = await require(join(BUILD, 'prepare.cjs')).expectedAfterRibbon(prepared.modelJson, prepared.sheet, edit, {
        overwriteScores: true, writeCommentary: true, markCells: true, reviewSheet: true,
      });
      const actual = await page.evaluate(() => JSON.stringify(window.__FAKE__.model.sheets));
      assert(actual === expected, 'the workbook differs from the expected end state');
      await page.screenshot({ path: join(OUT, 'taskpane-day.png'), fullPage: true });
    });

    await check('no page errors, console errors, CSP violations or outside requests', async () => {
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

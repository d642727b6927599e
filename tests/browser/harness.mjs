/**
 * What the browser tests share: check/assert with a closing "N passed, M failed" line, a webpack
 * bundle of test code, a static server on a free loopback port, and headless Chromium.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function createChecks() {
  const results = [];
  return {
    async check(name, fn) {
      try {
        await fn();
        results.push({ name, ok: true });
        console.log(`✓ ${name}`);
      } catch (e) {
        results.push({ name, ok: false });
        console.log(`✗ ${name}\n    ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 4).join('\n    ')}`);
      }
    },
    fail(name, e) {
      console.log(`✗ ${name}: ${e && e.stack ? e.stack : e}`);
      results.push({ name, ok: false });
    },
    finish() {
      const failed = results.filter((r) => !r.ok).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      process.exit(failed > 0 || results.length === 0 ? 1 : 0);
    },
  };
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Bundles TypeScript entries with webpack: `configs` give name, target, entry, output file. */
export async function bundle(root, outDir, entries) {
  const webpack = require('webpack');
  const { TS_RULE } = require(join(root, 'webpack.config.js'));
  const common = { mode: 'development', devtool: false, resolve: { extensions: ['.ts', '.tsx', '.js'] }, module: { rules: [TS_RULE] } };
  const configs = entries.map((e) =>
    e.target === 'node'
      ? { ...common, name: e.name, target: 'node', entry: join(root, e.entry), externals: { exceljs: 'commonjs exceljs' },
          output: { path: outDir, filename: e.file, library: { type: 'commonjs2' } } }
      : { ...common, name: e.name, target: 'web', entry: join(root, e.entry), output: { path: outDir, filename: e.file } },
  );
  await new Promise((ok, fail) =>
    webpack(configs, (err, stats) => {
      if (err) return fail(err);
      if (stats.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      ok();
    }),
  );
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };

/** A tiny static server for `dir` on a free loopback port. */
export function serve(dir, index = 'index.html') {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, path || index);
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The webpack config's promises about the manifest and office.js: production rewrites every dev URL to
 * $ADDIN_URL, the local office.js switch copies the loader with its host scripts, and no eval source maps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => Record<string, any>;

interface CopyPattern {
  from: string;
  to: string;
  context?: string;
  transform?: (content: Buffer) => string | Buffer;
}

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function copyPatterns(config: Record<string, any>): CopyPattern[] {
  const copy = config.plugins.find((p: object) => p.constructor.name === 'CopyPlugin');
  return copy.patterns as CopyPattern[];
}

function htmlOptions(config: Record<string, any>, filename: string): Record<string, string> {
  return config.plugins.find((p: any) => p.constructor.name === 'HtmlWebpackPlugin' && p.userOptions.filename === filename)
    .userOptions;
}

const manifest = readFileSync(join(ROOT, 'manifest.xml'));

test('production rewrites every https://localhost:3000/ in the manifest to ADDIN_URL', () => {
  const config = withEnv({ ADDIN_URL: 'https://pj.czj.example.gov.cn/ziping', OFFICE_JS: undefined }, () =>
    makeConfig({}, { mode: 'production' }),
  );
  const pattern = copyPatterns(config).find((p) => p.from === 'manifest.xml') as CopyPattern;
  const out = String(pattern.transform?.(manifest));
  expect(out).not.toContain('localhost');
  const count = (s: string, needle: string) => s.split(needle).length - 1;
  expect(count(out, 'https://pj.czj.example.gov.cn/ziping/')).toBe(count(manifest.toString(), 'https://localhost:3000/'));
  expect(out).toContain('<AppDomain>https://pj.czj.example.gov.cn</AppDomain>');
  expect(out).toContain('<SourceLocation DefaultValue="https://pj.czj.example.gov.cn/ziping/taskpane.html"/>');
  expect(config.devtool).toBe(false);
});

test('development keeps the dev URLs, uses non-eval source maps and the CDN office.js', () => {
  const config = withEnv({ ADDIN_URL: 'https://elsewhere.example/', OFFICE_JS: undefined }, () =>
    makeConfig({}, { mode: 'development' }),
  );
  const pattern = copyPatterns(config).find((p) => p.from === 'manifest.xml') as CopyPattern;
  expect(String(pattern.transform?.(manifest))).toBe(manifest.toString());
  expect(config.devtool).toBe('source-map');
  const opts = htmlOptions(config, 'taskpane.html');
  expect(opts.officeJsUrl).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(opts.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(opts.csp).not.toMatch(/unsafe-eval/);
});

test('OFFICE_JS=local serves office.js and its host scripts from dist/office-js with a self-only CSP', () => {
  const config = withEnv({ OFFICE_JS: 'local', ADDIN_URL: undefined }, () => makeConfig({}, { mode: 'production' }));
  const local = copyPatterns(config).filter((p) => p.to.startsWith('office-js/'));
  expect(local.map((p) => p.from)).toEqual(expect.arrayContaining(['office.js', 'excel-*.js', '*/office_strings.js']));
  expect(local.every((p) => p.context?.endsWith(join('@microsoft', 'office-js', 'dist')))).toBe(true);
  for (const name of ['taskpane.html', 'commands.html']) {
    const opts = htmlOptions(config, name);
    expect(opts.officeJsUrl).toBe('office-js/office.js');
    expect(opts.csp).toContain("script-src 'self';");
  }
});

test('a non-https ADDIN_URL is refused', () => {
  expect(() => withEnv({ ADDIN_URL: 'http://intranet/ziping/' }, () => makeConfig({}, { mode: 'production' }))).toThrow(
    /https/,
  );
});

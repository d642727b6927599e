/**
 * Builds the Excel add-in: the task pane (React) and the ribbon command page, plus assets and manifest.
 *
 *   npm run build              production bundle in dist/ (manifest URLs → $ADDIN_URL)
 *   npm run dev-server         https://localhost:3000 with the office-addin-dev-certs certificates
 *   OFFICE_JS=local npm run build
 *                              serves office.js from dist/office-js/ instead of Microsoft's CDN, for
 *                              intranets that cannot reach appsforoffice.microsoft.com
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const CDN_OFFICE_JS = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/**
 * office.js is a loader: it fetches the host script (excel-win32-16.01.js, excel-web-16.00.js, …),
 * the locale's office_strings.js, the file-mapping table and telemetry next to itself.
 * These are the files a local copy needs (the .debug.js twins and other Office apps are left out).
 */
const LOCAL_OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'excelios-*.js',
  '*/office_strings.js',
  'telemetry/oteljs_agave*.js', // a glob, so the folder is kept
];

/** Reads the certificates `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file('localhost.key')) || !fs.existsSync(file('localhost.crt'))) {
    throw new Error(`找不到开发证书 ${dir}/localhost.{key,crt}：请先运行 npx office-addin-dev-certs install。`);
  }
  return {
    key: fs.readFileSync(file('localhost.key')),
    cert: fs.readFileSync(file('localhost.crt')),
    ca: fs.existsSync(file('ca.crt')) ? fs.readFileSync(file('ca.crt')) : undefined,
  };
}

/** Scripts only from our own origin (and the Office CDN unless office.js is local); Griffel needs inline styles. */
function contentSecurityPolicy({ localOfficeJs, dev }) {
  const scripts = localOfficeJs ? "'self'" : `'self' ${CDN_ORIGIN}`;
  const connect = dev ? "'self' wss://localhost:3000 ws://localhost:3000" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** TypeScript through ts-loader, shared by every bundle of the project (add-in, WPS add-in, browser tests). */
const TS_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    // esnext modules let webpack tree-shake Fluent UI (commonjs gives a 17 MB bundle).
    options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } },
  },
};

function deployedUrl(production) {
  const url = process.env.ADDIN_URL;
  if (!production || !url) return null;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL 必须以 https:// 开头：${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Dev URLs → the deployed URL; the AppDomain (an origin, no path) → the deployed origin. */
function productionManifest(xml, addinUrl) {
  return xml.split(DEV_URL).join(addinUrl).split(DEV_URL.slice(0, -1)).join(new URL(addinUrl).origin);
}

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const addinUrl = deployedUrl(!dev);
  const officeJsUrl = localOfficeJs ? 'office-js/office.js' : CDN_OFFICE_JS;
  const csp = contentSecurityPolicy({ localOfficeJs, dev });
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: '[name][ext]',
      transform: (content) => (addinUrl ? productionManifest(content.toString(), addinUrl) : content),
    },
  ];
  if (localOfficeJs) {
    for (const pattern of LOCAL_OFFICE_JS_FILES) {
      // Already minified by Microsoft; `minimized` keeps Terser from re-minifying 20 MB (3 minutes).
      copies.push({
        from: pattern,
        context: OFFICE_JS_DIST,
        to: 'office-js/[path][name][ext]',
        globOptions: { ignore: ['**/*.debug.js'] },
        info: { minimized: true },
      });
    }
  }

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the pane's CSP forbids eval.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      result: './src/commands/result.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        TS_RULE,
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJsUrl,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJsUrl,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'result.html',
        template: './src/commands/result.html',
        chunks: ['result'],
        officeJsUrl,
        csp,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: devCertificates() },
          static: false,
        }
      : undefined,
  };
};

module.exports.TS_RULE = TS_RULE;

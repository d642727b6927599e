/**
 * Bundles the compiled CLI (build/cli, from `tsc -p tsconfig.cli.json`) with its runtime dependencies
 * (ExcelJS, commander, cli-progress) into release/: ziping.js and the worker scoreWorker.js beside it.
 * A packed release then needs Node 20 and nothing else: no npm registry on the intranet PC.
 */
const path = require('node:path');
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: {
    ziping: './build/cli/entry.js',
    // scoreBatch looks for scoreWorker.js beside itself (__dirname), which is this folder in the bundle.
    scoreWorker: './build/cli/scoreWorker.js',
  },
  output: {
    path: path.join(__dirname, 'release'),
    filename: '[name].js',
    clean: true,
  },
  // Keep __dirname the bundle's own folder at run time (webpack would otherwise replace it with "/").
  node: { __dirname: false, __filename: false },
  // Code both entries use (the core, ExcelJS) goes once into shared.js. Not minified: the build stays a
  // few seconds and a stack trace stays readable; the packed tarball is compressed anyway.
  optimization: {
    minimize: false,
    chunkIds: 'named',
    splitChunks: { chunks: 'all', cacheGroups: { default: false, defaultVendors: false, shared: { name: 'shared', minChunks: 2, enforce: true, reuseExistingChunk: true } } },
  },
  plugins: [
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, include: /ziping\.js$/ }),
  ],
  performance: { hints: false },
  stats: 'errors-warnings',
};

#!/usr/bin/env node
'use strict';
// Launcher: the TypeScript CLI is compiled to build/ by `npm install` (the prepare script).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('ziping 尚未编译：请先在项目目录运行 npm install（或 npm run build:cli）。\n');
  process.exit(2);
}
require(entry).main(process.argv).then((code) => { process.exitCode = code; });

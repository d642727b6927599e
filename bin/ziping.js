#!/usr/bin/env node
'use strict';
// Launcher: runs the bundled CLI in release/ (built by `npm run build:cli`; shipped inside the packed tarball).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'release', 'ziping.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'ziping 尚未编译：请在项目目录运行 npm install（含开发依赖）或 npm run build:cli；\n' +
      '内网电脑请安装打包好的发布包：npm install -g ziping-<版本>.tgz（见 README「内网安装」）。\n',
  );
  process.exit(2);
}
require(entry);

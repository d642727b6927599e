/**
 * Builds the WPS 表格 add-in (`npm run build:wps`): an offline-deployable folder for WPS's jsaddons.
 *
 *   dist-wps/ziping_<version>/   the add-in: index.html (ribbon callbacks), ribbon.xml, taskpane.html, icons
 *   dist-wps/publish.xml         the jsaddons registry entry that points WPS at that folder
 *   dist-wps/jsplugins.xml       the same add-in served from an intranet web server (online mode)
 *   dist-wps/install-windows.bat / install-linux.sh   copy both into the user's jsaddons folder
 *
 * No office.js and no network: the pages load only their own scripts.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { version } = require('./package.json');
const { TS_RULE } = require('./webpack.config.js');

const NAME = 'ziping';
const FOLDER = `${NAME}_${version}`;
const WPS_URL = process.env.WPS_ADDIN_URL || 'http://内网服务器/ziping-wps/';

const publishXml = () => `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${version}"/>
</jsplugins>
`;

const jspluginsXml = () => `<?xml version="1.0" encoding="UTF-8"?>
<!-- 在线模式示例：把 ${FOLDER}/ 的内容放到内网网站 ${WPS_URL}，再把本文件放到 jsaddons 目录（或由 IT 统一下发）。 -->
<jsplugins>
  <jspluginonline name="${NAME}" type="et" url="${WPS_URL}"/>
</jsplugins>
`;

const installWindows = () => `@echo off
chcp 65001 >nul
rem 自评表评分助手（WPS 加载项）离线安装：复制到当前用户的 jsaddons 目录，然后重启 WPS。
set "target=%APPDATA%\\kingsoft\\wps\\jsaddons"
if not exist "%target%" mkdir "%target%"
xcopy /E /I /Y "%~dp0${FOLDER}" "%target%\\${FOLDER}" >nul
copy /Y "%~dp0publish.xml" "%target%\\publish.xml" >nul
echo 已安装到 %target%\\${FOLDER}。请重启 WPS 表格，在「自评表评分」选项卡中使用。
pause
`.replace(/\n/g, '\r\n');

const installLinux = () => `#!/bin/sh
# 自评表评分助手（WPS 加载项）离线安装（统信UOS、麒麟等）：复制到当前用户的 jsaddons 目录，然后重启 WPS。
set -e
here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$target"
rm -rf "$target/${FOLDER}"
cp -R "$here/${FOLDER}" "$target/${FOLDER}"
cp "$here/publish.xml" "$target/publish.xml"
echo "已安装到 $target/${FOLDER}。请重启 WPS 表格（必要时先运行 quickstartoffice restart），在「自评表评分」选项卡中使用。"
`;

const emit = (name, content) => ({ from: 'package.json', to: name, transform: () => content(), force: true });

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false, // never eval-based maps
    entry: {
      ribbon: './src/wps/ribbon.ts',
      taskpane: './src/wps/taskpane.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist-wps'),
      filename: `${FOLDER}/[name].[contenthash:8].js`,
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [TS_RULE],
    },
    plugins: [
      // WPS calls the ribbon callbacks as soon as index.html has loaded: the script is blocking, in <head>.
      new HtmlWebpackPlugin({ filename: `${FOLDER}/index.html`, template: './src/wps/index.html', chunks: ['ribbon'], inject: 'head', scriptLoading: 'blocking' }),
      new HtmlWebpackPlugin({ filename: `${FOLDER}/taskpane.html`, template: './src/wps/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: `${FOLDER}/ribbon.xml` },
          { from: 'assets/*.png', to: `${FOLDER}/assets/[name][ext]` },
          emit('publish.xml', publishXml),
          emit('jsplugins.xml', jspluginsXml),
          emit('install-windows.bat', installWindows),
          emit('install-linux.sh', installLinux),
        ],
      }),
    ],
    performance: { hints: false },
  };
};

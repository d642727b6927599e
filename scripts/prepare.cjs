/**
 * `npm install` in a clone builds the CLI bundle (release/) when the build tools are installed. With
 * `npm install --omit=dev` they are not: the install still succeeds and says where a ready build comes from.
 */
const { execSync } = require('node:child_process');

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

if (installed('typescript') && installed('webpack') && installed('webpack-cli')) {
  execSync('npm run build:cli', { stdio: 'inherit' });
} else {
  process.stdout.write('ziping：未安装开发依赖，跳过编译。命令行请用打包好的发布包（npm pack 生成的 ziping-<版本>.tgz）安装。\n');
}

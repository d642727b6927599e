/**
 * Lets the bench `require()` TypeScript sources (src/hosts/excel, tests/fakes) without a build step:
 * each .ts file is transpiled on load with the project's compiler (no type check — `npm run typecheck`
 * does that), as ts-jest does with isolatedModules.
 */
'use strict';
const fs = require('fs');
const ts = require('typescript');

const OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  isolatedModules: true,
};

for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions: OPTIONS, fileName: filename });
    module._compile(outputText, filename);
  };
}

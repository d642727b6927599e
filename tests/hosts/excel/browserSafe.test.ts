/** The fake is bundled into a browser page: nothing in tests/fakes/fakeExcel may import Node or ExcelJS. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fakes/fakeExcel');

describe('fake Excel host is browser-safe', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s imports no Node module or ExcelJS', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec).toMatch(/^\.\.?\//); // relative only: own files and src/core
    expect(imports.filter((s) => s.includes('src/') && !s.includes('src/core/'))).toEqual([]);
    expect(source).not.toMatch(/\brequire\(|process\.|Buffer\b/);
  });
});

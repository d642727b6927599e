/**
 * Acceptance: the published-table fixtures (copied from ../shared/fixtures) score as expected.json says,
 * through the CLI's JSON. When ../shared exists, its own check runs against the compiled CLI too.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../cli/run';
import { FIXTURES_DIR, SHARED_DIR, hasShared } from '../helpers/fixtures';

interface Expected {
  sheet: string;
  kind: string;
  indicators: number | null;
  total?: number | null;
  grade?: string | null;
  reportedTotal?: number | null;
  has?: string[];
  lacks?: string[];
}

const expected: Record<string, Expected[]> = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'expected.json'), 'utf8'));
const near = (a: number | null, b: number | null | undefined) => (a === null || b === null || b === undefined ? a === (b ?? null) : Math.abs(a - b) <= 0.05);

describe('fixtures score as expected.json says', () => {
  let report: { files: Array<{ file: string; error: string | null; tables: Array<Record<string, unknown> & { findings: Array<{ code: string }> }> }> };
  beforeAll(async () => {
    const files = Object.keys(expected).map((f) => path.join(FIXTURES_DIR, f));
    report = JSON.parse((await runCli('score', ...files, '--json')).stdout);
  });

  for (const [file, tables] of Object.entries(expected)) {
    tables.forEach((exp, i) => {
      it(`${file} table ${i + 1} (${exp.sheet})`, () => {
        const got = report.files.find((f) => path.basename(f.file) === file)!;
        expect(got.error).toBeNull();
        const t = got.tables[i];
        expect(t).toMatchObject({ sheet: exp.sheet, kind: exp.kind });
        const indicators = t.indicators as Array<{ type: string }>;
        if (exp.indicators !== null) expect(indicators.filter((x) => x.type !== 'not-applicable')).toHaveLength(exp.indicators);
        if ('total' in exp) expect(near(t.total as number | null, exp.total)).toBe(true);
        if ('grade' in exp) expect(t.grade ?? null).toBe(exp.grade);
        if ('reportedTotal' in exp) expect(near(t.reportedTotal as number | null, exp.reportedTotal)).toBe(true);
        const codes = new Set(t.findings.map((f) => f.code));
        for (const c of exp.has ?? []) expect([...codes]).toContain(c);
        for (const c of exp.lacks ?? []) expect([...codes]).not.toContain(c);
      });
    });
  }
});

(hasShared() ? describe : describe.skip)('../shared acceptance check', () => {
  it('node ../shared/tools/check-fixtures.mjs reports 0 failed', () => {
    const root = path.join(__dirname, '..', '..');
    let out: string;
    try {
      out = execFileSync('node', [path.join(SHARED_DIR, 'tools', 'check-fixtures.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toMatch(/\b\d+ passed, 0 failed/);
  }, 120000);
});

/** SPEC §6.2: a ziping copy found in a folder of submissions is not scored; named on its own, it is (a resubmission). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OWN_COPY_SKIPPED } from '../../src/cli/scoreFile';
import { fixture } from '../helpers/fixtures';
import { runCli } from './run';

jest.setTimeout(120_000);

describe('ziping copies among submissions', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-own-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips a copy found by a folder scan, with its reason, and scores it when named explicitly', async () => {
    const first = path.join(dir, 'first');
    expect((await runCli('score', fixture('national-problems.xlsx'), '--json', '--out', first)).code).toBe(0);
    const submissions = path.join(dir, '报送');
    fs.mkdirSync(submissions);
    fs.copyFileSync(fixture('national-kunming-2022.xlsx'), path.join(submissions, '单位甲.xlsx'));
    fs.copyFileSync(path.join(first, 'national-problems.xlsx'), path.join(submissions, '旧副本.xlsx'));

    const scan = JSON.parse((await runCli('score', submissions, '--json')).stdout);
    const unit = scan.files.find((f: { file: string }) => f.file.endsWith('单位甲.xlsx'));
    const copy = scan.files.find((f: { file: string }) => f.file.endsWith('旧副本.xlsx'));
    expect(unit.tables).toHaveLength(1);
    expect(copy).toMatchObject({ error: null, tables: [], skippedSheets: [{ sheet: '', reason: OWN_COPY_SKIPPED, severity: 'info' }] });

    const named = JSON.parse((await runCli('score', path.join(submissions, '旧副本.xlsx'), '--json')).stdout);
    expect(named.files[0].tables).toHaveLength(1);
    expect(named.files[0].tables[0].total).toBe(96.2); // read as the unit sent it: ziping's own marks reverted
  });
});

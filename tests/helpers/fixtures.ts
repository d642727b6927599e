/** Paths to the fixture workbooks copied into the repo (the suite must pass without ../shared). */
import * as path from 'path';
import * as fs from 'fs';

export const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures');
export const fixture = (name: string) => path.join(FIXTURES_DIR, name);
export const SHARED_DIR = path.join(__dirname, '..', '..', '..', 'shared');
export const hasShared = () => fs.existsSync(path.join(SHARED_DIR, 'tools', 'check-fixtures.mjs'));
export const fixtureNames = () => fs.readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.xlsx')).sort();

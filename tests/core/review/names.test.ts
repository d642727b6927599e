import { reviewSheetName } from '../../../src/core/review/names';

describe('reviewSheetName', () => {
  it('prefixes 复核表- and keeps short names whole', () => {
    expect(reviewSheetName('2023自评', ['说明', '2023自评'])).toBe('复核表-2023自评');
  });

  it("shortens to Excel's 31 characters", () => {
    const long = '某某县残疾人联合会2023年度残疾人事业综合经费项目支出绩效自评表';
    const name = reviewSheetName(long, [long]);
    expect([...name]).toHaveLength(31);
    expect(name).toBe(`复核表-${[...long].slice(0, 27).join('')}`);
  });

  it('stays unique against the unit sheets (case-insensitively) and against the other 复核表', () => {
    const a = '某某县残疾人联合会2023年度残疾人事业综合经费项目支出绩效自评表A';
    const b = '某某县残疾人联合会2023年度残疾人事业综合经费项目支出绩效自评表B';
    const names = [a, b, '复核表-SHEET1', 'sheet1'];
    const nameA = reviewSheetName(a, names);
    const nameB = reviewSheetName(b, names);
    expect(nameA).not.toBe(nameB);
    expect(nameB.endsWith('(2)')).toBe(true);
    expect([...nameB]).toHaveLength(31);
    // The unit already has a sheet called 复核表-SHEET1: ours may not take its name.
    expect(reviewSheetName('sheet1', names)).toBe('复核表-sheet1(2)');
    // Planned in any order, each sheet gets the same name.
    expect(reviewSheetName(b, names)).toBe(nameB);
  });

  it('never ends a name with an apostrophe', () => {
    const name = reviewSheetName(`${'x'.repeat(26)}'y`, []);
    expect(name.endsWith("'")).toBe(false);
  });
});

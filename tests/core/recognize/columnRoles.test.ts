/** SPEC §1.3: a column's role is decided by what its header says, not by a list of exact spellings. */
import fc from 'fast-check';
import { recognizeTables } from '../../../src/core/recognize';
import { indicatorRole, budgetRole } from '../../../src/core/recognize/headers';
import { describeTable } from './describe';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';

/** Headers as published tables word them, and the role each must get (null: no role, kept as ignored). */
const HEADERS: Array<[string, string | null]> = [
  ['一级指标', 'level1'],
  ['一级指标（分值）', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'name'],
  ['三级指标（指标内容）', 'name'],
  ['指标名称', 'name'],
  ['绩效指标名称', 'name'],
  ['指标内容', 'name'],
  ['具体指标内容', 'name'],
  ['年度指标值', 'target'],
  ['年度指标值(A)', 'target'],
  ['年初目标值', 'target'],
  ['年初指标值', 'target'],
  ['全年指标值', 'target'],
  ['目标值', 'target'],
  ['指标值', 'target'],
  ['预期指标值(A)', 'target'],
  ['年度目标值（A）', 'target'],
  ['计划值', 'target'],
  ['预期值', 'target'],
  ['年度计划值', 'target'],
  ['调整指标值', 'targetAdjusted'],
  ['调整后指标值', 'targetAdjusted'],
  ['调整后目标值', 'targetAdjusted'],
  ['实际完成值', 'actual'],
  ['实际完成值（B）', 'actual'],
  ['实际完成指标值(B)', 'actual'],
  ['全年实际完成数', 'actual'],
  ['全年实际值', 'actual'],
  ['全年完成值', 'actual'],
  ['实际值', 'actual'],
  ['完成值', 'actual'],
  ['实际完成情况', 'actual'],
  ['实际完成情况值', 'actual'],
  ['全年完成情况', 'actual'],
  ['实际完成数', 'actual'],
  ['实际完成', 'actual'],
  ['年度指标完成值', 'actual'],
  ['完成结果', 'actual'],
  ['完成率', 'actual'], // weak: only when no other column is the actual (see below)
  ['分值', 'weight'],
  ['分值（100分）', 'weight'],
  ['权重', 'weight'],
  ['指标权重', 'weight'],
  ['指标分值', 'weight'],
  ['满分', 'weight'],
  ['标准分', 'weight'],
  ['权重（%）', 'weight'],
  ['得分', 'score'],
  ['自评得分', 'score'],
  ['指标得分', 'score'],
  ['自评分', 'score'],
  ['评分', 'score'],
  ['得分（100分）', 'score'],
  ['偏差原因分析及改进措施', 'reason'],
  ['偏差原因', 'reason'],
  ['偏差原因分析', 'reason'],
  ['未完成原因及拟采取的改进措施', 'reason'],
  ['未完成原因分析', 'reason'],
  ['偏差原因及改进措施', 'reason'],
  ['情况说明', 'reason'],
  ['改进措施', 'measures'],
  ['指标性质', 'nature'],
  ['度量单位', 'unit'],
  ['计量单位', 'unit'],
  ['得分系数(%)', 'coefficient'],
  ['是否核心指标', 'core'],
  // Exclusions: their own roles, or ignored.
  ['得分率', null],
  ['得分计算方法', null],
  ['评分标准', null],
  ['评分依据', null],
  ['偏差率', null],
  ['备注', null],
  ['佐证材料', null],
  ['序号', null],
  ['绩效指标', null],
  ['年度绩效目标', null],
  ['预期目标', null],
  ['指标', null], // alone it names the 三级指标 column only after 二级指标 (see below)
  ['产出指标', null],
  ['≥2800人', null],
  ['托养服务人数', null],
];

describe('header grammar: role by meaning (SPEC §1.3 table)', () => {
  it('covers at least 60 real-looking headers', () => expect(HEADERS.length).toBeGreaterThanOrEqual(60));

  it.each(HEADERS)('%s → %s', (text, role) => {
    expect(indicatorRole(text)).toBe(role);
  });

  it.each([
    ['年初预算数', 'planned'],
    ['年初预算数（万元）', 'planned'],
    ['全年预算数(A)', 'adjusted'],
    ['预算数（A）', 'adjusted'],
    ['调整后预算数', 'adjusted'],
    ['全年执行数（B）', 'executed'],
    ['实际执行数', 'executed'],
    ['执行率（B/A）', 'rate'],
    ['预算执行率', 'rate'],
    ['执行率权重', 'weight'],
    ['执行率得分', 'score'],
    ['得分（20分×执行率）', 'score'],
    ['预算安排数', 'adjusted'],
    ['决算数', 'executed'],
    ['实际拨付数', 'executed'],
    ['预算执行情况（20分）', null],
    ['年度资金总额', null],
  ])('资金 header %s → %s', (text, role) => {
    expect(budgetRole(text)).toBe(role);
  });
});

const ROWS: CellInput[][] = [
  ['产出指标', '数量指标', '培训人数', '≥100人', '120人', '100%', 60, 60, null],
  ['效益指标', '社会效益指标', '受益人数', '≥50人', '50人', '100%', 40, 40, null],
  ['总分', null, null, null, null, null, 100, 100],
];
const columnsOf = (header: CellInput[], rows = ROWS) => describeTable(recognizeTables(gridOf([header, ...rows]))[0]).columns;

describe('exclusions beside a real column', () => {
  it('完成率 beside 实际完成值 is ignored, in either order', () => {
    expect(columnsOf(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '完成率', '分值', '得分'])).toMatchObject({ actual: 'E' });
    expect(columnsOf(['一级指标', '二级指标', '三级指标', '年度指标值', '完成率', '实际完成值', '分值', '得分'])).toMatchObject({ actual: 'F' });
  });

  it('完成率 alone is the actual', () => {
    expect(columnsOf(['一级指标', '二级指标', '三级指标', '年度指标值', '完成率', '备注', '分值', '得分'])).toMatchObject({ target: 'D', actual: 'E' });
  });

  it('得分率, 得分计算方法, 评分标准 and 得分系数 never take the score', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分率', '分值', '得分', '得分计算方法'];
    expect(columnsOf(header)).toEqual({ level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'G', score: 'H' });
    const other = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分系数', '得分'];
    expect(columnsOf(other)).toEqual({ level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'G', coefficient: 'H', score: 'I' });
  });

  it('a second score column (复核得分) does not split the header: the unit’s own 得分 is the score', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分', '复核得分', '偏差原因'];
    expect(columnsOf(header)).toEqual({ level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', reason: 'I' });
  });

  it.each(['指标', '具体指标', '考核指标'])('%s after 二级指标 is the 三级指标 column', (text) => {
    expect(columnsOf(['一级指标', '二级指标', text, '指标值', '实际值', '分值', '得分'])).toMatchObject({ level2: 'B', name: 'C', target: 'D', actual: 'E' });
  });

  it('a 序号 column and no level columns: 指标名称 · 指标值 · 实际完成值 · 权重, closed by 合计', () => {
    const rows: CellInput[][] = [[1, '培训人数', '≥100人', '120人', 50, 50], [2, '培训对象满意度', '≥90%', '95%', 50, 50], ['合计', null, null, null, 100, 100]];
    const [table] = recognizeTables(gridOf([['序号', '指标名称', '指标值', '实际完成值', '权重', '得分', '备注'], ...rows]));
    expect(describeTable(table)).toMatchObject({
      columns: { name: 'B', target: 'C', actual: 'D', weight: 'E', score: 'F' },
      applicableCount: 2,
      total: { labelCell: 'A4', weight: 'E4', score: 'F4' },
    });
  });

  it('调整后指标值 alone is the target', () => {
    expect(columnsOf(['一级指标', '二级指标', '三级指标', '调整后指标值', '实际完成值', '分值', '得分'])).toMatchObject({ target: 'D', actual: 'E' });
  });
});

describe('the kind of headers real units write (issue 8)', () => {
  it('combined and decorated words are read: 预期指标值(A) · 实际完成指标值(B) · 全年实际完成数 · 自评分', () => {
    const header = ['一级指标', '二级指标', '三级指标', '预期指标值(A)', '实际完成指标值(B)', '分值（100分）', '自评分', '偏差原因分析'];
    expect(columnsOf(header)).toEqual({ level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', reason: 'H' });
    const other = ['一级指标', '二级指标', '三级指标', '年度目标值（A）', '全年实际完成数', '分值', '得分'];
    expect(columnsOf(other)).toMatchObject({ target: 'D', actual: 'E' });
    expect(columnsOf(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成情况值', '分值', '得分'])).toMatchObject({ actual: 'E' });
  });
});

/** Decorations a clerk adds to a header: suffixes, spaces and line feeds anywhere, full-width brackets. */
const decoration = fc.constantFrom('(A)', '（B）', '(50分)', '（100分）', '(B/A)', '（%）', ' ', '　', '\n', '（单位：万元）');
function decorate(text: string, picks: Array<{ at: number; what: string; space: string }>): string {
  let out = text;
  for (const p of picks) {
    if (/^[ 　\n]$/.test(p.what)) {
      const i = p.at % (out.length + 1);
      out = out.slice(0, i) + p.what + out.slice(i);
    } else out = out + p.space + p.what;
  }
  return out;
}
const picks = fc.array(fc.record({ at: fc.nat(30), what: decoration, space: fc.constantFrom('', ' ', '\n') }), { maxLength: 4 });

describe('property: decorations never change the roles found', () => {
  it('for every header of the table above', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADERS), picks, ([text, role], p) => {
        expect(indicatorRole(decorate(text, p))).toBe(role);
      }),
      { numRuns: 1500 },
    );
  });

  it('for a whole header row: the same columns', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
    const plain = columnsOf(header);
    fc.assert(
      fc.property(fc.array(picks, { minLength: header.length, maxLength: header.length }), (all) => {
        expect(columnsOf(header.map((h, i) => decorate(h, all[i])))).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });
});

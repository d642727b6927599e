/** A table without a required column (年度指标值 or 实际完成值) is reported, never graded. */
import { NATIONAL, scoreGrid } from '../../../src/core';
import { gridOf, type CellInput } from '../../helpers/layouts/gridOf';

const score = (header: CellInput[], rows: CellInput[][]) => scoreGrid(gridOf([header, ...rows]), NATIONAL).tables[0].evaluation;

describe('COLUMN_MISSING', () => {
  const rows: CellInput[][] = [
    ['产出指标', '数量指标', '培训人数', '≥100人', 60, 60],
    ['效益指标', '社会效益指标', '受益人数', '≥50人', 40, 40],
    ['总分', null, null, null, 100, 100],
  ];

  it('without 实际完成值: the finding at the header, weights summed, but no total and no grade', () => {
    const t = score(['一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'], rows);
    expect(t.findings.filter((f) => f.code === 'COLUMN_MISSING').map((f) => [f.cell, f.severity])).toEqual([['A1', 'error']]);
    expect([t.weightTotal, t.reportedTotal, t.total, t.grade]).toEqual([100, 100, null, null]);
    expect(t.findings.some((f) => f.code === 'TOTAL_DIFFERS')).toBe(false);
  });

  it('without 年度指标值: no total and no grade either', () => {
    const t = score(['一级指标', '二级指标', '三级指标', '实际完成值', '分值', '得分'], rows.map((r) => (r[3] === '≥100人' ? [...r.slice(0, 3), '120人', ...r.slice(4)] : r)));
    expect(t.findings.find((f) => f.code === 'COLUMN_MISSING')?.message).toMatch(/年度指标值/);
    expect([t.total, t.grade]).toEqual([null, null]);
  });

  it('with both columns the same table is graded', () => {
    const full = rows.map((r) => (r[0] === '总分' ? [r[0], null, null, null, null, 100, 100] : [...r.slice(0, 4), r[3] === '≥100人' ? '120人' : '50人', ...r.slice(4)]));
    const t = score(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], full);
    expect([t.weightTotal, t.total, t.grade]).toEqual([100, 100, '优']);
  });
});

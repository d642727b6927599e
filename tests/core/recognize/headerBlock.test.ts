/** 主管部门 / 实施单位 / 项目名称 read from the header block (SPEC §7.1: the summary's unit columns). */
import { readHeaderBlock } from '../../../src/core/recognize/headerBlock';
import { recognizeTables } from '../../../src/core/recognize';
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { gridOf } from '../../helpers/layouts/gridOf';
import { fixture } from '../../helpers/fixtures';

const whole = { top: 0, bottom: 10, left: 0, right: 9 };

describe('readHeaderBlock', () => {
  it('reads the national block: value in the next filled cell right of each label', () => {
    const grid = gridOf([
      ['项目支出绩效自评表'],
      ['（2022年度）'],
      ['项目名称', null, null, '2022年残疾人托养服务'],
      ['主管部门', null, null, '昆明市残疾人联合会', null, null, '实施单位', '昆明市托养中心'],
    ]);
    expect(readHeaderBlock(grid, whole)).toEqual({ department: '昆明市残疾人联合会', unit: '昆明市托养中心', project: '2022年残疾人托养服务' });
  });

  it('reads "label：value" written in one cell, with brackets and line breaks in the label', () => {
    const grid = gridOf([['主管部门（盖章）：区教育局', '实施单位:\n区第一中学'], ['项目名称：  校舍维修 ']]);
    expect(readHeaderBlock(grid, whole)).toEqual({ department: '区教育局', unit: '区第一中学', project: '校舍维修' });
  });

  it('takes 单位名称 as the unit and falls back to the 填报单位 line; placeholders count as absent', () => {
    expect(readHeaderBlock(gridOf([['单位名称', '武汉市蔡甸区残联'], ['主管部门', '—']]), whole)).toEqual({ department: null, unit: '武汉市蔡甸区残联', project: null });
    const filing = gridOf([['填报单位（盖章）：天长市水利局　　　　填报日期：2023年3月'], ['项目名称', '水旱灾害防御经费']]);
    expect(readHeaderBlock(filing, whole)).toEqual({ department: null, unit: '天长市水利局', project: '水旱灾害防御经费' });
  });

  it('does not take the next label as a value when a label is left blank', () => {
    const grid = gridOf([['主管部门', '实施单位', '区民政局']]);
    expect(readHeaderBlock(grid, whole)).toEqual({ department: null, unit: '区民政局', project: null });
  });
});

describe('recognised tables carry department, unit and project', () => {
  it.each([
    ['national-kunming-2022.xlsx', [['昆明市残疾人联合会', '昆明市残疾人联合会', '2022年残疾人托养服务市级补助经费']]],
    ['department-caidian-2023.xlsx', [[null, '武汉市蔡甸区残疾人联合会', null]]],
    ['multi-sheet-variants.xlsx', [['天长市水利局', '天长市水利局', '水旱灾害防御经费'], ['某区人力资源局', '某区就业训练中心', '2023年农村劳动力转移就业技能培训']]],
  ])('%s', async (name, expected) => {
    const { grids } = await readWorkbookFile(fixture(name));
    const tables = grids.flatMap((g) => recognizeTables(g));
    expect(tables.map((t) => [t.department, t.unit, t.project])).toEqual(expected);
  });
});

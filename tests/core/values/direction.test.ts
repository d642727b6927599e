import { directionFromName } from '../../../src/core/values';

describe('directionFromName', () => {
  test.each([
    '人均培训成本',
    '项目管理费用',
    '设备采购单价',
    '成本控制率',
    '预算调整率',
    '资金结余率',
    '结转资金规模',
    '政府采购变动率',
    '财务差错率',
    '群众投诉次数',
    '非法赴市、赴省、赴京上访事件',
    '安全事故数',
    '突发事件数',
    '传染病发生率',
    '项目超支金额',
    '财产损失率',
    '污水超标排放次数',
  ])('%s → atMost', (name) => {
    expect(directionFromName(name).direction).toBe('atMost');
  });

  test.each([
    '托养服务人数',
    '违法行为责停率',
    '保护全市人口财产不受损失',
    '参训人员就业率',
    '补贴对象满意度',
    '投诉办结率',
    '突发事件处置率',
    '费用报销及时率',
  ])('%s → atLeast', (name) => {
    expect(directionFromName(name).direction).toBe('atLeast');
  });

  test('the reason names the word that decided', () => {
    expect(directionFromName('人均培训成本')).toEqual({
      direction: 'atMost',
      reason: '指标名称含“成本”，按越低越好（不高于）判断',
    });
    expect(directionFromName('托养服务人数').reason).toBe('指标名称未表明越低越好，按不低于判断');
    expect(directionFromName('投诉办结率').reason).toBe('指标名称含“投诉”，但“办结率”越高越好，按不低于判断');
  });
});

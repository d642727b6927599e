import { isNoneMark, isNotApplicableMark, isPlaceholderText } from '../../../src/core/values';

describe('isPlaceholderText', () => {
  test.each(['—', '——', '-', '－', '/', '／', '*', '…', '……', '指标1：', '指标2：……', '指标3:', ' 指标 2 ： '])(
    '%s is a placeholder',
    (text) => expect(isPlaceholderText(text)).toBe(true),
  );
  test.each(['', '无', '0', '指标', '指标1：培训人数', '2979人', '效果明显'])('%s is not', (text) => {
    expect(isPlaceholderText(text)).toBe(false);
  });
});

describe('isNotApplicableMark / isNoneMark', () => {
  test('only a slash (or 不适用) marks a row not applicable', () => {
    expect(isNotApplicableMark('/')).toBe(true);
    expect(isNotApplicableMark('／')).toBe(true);
    expect(isNotApplicableMark(' / ')).toBe(true);
    expect(isNotApplicableMark('不适用')).toBe(true);
    expect(isNotApplicableMark('—')).toBe(false);
    expect(isNotApplicableMark('')).toBe(false);
  });
  test('无 alone', () => {
    expect(isNoneMark('无')).toBe(true);
    expect(isNoneMark('无上访事件')).toBe(false);
  });
});

import { EXCEL_ERRORS, excelErrorCode, isBlankMark, isNoneMark, isNotApplicableMark, isNotApplicableWord, isPlaceholderText } from '../../../src/core/values';

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

describe('one definition for the whole core (issue 8)', () => {
  test.each(['指标二：', '指标二：……', '二级指标1：', '指标N：', '三级指标3', '指标1：（请填写）', '指标十二：'])('template text %s is a placeholder', (text) => {
    expect(isPlaceholderText(text)).toBe(true);
  });
  test.each(['不适用', '不涉及', '本项目不涉及', '此项不适用。'])('%s is a not-applicable word', (text) => {
    expect(isNotApplicableWord(text)).toBe(true);
  });
  test.each(['不适用于本单位的情况较多', '适用', '涉及3个乡镇'])('%s is not', (text) => {
    expect(isNotApplicableWord(text)).toBe(false);
  });
  test('isBlankMark: placeholders, not-applicable marks and 无, never real values', () => {
    expect(['-', '—', '/', '无', '不适用', '不涉及', '……', '指标2：'].every(isBlankMark)).toBe(true);
    expect(['', '0', '无上访事件', '100%', '达成'].some(isBlankMark)).toBe(false);
  });
  test.each(EXCEL_ERRORS)('%s is an Excel error code, as text too', (code) => {
    expect(excelErrorCode(` ${code.toLowerCase()} `)).toBe(code);
  });
});

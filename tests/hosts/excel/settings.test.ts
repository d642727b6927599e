/** Workbook settings travel with the file: saved through saveAsync, read back after reopening. */
import { deserializeWorkbook, emptyWorkbook, serializeWorkbook } from '../../fakes/fakeExcel';
import { hostOver } from './helpers';

describe('ExcelHost settings', () => {
  it('is null before saving, and survives save and reopen', async () => {
    const model = emptyWorkbook();
    const { host } = hostOver(model);
    expect(await host.loadSettings('ziping.profile')).toBeNull();
    const profile = { id: 'custom', grades: [90, 80, 60], deviation: 0.2 };
    await host.saveSettings('ziping.profile', profile);
    expect(await host.loadSettings('ziping.profile')).toEqual(profile);
    const reopened = hostOver(deserializeWorkbook(serializeWorkbook(model)));
    expect(await reopened.host.loadSettings('ziping.profile')).toEqual(profile);
  });

  it('rejects in Chinese when Office cannot save', async () => {
    const { host, fake } = hostOver(emptyWorkbook());
    fake.Office.context.document.settings.saveAsync = (cb?: unknown) =>
      (cb as (r: unknown) => void)({ status: 'failed', error: { message: 'read-only' } });
    await expect(host.saveSettings('k', 1)).rejects.toThrow('无法保存工作簿设置“k”：read-only');
  });
});

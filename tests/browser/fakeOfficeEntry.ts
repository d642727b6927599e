/**
 * Browser bundle served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js:
 * installs the fake `Office` and `Excel` globals over the workbook model the runner injected as
 * `window.__FAKE_WORKBOOK__` (JSON), and exposes the fake as `window.__FAKE__` for assertions.
 *
 * In a frame whose parent already runs the fake (the ribbon's commands.html beside the pane), it is a
 * second runtime over the SAME document: the parent's model, but its own settings copy, as in Excel.
 */
import { createFakeOffice, deserializeWorkbook, type FakeOffice } from '../fakes/fakeExcel';

const w = window as unknown as Record<string, unknown>;
const parentFake = window.parent !== window ? ((window.parent as unknown as Record<string, unknown>).__FAKE__ as FakeOffice | undefined) : undefined;
const model = parentFake ? parentFake.model : deserializeWorkbook(w.__FAKE_WORKBOOK__ as string);
const fake = createFakeOffice(model, { otherSets: { DialogApi: '1.1' } });
const info = { host: 'Excel', platform: 'OfficeOnline' };

w.__FAKE__ = fake;
w.__ACTIONS__ = {};
w.Excel = fake.Excel;
w.Office = {
  ...fake.Office,
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  // Office.onReady calls back asynchronously, after the page's scripts have run.
  onReady(callback?: (i: typeof info) => void) {
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  // Ribbon commands register here; the runner calls them as Office would.
  actions: { associate: (name: string, fn: unknown) => ((w.__ACTIONS__ as Record<string, unknown>)[name] = fn) },
};

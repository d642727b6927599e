/**
 * Workbook settings through Office.context.document.settings: stored in the file, so they travel with it.
 *
 * Each runtime (the pane, the ribbon command) holds its own in-memory copy, and saveAsync writes the whole
 * copy back: saved from a stale copy, it would delete what the other runtime saved since. So every read
 * and every save starts with refreshAsync, and a save changes only its own key of the fresh copy (merge by
 * key). Refresh and save are two calls, not one transaction; the window between them is a few ms.
 */

/** Reloads this runtime's copy from the document; resolves even where refreshAsync is missing. */
function refresh(office: typeof Office): Promise<void> {
  const settings = office.context.document.settings;
  if (typeof settings.refreshAsync !== 'function') return Promise.resolve();
  return new Promise((resolve, reject) => {
    settings.refreshAsync((result) => {
      if (result.status === office.AsyncResultStatus.Failed) reject(new Error(`无法读取工作簿设置：${result.error?.message ?? '未知错误'}`));
      else resolve();
    });
  });
}

/** Read a setting as the document holds it now; null when it was never saved. */
export async function loadSetting<T>(office: typeof Office, key: string): Promise<T | null> {
  await refresh(office);
  const value = office.context.document.settings.get(key) as T | null | undefined;
  return value === undefined ? null : value;
}

/** Set one setting on a fresh copy and persist it (saveAsync), rejecting in zh-CN if Office refuses. */
export async function saveSetting<T>(office: typeof Office, key: string, value: T): Promise<void> {
  await refresh(office);
  const settings = office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Failed) {
        reject(new Error(`无法保存工作簿设置“${key}”：${result.error?.message ?? '未知错误'}`));
      } else {
        resolve();
      }
    });
  });
}

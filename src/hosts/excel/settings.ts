/** Workbook settings through Office.context.document.settings: stored in the file, so they travel with it. */

/** Read a setting; null when it was never saved. */
export function loadSetting<T>(office: typeof Office, key: string): T | null {
  const value = office.context.document.settings.get(key) as T | null | undefined;
  return value === undefined ? null : value;
}

/** Set a setting and persist it into the document (saveAsync), rejecting in zh-CN if Office refuses. */
export function saveSetting<T>(office: typeof Office, key: string, value: T): Promise<void> {
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

/**
 * The ribbon's immediate feedback: 「一键评分」 runs without the pane, so its result (grade, problem count)
 * is shown in a small dialog (DialogApi 1.1) the moment it is done. The text travels in the URL's query
 * and is set as textContent, never as HTML.
 */

/** The dialog page's URL for a result message, next to the command page. */
export function resultDialogUrl(base: string, title: string, message: string): string {
  const url = new URL('result.html', base);
  url.searchParams.set('t', title);
  url.searchParams.set('m', message);
  return url.toString();
}

/**
 * Opens the dialog and resolves when the clerk closes it (or at once where dialogs are unavailable):
 * a command's runtime may end when it reports completion, which would close the dialog with it.
 */
export function showResultDialog(office: typeof Office, url: string): Promise<void> {
  if (!office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  return new Promise((resolve) => {
    try {
      office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (opened) => {
        if (opened.status === office.AsyncResultStatus.Failed) return resolve();
        const dialog = opened.value;
        const done = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(office.EventType.DialogEventReceived, () => resolve()); // closed with its ×
      });
    } catch {
      resolve();
    }
  });
}

/** The result dialog's page: shows the title and message from its URL; 知道了 tells the command to close it. */
const params = new URLSearchParams(window.location.search);
(document.getElementById('title') as HTMLElement).textContent = params.get('t') ?? '一键评分';
(document.getElementById('message') as HTMLElement).textContent = params.get('m') ?? '';

function close(): void {
  if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
  else window.close();
}

(document.getElementById('close') as HTMLElement).addEventListener('click', close);
if (typeof Office !== 'undefined') void Office.onReady();

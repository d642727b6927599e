/** The WPS globals a page of our add-in finds: `window.Application` (ET), or nothing outside WPS. */
import type { EtApplication } from '../hosts/wps/etTypes';

export function wpsApplication(): EtApplication | null {
  const app = (globalThis as { Application?: unknown }).Application;
  return app && typeof app === 'object' ? (app as EtApplication) : null;
}

/** Folder of the current page, so the ribbon page can open the pane page next to it. */
export function pageFolder(href: string = location.href): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

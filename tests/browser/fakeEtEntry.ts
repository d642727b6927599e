/**
 * Browser bundle for the WPS test, run before any page script: installs `window.Application`, a fake
 * ET over the book the runner injected as `window.__ET_BOOK__` (JSON). A page in a frame of the add-in's
 * page (the task pane) shares its parent's Application, as WPS's pages share one document.
 */
import { FakeEtBook } from '../fakes/fakeEt/book';
import type { EtBookModel } from '../fakes/fakeEt/model';

const w = window as unknown as Record<string, unknown>;
const parent = window.parent !== window ? (window.parent as unknown as Record<string, unknown>) : null;
if (parent && parent.__ET__) {
  w.__ET__ = parent.__ET__;
  w.Application = parent.Application;
} else if (typeof w.__ET_BOOK__ === 'string') {
  const book = new FakeEtBook(JSON.parse(w.__ET_BOOK__) as EtBookModel);
  const app = book.application() as unknown as Record<string, unknown>;
  let paneId = 0;
  // WPS's CreateTaskPane opens the page in a docked pane; here, a frame beside the ribbon page.
  const panes: Record<string, { ID: string; url: string; Visible: boolean }> = {};
  app.CreateTaskPane = (url: string) => {
    const pane = { ID: `pane${++paneId}`, url, _visible: false } as unknown as { ID: string; url: string; Visible: boolean; _visible: boolean };
    Object.defineProperty(pane, 'Visible', {
      get: () => pane._visible,
      set: (v: boolean) => {
        pane._visible = v;
        let frame = document.getElementById(pane.ID) as HTMLIFrameElement | null;
        if (v && !frame) {
          frame = document.createElement('iframe');
          frame.id = pane.ID;
          frame.src = url;
          frame.style.cssText = 'position:fixed;right:0;top:0;width:420px;height:100%;border:0;border-left:1px solid #ccc;background:#fff';
          document.body.appendChild(frame);
        }
        if (frame) frame.style.display = v ? '' : 'none';
      },
    });
    panes[pane.ID] = pane;
    return pane;
  };
  app.GetTaskPane = (id: string) => panes[id] ?? null;
  w.__ET__ = book;
  w.Application = app;
}

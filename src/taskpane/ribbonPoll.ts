/**
 * The ribbon's 一键评分 runs in its own runtime and no Office event tells the pane (Settings'
 * settingsChanged fires only between co-authors in Excel on the web). While the pane is visible it
 * re-reads the saved ribbon result every few seconds — a settings refresh, no workbook batch — and
 * refreshes itself (grade, problem count, 撤销评分) when the result's time changed.
 */
import type { WorkbookHost } from '../hosts/addin/workbookHost';
import { LAST_RESULT_KEY, type RibbonResult } from '../commands/scoreCommand';

export const RIBBON_POLL_MS = 2000;

/** Starts polling; returns the stop function. `known` is the time of the result the pane shows now. */
export function pollRibbonResults(host: WorkbookHost, known: () => string | null, onNew: () => Promise<unknown>, everyMs: number): () => void {
  let busy = false;
  const tick = async () => {
    if (busy || document.visibilityState === 'hidden') return;
    busy = true;
    try {
      const saved = await host.loadSettings<RibbonResult>(LAST_RESULT_KEY);
      if ((saved?.at ?? null) !== known()) await onNew();
    } catch {
      // An unreadable settings copy now is no reason to stop: the next tick tries again.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  return () => clearInterval(timer);
}

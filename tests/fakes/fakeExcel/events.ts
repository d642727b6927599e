/** Worksheet activation heard by every runtime over one document (pane and ribbon register their own). */
import type { FakeWorkbookModel } from './model';

export type ActivatedHandler = (args: { type: 'WorksheetActivated'; worksheetId: string; source: 'Local' }) => Promise<unknown> | void;

/** Event handlers of every runtime over one document (pane and ribbon each register their own). */
export const activatedHandlers = new WeakMap<FakeWorkbookModel, Set<ActivatedHandler>>();

/** The active sheet changes (by the user or an add-in): every runtime's onActivated handlers hear it. */
export function activateSheet(model: FakeWorkbookModel, name: string): void {
  const changed = model.activeSheet !== name;
  model.activeSheet = name;
  if (!changed) return;
  for (const h of activatedHandlers.get(model) ?? []) setTimeout(() => void h({ type: 'WorksheetActivated', worksheetId: name, source: 'Local' }), 0);
}


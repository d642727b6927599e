/**
 * The ribbon callbacks WPS calls by name (ribbon.xml: onLoad="OnAddinLoad", onAction="OnAction",
 * getImage="GetImage"), defined as globals on the add-in's index page.
 */
import { createWpsHost } from '../hosts/wps/wpsHost';
import { scoreActiveSheetWith } from '../commands/scoreCommand';
import { describeError } from '../taskpane/scoring';
import { pageFolder, wpsApplication } from './wpsGlobals';

const PANE_ID_KEY = 'ziping_taskpane_id';
const ICONS: Record<string, string> = { btnScore: 'assets/icon-32.png', btnPane: 'assets/icon-32.png' };

interface RibbonControl {
  Id: string;
}

interface WpsTaskPane {
  ID?: string;
  Visible: boolean;
}

type PaneApi = {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane?(id: string): WpsTaskPane | null;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
};

function say(text: string): void {
  (globalThis as { alert?: (t: string) => void }).alert?.(text);
}

/** Opens the pane, or shows/hides the one this session already made. */
export function togglePane(): void {
  const app = wpsApplication() as unknown as PaneApi | null;
  if (!app) return;
  const id = app.PluginStorage.getItem(PANE_ID_KEY);
  const existing = typeof id === 'string' && id && app.GetTaskPane ? app.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = app.CreateTaskPane(`${pageFolder()}taskpane.html`, '自评表评分');
  if (pane.ID) app.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

/** 一键评分: score and write back the active sheet, then tell the clerk the result at once. */
export async function scoreFromRibbon(): Promise<string> {
  const app = wpsApplication();
  if (!app) return '';
  try {
    const result = await scoreActiveSheetWith(createWpsHost(app));
    say(result.message);
    return result.message;
  } catch (e) {
    const message = describeError(e, '一键评分');
    say(message);
    return message;
  }
}

export function OnAddinLoad(): boolean {
  return true;
}

export function OnAction(control: RibbonControl): void {
  if (control.Id === 'btnScore') void scoreFromRibbon();
  else if (control.Id === 'btnPane') togglePane();
}

export function GetImage(control: RibbonControl): string {
  return ICONS[control.Id] ?? ICONS.btnScore;
}

Object.assign(globalThis, { OnAddinLoad, OnAction, GetImage });

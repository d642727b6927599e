/**
 * A WorkbookHost written for the pane's tests: sheets are Grids held in memory, every method is a
 * jest.fn so tests can assert what the pane asked for, applyPlan records a snapshot like the real host.
 * Settings are copied through JSON, as a workbook stores them (jsdom has no structuredClone).
 */
import type { Grid, WritePlan } from '../../src/core';
import type { WorkbookHost } from '../../src/hosts/addin/workbookHost';

export type FakeHost = jest.Mocked<WorkbookHost> & {
  listeners: Set<(sheet: string) => void>;
  /** The user switches to another sheet. */
  switchTo(sheet: string): void;
  settings: Map<string, unknown>;
  snapshots: Set<string>;
  applied: WritePlan[];
};

export function fakeHost(grids: Grid[], firstActive = grids[0]?.sheet ?? 'Sheet1'): FakeHost {
  let active = firstActive;
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const settings = new Map<string, unknown>();
  const snapshots = new Set<string>();
  const applied: WritePlan[] = [];
  const host = {
    settings,
    snapshots,
    applied,
    listSheets: jest.fn(async () => grids.map((g) => g.sheet)),
    activeSheet: jest.fn(async () => active),
    readSheet: jest.fn(async (sheet: string) => {
      const grid = bySheet.get(sheet);
      if (!grid) throw new Error(`no sheet ${sheet}`);
      return grid;
    }),
    applyPlan: jest.fn(async (plan: WritePlan, _basis?: Grid) => {
      applied.push(plan);
      snapshots.add(plan.sheet);
      return { cellsWritten: plan.changes.length, syncs: 2 };
    }),
    restore: jest.fn(async (sheet: string) => {
      const had = snapshots.delete(sheet);
      return { restored: had ? 7 : 0 };
    }),
    hasSnapshot: jest.fn(async (sheet: string) => snapshots.has(sheet)),
    selectCell: jest.fn(async () => undefined),
    /** Tests switch sheets with `switchTo`. */
    listeners: new Set<(sheet: string) => void>(),
    switchTo(sheet: string) {
      active = sheet;
      for (const l of this.listeners) l(sheet);
    },
    onActiveSheetChanged: jest.fn(async (listener: (sheet: string) => void) => {
      host.listeners.add(listener);
      return () => host.listeners.delete(listener);
    }),
    canWriteNotes: jest.fn(() => true),
    canRestoreFills: jest.fn(() => true),
    loadSettings: jest.fn(async (key: string) => (settings.has(key) ? JSON.parse(JSON.stringify(settings.get(key))) : null)),
    saveSettings: jest.fn(async (key: string, value: unknown) => {
      settings.set(key, JSON.parse(JSON.stringify(value)));
    }),
  };
  return host as unknown as FakeHost;
}

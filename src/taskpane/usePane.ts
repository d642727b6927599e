/**
 * The pane's state and the user's intents (score, write back, undo, select a cell, change settings).
 * Components stay presentational; everything that talks to the host goes through here.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplyResult, WorkbookHost } from '../hosts/addin/workbookHost';
import { appliedApart } from './applyNotice';
import { LAST_RESULT_KEY } from '../commands/scoreCommand';
import type { RibbonResult } from '../commands/scoreCommand';
import { describeError, scoreReadGrid, scoreSheet, scoreWorkbook } from './scoring';
import type { SheetResult } from './scoring';
import { loadPaneSettings, normalizeSettings, savePaneSettings, settingsProblems } from './settings';
import type { PaneSettings } from './settings';
import { pollRibbonResults, RIBBON_POLL_MS } from './ribbonPoll';
import { formatTime } from './format';

export interface Busy {
  label: string;
  /** Set while scoring the whole workbook. */
  progress?: { done: number; total: number };
}

export interface PaneState {
  settings: PaneSettings | null;
  busy: Busy | null;
  error: string | null;
  notice: string | null;
  results: SheetResult[];
  /** Whether each sheet has a snapshot to restore (撤销评分). */
  snapshots: Record<string, boolean>;
  activeSheet: string | null;
  lastRibbon: RibbonResult | null;
}

export interface PaneActions {
  scoreActive(): Promise<void>;
  scoreAll(): Promise<void>;
  writeBack(sheet: string): Promise<void>;
  undo(sheet: string): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  updateSettings(next: PaneSettings): Promise<void>;
  dismissError(): void;
}

const INITIAL: PaneState = {
  settings: null,
  busy: null,
  error: null,
  notice: null,
  results: [],
  snapshots: {},
  activeSheet: null,
  lastRibbon: null,
};

export interface PaneOptions {
  /** How often the visible pane looks for a new ribbon result (settings only: no workbook read). */
  ribbonPollMs?: number;
}

export function usePane(host: WorkbookHost, { ribbonPollMs = RIBBON_POLL_MS }: PaneOptions = {}): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  const snapshotsOf = useCallback(
    async (sheets: string[]) => {
      const entries = await Promise.all(sheets.map(async (s) => [s, Boolean(await host.hasSnapshot(s))] as const));
      return Object.fromEntries(entries) as Record<string, boolean>;
    },
    [host],
  );

  /** Runs one user intent with a spinner, turning any failure into a zh-CN message. */
  const run = useCallback(
    async (label: string, action: string, work: () => Promise<Partial<PaneState>>) => {
      patch({ busy: { label }, error: null, notice: null });
      try {
        patch({ ...(await work()), busy: null });
      } catch (e) {
        patch({ busy: null, error: describeError(e, action) });
      }
    },
    [patch],
  );

  useEffect(() => {
    let live = true;
    let unsubscribe: () => void = () => undefined;
    void (async () => {
      try {
        const [settings, activeSheet, lastRibbon] = await Promise.all([
          loadPaneSettings(host),
          host.activeSheet(),
          host.loadSettings<RibbonResult>(LAST_RESULT_KEY),
        ]);
        const snapshots = await snapshotsOf([activeSheet]);
        if (live) patch({ settings, activeSheet, snapshots, lastRibbon: lastRibbon ?? null });
        // Follow the user's sheet switches: the prompt and 撤销评分 must name the sheet now shown.
        const off = await host.onActiveSheetChanged((sheet) => {
          void snapshotsOf([sheet])
            .then((found) => live && setState((st) => ({ ...st, activeSheet: sheet, snapshots: { ...st.snapshots, ...found } })))
            .catch(() => live && patch({ activeSheet: sheet }));
        });
        // A ribbon click runs in another runtime and tells no other runtime (Settings.settingsChanged fires
        // only between co-authors on the web): read what it left (its last result, the undo state) when the
        // clerk comes back to the pane, and while the pane is visible poll the settings copy for a new result.
        const refresh = () =>
          Promise.all([host.activeSheet(), host.loadSettings<RibbonResult>(LAST_RESULT_KEY)])
            .then(async ([sheet, ribbon]) => {
              const found = await snapshotsOf([sheet]);
              if (!live) return;
              setState((st) => {
                // A new ribbon result makes the pane's last notice ("已撤销…") out of date. With results on
                // screen the prompt that names the ribbon's result is hidden: say it in the notice instead.
                const fresh = (ribbon?.at ?? null) !== (st.lastRibbon?.at ?? null);
                const notice = !fresh ? st.notice : ribbon?.message && st.results.length ? `功能区评分（${formatTime(ribbon.at)}）：${ribbon.message}` : null;
                return { ...st, activeSheet: sheet, lastRibbon: ribbon ?? null, snapshots: { ...st.snapshots, ...found }, notice };
              });
            })
            .catch(() => undefined);
        const onFocus = () => void refresh();
        window.addEventListener('focus', onFocus);
        const stopPolling = pollRibbonResults(host, () => stateRef.current.lastRibbon?.at ?? null, refresh, ribbonPollMs);
        const stop = () => {
          off();
          window.removeEventListener('focus', onFocus);
          stopPolling();
        };
        if (live) unsubscribe = stop;
        else stop();
      } catch (e) {
        // Unreadable settings must not leave the pane blank: continue with the defaults.
        if (live) patch({ settings: normalizeSettings(null), error: describeError(e, '读取工作簿设置') });
      }
    })();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, patch, snapshotsOf, ribbonPollMs]);

  const settingsNow = (): PaneSettings => {
    const s = stateRef.current.settings;
    if (!s) throw new Error('设置尚未加载完成');
    return s;
  };

  const actions: PaneActions = {
    scoreActive: () =>
      run('正在读取并评分当前工作表…', '评分', async () => {
        const sheet = await host.activeSheet();
        const result = await scoreSheet(host, sheet, settingsNow());
        return { results: [result], activeSheet: sheet, snapshots: await snapshotsOf([sheet]) };
      }),

    scoreAll: async () => {
      patch({ busy: { label: '正在评分整个工作簿…', progress: { done: 0, total: 0 } }, error: null, notice: null });
      try {
        const results = await scoreWorkbook(host, settingsNow(), (done, total) =>
          patch({ busy: { label: '正在评分整个工作簿…', progress: { done, total } } }),
        );
        patch({ results, busy: null, snapshots: await snapshotsOf(results.map((r) => r.sheet)) });
      } catch (e) {
        patch({ busy: null, error: describeError(e, '评分整个工作簿') });
      }
    },

    writeBack: (sheet) =>
      run(`正在写回工作表「${sheet}」…`, '写回工作表', async () => {
        const result = stateRef.current.results.find((r) => r.sheet === sheet);
        if (!result) throw new Error(`没有工作表「${sheet}」的评分结果`);
        let applied: ApplyResult;
        try {
          // The grid it was scored from: the host writes nothing if the sheet changed since.
          applied = await host.applyPlan(result.plan, result.grid);
        } catch (e) {
          if ((e as { code?: unknown }).code !== 'SheetChanged') throw e;
          const fresh = await scoreSheet(host, sheet, settingsNow());
          return {
            results: stateRef.current.results.map((r) => (r.sheet === sheet ? fresh : r)),
            error: `${describeError(e, '写回工作表')} 已按当前内容重新评分，请检查后再点击「写回工作表」。`,
          };
        }
        return {
          notice: `已写回工作表「${sheet}」：${applied.cellsWritten} 个单元格。${appliedApart(applied)}如需还原，请点击「撤销评分」。`,
          snapshots: { ...stateRef.current.snapshots, ...(await snapshotsOf([sheet])) },
        };
      }),

    undo: (sheet) =>
      run(`正在撤销工作表「${sheet}」的评分…`, '撤销评分', async () => {
        const { restored } = await host.restore(sheet);
        return {
          notice: `已撤销工作表「${sheet}」的评分，还原了 ${restored} 个单元格。`,
          snapshots: { ...stateRef.current.snapshots, ...(await snapshotsOf([sheet])) },
        };
      }),

    selectCell: async (sheet, cell) => {
      try {
        await host.selectCell(sheet, cell);
      } catch (e) {
        patch({ error: describeError(e, `定位单元格 ${cell} `) });
      }
    },

    updateSettings: async (next) => {
      // An invalid custom profile is shown with its problems, but neither used nor saved (the ribbon reads
      // the saved one): the results and the workbook keep the last valid settings.
      if (settingsProblems(next).length > 0) {
        patch({ settings: next });
        return;
      }
      // Re-score from the grids already read: switches and profiles preview at once, no sheet reads.
      patch({ settings: next, results: stateRef.current.results.map((r) => scoreReadGrid(r.grid, next)) });
      try {
        await savePaneSettings(host, next);
      } catch (e) {
        patch({ error: describeError(e, '保存设置') });
      }
    },

    dismissError: () => patch({ error: null }),
  };

  return [state, actions];
}

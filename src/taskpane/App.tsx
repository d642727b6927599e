/** The task pane: toolbar, status, settings and one section per scored sheet. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Title2,
} from '@fluentui/react-components';
import type { WorkbookHost } from '../hosts/addin/workbookHost';
import { SettingsPanel } from './components/SettingsPanel';
import { SheetResultView } from './components/SheetResultView';
import { formatTime } from './format';
import { usePane } from './usePane';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: '12px', padding: '12px 14px 24px' },
  toolbar: { display: 'flex', columnGap: '8px', flexWrap: 'wrap', rowGap: '8px' },
});

export interface AppProps {
  host: WorkbookHost;
  /** How often the visible pane looks for a ribbon result (tests shorten it). */
  ribbonPollMs?: number;
}

export function App({ host, ribbonPollMs }: AppProps) {
  const styles = useStyles();
  const [state, actions] = usePane(host, { ribbonPollMs });
  const { settings, busy, results } = state;

  if (!settings) {
    return (
      <div className={styles.pane}>
        <Spinner label="正在读取工作簿设置…" />
        {state.error ? <ErrorBar message={state.error} onDismiss={actions.dismissError} /> : null}
      </div>
    );
  }

  const isBusy = busy !== null;
  const active = state.activeSheet;
  const showActiveUndo = results.length === 0 && active !== null;
  return (
    <main className={styles.pane}>
      <Title2 as="h1">自评表评分助手</Title2>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={isBusy} onClick={() => void actions.scoreActive()}>
          一键评分
        </Button>
        <Button disabled={isBusy} onClick={() => void actions.scoreAll()}>
          评分整个工作簿
        </Button>
        {showActiveUndo ? (
          <Button disabled={isBusy || !state.snapshots[active]} onClick={() => void actions.undo(active)}>
            撤销评分
          </Button>
        ) : null}
      </div>

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>评分设置</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel settings={settings} disabled={isBusy} onChange={(next) => void actions.updateSettings(next)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {busy ? (
        busy.progress ? (
          <Field
            label={busy.label}
            validationState="none"
            validationMessage={
              busy.progress.total > 0
                ? `第 ${Math.min(busy.progress.done + 1, busy.progress.total)} / ${busy.progress.total} 张工作表`
                : '正在读取工作表列表…'
            }
          >
            <ProgressBar value={busy.progress.total > 0 ? busy.progress.done / busy.progress.total : undefined} />
          </Field>
        ) : (
          <Spinner label={busy.label} />
        )
      ) : null}
      {state.error ? <ErrorBar message={state.error} onDismiss={actions.dismissError} /> : null}
      {state.notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}

      {results.length === 0 && !isBusy ? (
        <Body1>
          点击「一键评分」复核当前工作表{active ? `「${active}」` : ''}，或点击「评分整个工作簿」逐张检查所有工作表。
          {state.lastRibbon?.message ? ` 上次功能区评分（${formatTime(state.lastRibbon.at)}）：${state.lastRibbon.message}` : ''}
        </Body1>
      ) : null}

      {results.map((result) => (
        <SheetResultView
          key={result.sheet}
          result={result}
          busy={isBusy}
          notes={host.canWriteNotes()}
          fills={host.canRestoreFills()}
          canUndo={Boolean(state.snapshots[result.sheet])}
          onWriteBack={() => void actions.writeBack(result.sheet)}
          onUndo={() => void actions.undo(result.sheet)}
          onSelectCell={(cell) => void actions.selectCell(result.sheet, cell)}
        />
      ))}
    </main>
  );
}

function ErrorBar({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>出错了</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          知道了
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

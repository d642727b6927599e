/** Task pane entry for WPS 表格: the same pane as in Excel, over the ET host. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { createWpsHost } from '../hosts/wps/wpsHost';
import { wpsApplication } from './wpsGlobals';

const container = document.getElementById('container') as HTMLElement;
const app = wpsApplication();
if (!app) {
  container.textContent = '自评表评分助手的 WPS 版本只能在 WPS 表格中使用：请在 WPS 表格的「自评表评分」选项卡中打开「评分面板」。';
  container.style.padding = '16px';
} else {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={createWpsHost(app)} />
    </FluentProvider>,
  );
}

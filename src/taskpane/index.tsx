/** Task pane entry: waits for Office, builds the Excel host once, renders the pane in Fluent UI. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createExcelHost } from '../hosts/excel/excelHost';
import { App } from './App';

function showFatal(container: HTMLElement, text: string): void {
  container.textContent = text;
  container.style.padding = '16px';
}

const container = document.getElementById('container') as HTMLElement;

const NO_OFFICE = '无法加载 Office 脚本（office.js），评分面板无法启动。请检查网络能否访问 appsforoffice.microsoft.com，或请管理员改用本地部署的 office.js（OFFICE_JS=local），然后关闭并重新打开评分面板。';

if (typeof Office === 'undefined') {
  // The office.js <script> failed (offline, blocked): say so instead of leaving a blank pane.
  showFatal(container, NO_OFFICE);
} else {
  start();
}

function start(): void {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      showFatal(container, '自评表评分助手只能在 Excel 中使用：请在 Excel 的“开始”选项卡中打开“评分面板”。');
      return;
    }
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.7')) {
      showFatal(container, '当前 Excel 版本过旧（需要 ExcelApi 1.7 及以上，即 Excel 2019 或更新版本），请升级 Office 后再使用。');
      return;
    }
    const host = createExcelHost(Excel, Office);
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}

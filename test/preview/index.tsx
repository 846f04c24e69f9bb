import { createRoot } from 'react-dom/client';
import { uiLanguage, whenOfficeReady } from '@/excel/officeHost';
import { createPaneQueryClient } from '@/taskpane/createPaneQueryClient';
import { createPaneServices } from '@/taskpane/services/createPaneServices';
import { createExcelHost } from '../excel-host/createExcelHost';
import { addDemoClientsSheet } from '../excel-host/demoClientsSheet';
import { installExcelHost } from '../excel-host/installExcelHost';
import { PreviewPage } from './PreviewPage';

// The preview page (development aid): installs an in-memory Excel with the demo sheet as window.Excel (and the
// Office shim), then renders the real pane beside it, with the same services and settings logic as in Excel.
// `?lang=en-US` sets Office's display language.
async function start(): Promise<void> {
  const displayLanguage = new URLSearchParams(window.location.search).get('lang') ?? 'fr-CH';
  const host = createExcelHost({ displayLanguage });
  addDemoClientsSheet(host.workbook);
  installExcelHost(host, globalThis);
  (globalThis as { __excelHost?: unknown }).__excelHost = host;

  const language = uiLanguage(await whenOfficeReady());
  document.documentElement.lang = language;
  const container = document.getElementById('root');
  if (!container) throw new Error('preview.html has no #root element');
  createRoot(container).render(
    <PreviewPage host={host} language={language} services={createPaneServices(language)} queryClient={createPaneQueryClient()} />,
  );
}

void start();

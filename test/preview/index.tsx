import { createRoot } from 'react-dom/client';
import { uiLanguage, whenOfficeReady } from '@/excel/officeHost';
import { readOfficeTheme } from '@/excel/readOfficeTheme';
import { fluentThemeFor } from '@/taskpane/fluentThemeFor';
import { createPaneQueryClient } from '@/taskpane/createPaneQueryClient';
import { createPaneServices } from '@/taskpane/services/createPaneServices';
import { startPageExcel } from '../officejs-host/startPageExcel';
import { PreviewPage } from './PreviewPage';

// The preview page (development aid): office.js's real Excel client (loaded by preview.html) answered by an
// in-memory workbook holding the demo sheet, then the real pane beside it, with the same services and settings logic
// as in Excel. `?lang=en-US` sets Office's display language; `?excelApi=1.18` marks with notes (on the model alone:
// the npm build of office.js has no notes); `?theme=dark` makes office.js's Office.context.officeTheme Office's "Black"
// theme, which the pane and the page follow as the pane does in Excel (fluentThemeFor).
async function start(): Promise<void> {
  const { excel: host, client, officeTheme } = startPageExcel(window);

  const language = uiLanguage(await whenOfficeReady());
  document.documentElement.lang = language;
  const container = document.getElementById('root');
  if (!container) throw new Error('preview.html has no #root element');
  createRoot(container).render(
    <PreviewPage
      host={host}
      client={client}
      language={language}
      services={createPaneServices(language)}
      queryClient={createPaneQueryClient()}
      theme={fluentThemeFor(readOfficeTheme())}
      officeTheme={officeTheme}
      onOfficeThemeChange={(chosen) => {
        const query = new URLSearchParams(window.location.search);
        if (chosen === 'black') query.set('theme', 'dark');
        else query.delete('theme');
        window.location.search = query.toString();
      }}
    />,
  );
}

void start();

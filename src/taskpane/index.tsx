import { createRoot } from 'react-dom/client';
import { uiLanguage, whenOfficeReady } from '@/excel/officeHost';
import { readOfficeTheme } from '@/excel/readOfficeTheme';
import { App } from './App';
import { createPaneQueryClient } from './createPaneQueryClient';
import { fluentThemeFor } from './fluentThemeFor';
import { readLaunchAction } from './readLaunchAction';
import { createPaneServices } from './services/createPaneServices';

/**
 * The add-in's entry: waits for Office, picks the language and the theme, reads what the pane was opened to do
 * (`?action=import`: start the import; the ribbon's "Importer" asks an open pane through launchChannel), renders the pane.
 */
async function start(): Promise<void> {
  const hostInfo = await whenOfficeReady();
  const language = uiLanguage(hostInfo);
  document.documentElement.lang = language;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <App
      language={language}
      theme={fluentThemeFor(readOfficeTheme())}
      services={createPaneServices(language)}
      queryClient={createPaneQueryClient()}
      launchAction={readLaunchAction(window.location.search)}
    />,
  );
}

void start();

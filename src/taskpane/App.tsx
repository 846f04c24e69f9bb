import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { PaneAnnouncer } from './announce/PaneAnnouncer';
import { TaskPane } from './components/TaskPane';
import { I18nProvider } from './i18n/I18nContext';
import type { Language } from '@/domain';
import type { LaunchAction } from './readLaunchAction';
import type { PaneServices } from './services/PaneServices';
import { PaneServicesProvider } from './services/PaneServicesContext';
import { StoreProvider } from './store/StoreProvider';

export type AppProps = {
  language: Language;
  services: PaneServices;
  queryClient: QueryClient;
  /** Fluent theme; the light theme unless the host gives Office's theme. */
  theme?: Theme;
  /** What the pane was opened to do (read from its URL by readLaunchAction), or null. */
  launchAction?: LaunchAction | null;
};

/** The whole task pane with its providers: used by the add-in entry, the preview page and the tests. */
export function App({ language, services, queryClient, theme = webLightTheme, launchAction = null }: AppProps) {
  return (
    <FluentProvider theme={theme} lang={language}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider language={language}>
          <PaneServicesProvider services={services}>
            <StoreProvider>
              <PaneAnnouncer>
                <TaskPane launchAction={launchAction} />
              </PaneAnnouncer>
            </StoreProvider>
          </PaneServicesProvider>
        </I18nProvider>
      </QueryClientProvider>
    </FluentProvider>
  );
}

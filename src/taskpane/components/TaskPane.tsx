import { PrimaryActionContext } from './primaryAction';
import { makeStyles, Spinner, Subtitle1, Tab, TabList, ToggleButton, tokens, useId } from '@fluentui/react-components';
import { Settings20Regular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { ImporterTab } from '../importer/ImporterTab';
import type { LaunchAction } from '../readLaunchAction';
import { StatusLine } from './StatusLine';
import { useTaskPane } from './useTaskPane';

// Loaded on demand: not needed to draw the pane's first screen.
const SettingsPanel = lazy(() => import('./SettingsPanel.js').then((module) => ({ default: module.SettingsPanel })));
const ClientsTab = lazy(() => import('../clients/ClientsTab.js').then((module) => ({ default: module.ClientsTab })));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    // A button that turns enabled again is drawn enabled at once: Fluent's colour transition would show an enabled
    // button in its disabled colours for a moment (unreadable, and a screen reader already says it is enabled).
    '& .fui-Button': { transitionDuration: '0s' },
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  title: { margin: 0 },
});

type TaskPaneProps = {
  /** What the pane was opened to do (`import`: start the one-click import of the active sheet), or null. */
  launchAction?: LaunchAction | null;
};

/** The task pane: title, store status, settings on demand, and the "Importer" / "Clients" tabs. */
export function TaskPane({ launchAction = null }: TaskPaneProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const pane = useTaskPane(launchAction);
  const tabIds = { importer: useId('tab-importer'), clients: useId('tab-clients') };
  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {t.appTitle}
        </Subtitle1>
        <ToggleButton
          appearance="subtle"
          icon={<Settings20Regular />}
          aria-label={t.settings.open}
          title={t.settings.open}
          checked={pane.settingsOpen}
          aria-expanded={pane.settingsOpen}
          onClick={pane.toggleSettings}
        />
      </header>
      <StatusLine status={pane.status} onRecheck={pane.recheck} />
      {pane.settingsOpen && (
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <SettingsPanel current={pane.store.settings} source={pane.store.source} onSave={pane.store.save} onClose={pane.closeSettings} />
        </Suspense>
      )}
      <PrimaryActionContext.Provider value={!pane.settingsOpen}>
        <TabList
          selectedValue={pane.selectedTab}
          onTabSelect={(_event, data) => pane.handleTabSelect(data.value)}
          aria-label={t.tabs.label}
        >
          <Tab value="importer" id={tabIds.importer}>
            {t.tabs.importer}
          </Tab>
          <Tab value="clients" id={tabIds.clients}>
            {t.tabs.clients}
          </Tab>
        </TabList>
        <div role="tabpanel" aria-labelledby={tabIds.importer} hidden={pane.selectedTab !== 'importer'}>
          <ImporterTab launchImport={pane.launchImport} />
        </div>
        {pane.isTabOpened('clients') && (
          <div role="tabpanel" aria-labelledby={tabIds.clients} hidden={pane.selectedTab !== 'clients'}>
            <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
              <ClientsTab />
            </Suspense>
          </div>
        )}
      </PrimaryActionContext.Provider>
    </main>
  );
}

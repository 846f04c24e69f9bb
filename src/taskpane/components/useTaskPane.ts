import { useState } from 'react';
import { useStoreSettings } from '../store/useStoreSettings';
import { useStoreStatus } from '../store/useStoreStatus';

export const PaneTab = ['importer', 'clients'] as const;
export type PaneTab = (typeof PaneTab)[number];

const isPaneTab = (value: unknown): value is PaneTab => PaneTab.some((tab) => tab === value);

/**
 * The pane's state: the store settings and status, the selected tab and the tabs opened so far (they stay
 * mounted, hidden, so switching tabs loses neither a form being edited nor an import in progress), the
 * settings panel's visibility.
 */
export function useTaskPane() {
  const store = useStoreSettings();
  const { status, recheck } = useStoreStatus(store.settings, store.isResolving);
  const [selectedTab, setSelectedTab] = useState<PaneTab>('importer');
  const [openedTabs, setOpenedTabs] = useState<ReadonlySet<PaneTab>>(() => new Set<PaneTab>(['importer']));
  const [settingsOpen, setSettingsOpen] = useState(false);
  return {
    store,
    status,
    recheck,
    selectedTab,
    isTabOpened: (tab: PaneTab) => openedTabs.has(tab),
    handleTabSelect: (value: unknown) => {
      if (!isPaneTab(value)) return;
      setSelectedTab(value);
      setOpenedTabs((opened) => (opened.has(value) ? opened : new Set([...opened, value])));
    },
    settingsOpen,
    toggleSettings: () => setSettingsOpen((open) => !open),
    closeSettings: () => setSettingsOpen(false),
  };
}

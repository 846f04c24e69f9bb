import { useState } from 'react';
import { useLaunchRequests } from '../launch/useLaunchRequests';
import type { LaunchAction } from '../readLaunchAction';
import { usePaneServices } from '../services/PaneServicesContext';
import { useStore } from '../store/StoreProvider';

export const PaneTab = ['importer', 'clients'] as const;
export type PaneTab = (typeof PaneTab)[number];

const isPaneTab = (value: unknown): value is PaneTab => PaneTab.some((tab) => tab === value);

/** The tab each launch action opens on. */
const launchTab: Record<LaunchAction, PaneTab> = { import: 'importer' };

/**
 * The pane's state: the store settings and status, the selected tab and the tabs opened so far (they stay
 * mounted, hidden, so switching tabs loses neither a form being edited nor an import in progress), the
 * settings panel's visibility. Opened with a launch action (`import`: the ribbon's "Importer" button), the pane
 * starts on that action's tab and `launchImport` is 1 (the Importer tab starts once the store is known). The ribbon's
 * requests while the pane is open (launchChannel) select that tab and count up `launchImport`: each starts an import.
 */
export function useTaskPane(launchAction: LaunchAction | null = null) {
  const store = useStore();
  const firstTab = launchAction === null ? 'importer' : launchTab[launchAction];
  const [selectedTab, setSelectedTab] = useState<PaneTab>(firstTab);
  const [openedTabs, setOpenedTabs] = useState<ReadonlySet<PaneTab>>(() => new Set<PaneTab>(['importer', firstTab]));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [launchImport, setLaunchImport] = useState(launchAction === 'import' ? 1 : 0);
  useLaunchRequests(usePaneServices().launchStorage ?? null, (action) => {
    const tab = launchTab[action];
    setSelectedTab(tab);
    setOpenedTabs((opened) => (opened.has(tab) ? opened : new Set([...opened, tab])));
    if (action === 'import') setLaunchImport((count) => count + 1);
  });
  return {
    store,
    status: store.status,
    recheck: store.recheck,
    launchImport,
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

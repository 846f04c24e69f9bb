import { useState } from 'react';
import type { LaunchAction } from '../readLaunchAction';
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
 * starts on that action's tab and `launchImport` is true (the Importer tab starts once the store is known).
 */
export function useTaskPane(launchAction: LaunchAction | null = null) {
  const store = useStore();
  const firstTab = launchAction === null ? 'importer' : launchTab[launchAction];
  const [selectedTab, setSelectedTab] = useState<PaneTab>(firstTab);
  const [openedTabs, setOpenedTabs] = useState<ReadonlySet<PaneTab>>(() => new Set<PaneTab>(['importer', firstTab]));
  const [settingsOpen, setSettingsOpen] = useState(false);
  return {
    store,
    status: store.status,
    recheck: store.recheck,
    launchImport: launchAction === 'import',
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

import { createContext, useContext, type ReactNode } from 'react';

const ImportLaunchContext = createContext(false);

type ImportLaunchProviderProps = {
  /** True when the pane was opened to import the active sheet and the store settings are known. */
  launchImport: boolean;
  children: ReactNode;
};

/** Tells the Importer tab to start its one-click import once, as the ribbon's "Importer" button asks. */
export function ImportLaunchProvider({ launchImport, children }: ImportLaunchProviderProps) {
  return <ImportLaunchContext.Provider value={launchImport}>{children}</ImportLaunchContext.Provider>;
}

/** Whether the one-click import should start on its own (the pane was opened with `action=import`). */
export const useImportLaunch = (): boolean => useContext(ImportLaunchContext);

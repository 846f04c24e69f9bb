import type { StoreClient } from '@/api-client/createStoreClient';
import type { LocalStoreConfig } from '@/contract/LocalStoreConfig';
import type { ExcelGateway } from '@/excel/excelGateway';
import type { StoreSettings } from '@/excel/settingsStorage';
import type { LaunchStorage } from '../launch/launchChannel';

/** Where the store's URL and token are kept (the add-in's settings in Excel). */
export type SettingsStorage = {
  load: () => StoreSettings | null;
  save: (settings: StoreSettings) => void | Promise<void>;
};

/** The store as the pane sees it: a client per settings, and the dev server's local configuration. */
export type PaneApi = {
  connect: (settings: StoreSettings) => StoreClient;
  loadLocalStoreConfig: (options: { signal?: AbortSignal }) => Promise<LocalStoreConfig | null>;
};

/** The Excel operations the pane calls (through src/excel). */
export type PaneExcel = ExcelGateway;

/** Everything the pane calls outside React. Given by `PaneServicesProvider`, so tests pass fakes. */
export type PaneServices = {
  excel: PaneExcel;
  api: PaneApi;
  settingsStorage: SettingsStorage;
  /** Where the ribbon's "Importer" posts its requests (the add-in origin's localStorage); absent or null: none come. */
  launchStorage?: LaunchStorage | null;
};

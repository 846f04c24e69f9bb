import { createStoreClient } from '@/api-client/createStoreClient';
import { fetchLocalStoreConfig } from '@/api-client/fetchLocalStoreConfig';
import { excelGateway } from '@/excel/excelGateway';
import { loadStoreSettings, saveStoreSettings } from '@/excel/settingsStorage';
import type { Language } from '@/domain';
import { originLaunchStorage } from '../launch/launchChannel';
import type { PaneServices } from './PaneServices';

/** The real services: Excel through src/excel, the store through src/api-client. */
export function createPaneServices(language: Language): PaneServices {
  return {
    excel: excelGateway,
    api: {
      connect: (settings) => createStoreClient({ storeUrl: settings.storeUrl, token: settings.token, language }),
      loadLocalStoreConfig: ({ signal }) => fetchLocalStoreConfig({ signal }),
    },
    settingsStorage: { load: loadStoreSettings, save: saveStoreSettings },
    launchStorage: originLaunchStorage(),
  };
}

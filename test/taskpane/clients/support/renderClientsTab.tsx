import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SheetClient, WrittenClients } from '@/excel/template/writeClientsToSheet';
import { App } from '@/taskpane/App';
import type { Language } from '@/domain';
import type { PaneServices } from '@/taskpane/services/PaneServices';
import { createFakeExcel, createFakeSettingsStorage, goodSettings } from '@test/taskpane/support/renderPane';
import { createMemoryStore, type MemoryStore } from './createMemoryStore';

type RenderClientsTabOptions = { language?: Language; store?: MemoryStore };

/**
 * The whole pane, connected to a memory store, with the Clients tab open. The sheet writer records
 * the clients it is given. Fresh QueryClient, no retries.
 */
export async function renderClientsTab(options: RenderClientsTabOptions = {}) {
  const store = options.store ?? createMemoryStore();
  const written: SheetClient[][] = [];
  const excel = {
    ...createFakeExcel([{ name: 'Feuil1', usedRows: 0, usedColumns: 0 }]),
    writeClientsToSheet: async (clients: readonly SheetClient[]): Promise<WrittenClients> => {
      written.push([...clients]);
      return { sheetName: 'Clients', rows: clients.length };
    },
  };
  const connections: string[] = [];
  const services: PaneServices = {
    excel,
    api: {
      connect: (settings) => {
        connections.push(settings.storeUrl);
        return store.client;
      },
      loadLocalStoreConfig: async () => null,
    },
    settingsStorage: createFakeSettingsStorage(goodSettings),
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(<App language={options.language ?? 'fr'} services={services} queryClient={queryClient} />);
  await user.click(screen.getByRole('tab', { name: 'Clients' }));
  const panel = screen.getByRole('tabpanel');
  return { ...view, user, store, written, panel, queryClient, within: within(panel) };
}

import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreClientError } from '@/api-client/StoreClientError';
import type { ClientLookup, ClientLookupResult } from '@/contract/ClientLookup';
import type { RefreshSheetOptions, SheetRefresh } from '@/excel/refresh/refreshSheetFromStore';
import { App } from '@/taskpane/App';
import type { StoreSettings } from '@/excel/settingsStorage';
import { createFakeStore } from '../support/fakeStore';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';

const refreshed: Extract<SheetRefresh, { outcome: 'refreshed' }> = {
  outcome: 'refreshed',
  touchedCodes: ['CL-2'],
  sheetName: 'Clients',
  rows: 40,
  reads: 1,
  counts: { updatedCells: 12, deletedRows: 2, unknownRows: 0, conflictFields: 2, conflictRows: 1 },
  conflicts: [
    {
      row: 3,
      clientId: 'id-2',
      code: 'CL-2',
      currentVersion: 4,
      fields: [
        { key: 'city', sheet: 'Bulle', store: 'Sion' },
        { key: 'phone', sheet: null, store: '+41215551212' },
      ],
    },
  ],
};
const answer: ClientLookupResult = { clients: [], deleted: [], missing: { codes: ['CL-1'], ids: [] }, bases: [] };

/** The pane over a fake Excel whose refresh asks the store once (as refreshSheetFromStore does) and answers `result`. */
function renderPane(options: { result?: SheetRefresh | Error; settings?: StoreSettings | null; lookupFails?: boolean } = {}) {
  const calls: Omit<RefreshSheetOptions, 'lookup'>[] = [];
  const lookups: ClientLookup[] = [];
  const excel = {
    readActiveSheetSummary: async () => ({ name: 'Clients', usedRows: 41, usedColumns: 19 }),
    refreshSheetFromStore: async ({ lookup, ...rest }: RefreshSheetOptions) => {
      calls.push(rest);
      await lookup({ codes: ['CL-1'], versions: { 'CL-1': 2 } });
      if (options.result instanceof Error) throw options.result;
      return options.result ?? refreshed;
    },
  };
  const fakeStore = createFakeStore();
  const api = {
    ...fakeStore,
    connect: (settings: StoreSettings) => ({
      ...fakeStore.connect(settings),
      lookupClients: async (lookup: ClientLookup) => {
        lookups.push(lookup);
        if (options.lookupFails) throw new StoreClientError('unreachable', 'down');
        return answer;
      },
    }),
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const settingsStorage = createFakeSettingsStorage(options.settings === undefined ? goodSettings : options.settings);
  render(<App language="fr" services={{ excel: excel as never, api, settingsStorage }} queryClient={queryClient} />);
  return { panel: screen.getByRole('tabpanel', { name: 'Importer' }), calls, lookups };
}

/** A text as read, whatever its spaces (the pane writes non-breaking ones where French needs them). */
const spaced = (text: string) => (content: string) => content.replace(/\s/g, ' ') === text;

describe('Actualiser depuis la base', () => {
  it('refreshes the active sheet through the store, then says what changed and lists each conflict with both values', async () => {
    const { panel, calls, lookups } = renderPane();
    await userEvent.click(within(panel).getByRole('button', { name: 'Actualiser depuis la base' }));
    const summary = await within(panel).findByRole('region', { name: 'Actualiser depuis la base' });
    expect(within(summary).getByText('12 cellules mises à jour, 2 clients supprimés dans la base, 2 conflits')).toBeInTheDocument();
    expect(calls).toEqual([expect.objectContaining({ homeCountry: 'CH', lang: 'fr', codesPerLookup: 1000, confirmedMappings: [] })]);
    expect(lookups).toEqual([{ codes: ['CL-1'], versions: { 'CL-1': 2 } }]);
    const lines = within(summary)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s/g, ' '));
    // Values as the template's cells show them (a phone written internationally).
    expect(lines).toEqual([
      'Ligne 3, Localité : feuille « Bulle », base « Sion »',
      'Ligne 3, Téléphone : feuille (vide), base « +41 21 555 12 12 »',
    ]);
  });

  it('gives the counts in one line, and no conflict list when there is no conflict', async () => {
    const upToDate: Extract<SheetRefresh, { outcome: 'refreshed' }> = {
      ...refreshed,
      counts: { updatedCells: 1, deletedRows: 0, unknownRows: 1, conflictFields: 0, conflictRows: 0 },
      conflicts: [],
    };
    const { panel } = renderPane({ result: upToDate });
    await userEvent.click(within(panel).getByRole('button', { name: 'Actualiser depuis la base' }));
    expect(await within(panel).findByText('1 cellule mise à jour, 1 code inconnu de la base')).toBeInTheDocument();
    expect(within(panel).queryByText(/^Conflits/)).toBeNull();
  });

  it('says so for a sheet without "Code client"', async () => {
    const { panel } = renderPane({ result: { outcome: 'no_code_column', sheetName: 'Feuil1' } });
    await userEvent.click(within(panel).getByRole('button', { name: 'Actualiser depuis la base' }));
    expect(
      await within(panel).findByText(
        spaced('La feuille « Feuil1 » n’a pas de colonne « Code client » : rien à actualiser depuis la base.'),
      ),
    ).toBeInTheDocument();
  });

  it('says why when the store cannot be reached', async () => {
    const { panel } = renderPane({ lookupFails: true });
    await userEvent.click(within(panel).getByRole('button', { name: 'Actualiser depuis la base' }));
    expect(await within(panel).findByText(/^L’actualisation n’a pas abouti\. /)).toBeInTheDocument();
  });

  it('asks for a store first when none is set up, and touches nothing', async () => {
    const { panel, calls } = renderPane({ settings: null });
    await userEvent.click(within(panel).getByRole('button', { name: 'Actualiser depuis la base' }));
    expect(
      await within(panel).findByText('Connectez d’abord le volet à une base clients (paramètres) pour actualiser la feuille.'),
    ).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});

import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreClient } from '@/api-client/createStoreClient';
import { countRowResults, type ImportResponse } from '@/contract/ImportResponse';
import type { RowResult } from '@/contract/RowResult';
import { changedKeys, COLUMN_KEYS, mergeThreeWay, versionHeader, type ClientValues, type FullClientValues } from '@/domain';
import { excelGateway } from '@/excel/excelGateway';
import { App } from '@/taskpane/App';
import { makeClient } from '@test/api-client/support/makeClient';
import { unusedStoreMethods } from '@test/api-client/support/unusedStoreMethods';
import { createExcelHost, type ExcelHost } from '@test/excel-host/createExcelHost';
import { installExcelHost } from '@test/excel-host/installExcelHost';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';
import { importDate as today, WAIT } from './support/importSheetRows';

// The Importer tab over the real src/excel operations on the in-memory host, against a store that keeps every
// version of its clients and merges three ways as the real one does (the domain's mergeThreeWay).

const empty = Object.fromEntries(COLUMN_KEYS.map((key) => [key, null])) as FullClientValues;

function createVersionedStore(initial: ClientValues[]) {
  const clients = initial.map((values, index) => ({ id: `id${index + 1}`, versions: [{ ...empty, ...values }] }));
  const requests: { version?: number; values: ClientValues }[][] = [];
  let batch = 0;
  const importRows: StoreClient['importRows'] = async (request) => {
    requests.push(request.rows.map((row) => ({ version: row.version, values: row.values as ClientValues })));
    const results = request.rows.map((row): RowResult => {
      const sheet = row.values as ClientValues;
      const client = clients.find((entry) => entry.versions.at(-1)?.code === sheet.code);
      if (!client) throw new Error('the test sends known codes only');
      const current = client.versions.at(-1) as FullClientValues;
      const version = client.versions.length;
      const asClient = (values: FullClientValues, at: number) =>
        makeClient({ ...values, id: client.id, code: values.code ?? '', version: at });
      let merged: FullClientValues = { ...current, ...sheet };
      let kept: (typeof COLUMN_KEYS)[number][] = [];
      if (row.version !== undefined && row.version < version) {
        const merge = mergeThreeWay(client.versions[row.version - 1] as FullClientValues, sheet, current);
        if (merge.conflicts.length > 0)
          return {
            row: row.row,
            status: 'conflict',
            id: client.id,
            code: current.code ?? '',
            errors: merge.conflicts.map((key) => ({ path: key, code: 'version.conflict', message: 'conflit' })),
            conflict: { fields: merge.conflicts, current: asClient(current, version) },
          };
        merged = merge.values;
        kept = merge.kept;
      }
      const changed = changedKeys(current, merged).length > 0;
      if (changed) client.versions.push(merged);
      const now = client.versions.length;
      const extra = kept.length > 0 ? { kept, client: asClient(merged, now) } : {};
      return {
        row: row.row,
        status: changed ? 'updated' : 'unchanged',
        id: client.id,
        code: merged.code ?? '',
        version: now,
        errors: [],
        ...extra,
      };
    });
    batch += 1;
    const response: ImportResponse = { batchId: `b${batch}`, mode: 'upsert', results, counts: countRowResults(results) };
    return response;
  };
  const client: StoreClient = {
    ...unusedStoreMethods(),
    importRows,
    health: async () => ({ status: 'ok', version: '0.1.0', database: 'sqlite' }),
    getSettings: async () => ({ homeCountry: 'CH' }),
  };
  /** A store-side edit (the Clients tab, another person): a new version. */
  const edit = (index: number, values: ClientValues) => {
    const entry = clients[index];
    if (entry) entry.versions.push({ ...(entry.versions.at(-1) as FullClientValues), ...values });
  };
  const current = (index: number) => clients[index]?.versions.at(-1);
  return { api: { connect: () => client, loadLocalStoreConfig: async () => null }, requests, edit, current };
}

let host: ExcelHost;
let uninstall: () => void;
afterEach(() => uninstall());

const headers = ['Code client', versionHeader, 'Nom *', 'Prénom *', 'Email *', 'Téléphone', 'Localité'];
const sophie = {
  code: 'CL-000001',
  lastName: 'Favre',
  firstName: 'Sophie',
  email: 'sophie@example.ch',
  phone: '+41221234567',
  city: 'Genève',
};
const julien = {
  code: 'CL-000002',
  lastName: 'Rochat',
  firstName: 'Julien',
  email: 'julien@example.ch',
  phone: '+41216547890',
  city: 'Lausanne',
};

function renderTab() {
  host = createExcelHost();
  // Filled from version 1 of both clients, then edited in the sheet: Sophie's name and phone, Julien's phone.
  host.workbook.addSheet('Clients', [
    headers,
    ['CL-000001', '1', 'Favre-Rochat', 'Sophie', 'sophie@example.ch', '022 777 88 99', 'Genève'],
    ['CL-000002', '1', 'Rochat', 'Julien', 'julien@example.ch', '021 111 22 33', 'Lausanne'],
  ]);
  uninstall = installExcelHost(host);
  const store = createVersionedStore([sophie, julien]);
  // Meanwhile in the store: Sophie moved (city) and got a new phone; Julien got a new phone.
  store.edit(0, { city: 'Lancy', phone: '+41225550000' });
  store.edit(1, { phone: '+41219990000' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excelGateway, api: store.api, settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(<App language="fr" services={services} queryClient={queryClient} />);
  return { panel: screen.getByRole('tabpanel', { name: 'Importer' }), store };
}

const cells = (address: string) => host.workbook.sheet('Clients').getValues(address);

describe('a re-import that meets newer edits of the store', () => {
  it('lists the conflicts, writes nothing of those rows, and converges once the user chooses per field', async () => {
    const { panel, store } = renderTab();
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    const summary = await within(panel).findByRole('region', { name: "Résultat de l'import" }, WAIT);
    expect(within(summary).getByText('Créés : 0 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0 · En conflit : 2')).toBeInTheDocument();
    expect(store.requests[0]?.map((row) => row.version)).toEqual([1, 1]);
    // Nothing of either row written; the sheet says why.
    expect(store.current(0)).toMatchObject({ lastName: 'Favre', city: 'Lancy', phone: '+41225550000' });
    expect(cells('H2:H3')).toEqual([['Conflit\u00a0: Téléphone'], ['Conflit\u00a0: Téléphone']]);

    const list = within(summary).getByRole('region', { name: '2 lignes en conflit avec la base clients' });
    const row2 = within(list).getByRole('listitem', { name: 'Ligne 2 (CL-000001)' });
    const phone2 = within(row2).getByRole('radiogroup', { name: 'Téléphone\u00a0: valeur à garder' });
    expect(within(phone2).getByRole('radio', { name: 'Garder la feuille — Feuille\u00a0: +41 22 777 88 99' })).toBeInTheDocument();
    const apply = within(list).getByRole('button', { name: 'Appliquer les choix' });
    expect(apply).toBeDisabled();
    // Sophie: the store's phone; Julien: the sheet's (with the row's button).
    await user.click(within(phone2).getByRole('radio', { name: 'Garder la base — Base\u00a0: +41 22 555 00 00' }));
    const row3 = within(list).getByRole('listitem', { name: 'Ligne 3 (CL-000002)' });
    await user.click(within(row3).getByRole('button', { name: 'Garder la feuille pour cette ligne' }));
    await user.click(within(list).getByRole('button', { name: 'Appliquer les choix (2 lignes)' }));

    expect(await within(panel).findByText('Créés : 0 · Mis à jour : 2 · Inchangés : 0 · En erreur : 0', {}, WAIT)).toBeInTheDocument();
    expect(within(panel).queryByRole('region', { name: /en conflit avec la base clients/ })).toBeNull();
    // The sheet's own edit applied, the store's newer city kept, each chosen phone where it belongs.
    expect(store.current(0)).toMatchObject({ lastName: 'Favre-Rochat', city: 'Lancy', phone: '+41225550000' });
    expect(store.current(1)).toMatchObject({ phone: '+41211112233' });
    // The sheet got the store's values (city, chosen phone) and each row's new version; statuses rewritten.
    expect(cells('A2:H3')).toEqual([
      ['CL-000001', 3, 'Favre-Rochat', 'Sophie', 'sophie@example.ch', '+41 22 555 00 00', 'Lancy', `Mis à jour le ${today}`],
      ['CL-000002', 3, 'Rochat', 'Julien', 'julien@example.ch', '021 111 22 33', 'Lausanne', `Mis à jour le ${today}`],
    ]);
    // A third import finds nothing to merge: the sheet and the store agree.
    await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    expect(await within(panel).findByText('Créés : 0 · Mis à jour : 0 · Inchangés : 2 · En erreur : 0', {}, WAIT)).toBeInTheDocument();
  });

  it("« Garder la base pour tous » then apply: the store's values come into the sheet, its edits elsewhere applied", async () => {
    const { panel, store } = renderTab();
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    const summary = await within(panel).findByRole('region', { name: "Résultat de l'import" }, WAIT);
    await user.click(within(summary).getByRole('button', { name: 'Garder la base pour tous' }));
    await user.click(within(summary).getByRole('button', { name: 'Appliquer les choix (2 lignes)' }));
    expect(await within(panel).findByText('Créés : 0 · Mis à jour : 1 · Inchangés : 1 · En erreur : 0', {}, WAIT)).toBeInTheDocument();
    expect(store.current(0)).toMatchObject({ lastName: 'Favre-Rochat', city: 'Lancy', phone: '+41225550000' });
    expect(store.current(1)).toMatchObject({ phone: '+41219990000' });
    expect(cells('F2:G3')).toEqual([
      ['+41 22 555 00 00', 'Lancy'],
      ['+41 21 999 00 00', 'Lausanne'],
    ]);
    // The sheet's own "Version" column is not text-formatted: Excel reads the versions as numbers.
    expect(cells('B2:B3')).toEqual([[3], [2]]);
  });
});

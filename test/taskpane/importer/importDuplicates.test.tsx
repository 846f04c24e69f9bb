import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { excelGateway } from '@/excel/excelGateway';
import { App } from '@/taskpane/App';
import { createExcelHost, type ExcelHost } from '@test/excel-host/createExcelHost';
import { installExcelHost } from '@test/excel-host/installExcelHost';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';
import { createImportingStore, type ImportingStore } from './support/createImportingStore';
import { importDate as today, templateHeaders as headers, WAIT } from './support/importSheetRows';

// The Importer tab over the real src/excel operations on the in-memory Excel host, against an in-memory store that
// answers `duplicate` for a new row with the name and birth date (or postal code) of a stored client.

let host: ExcelHost;
let uninstall: () => void;
let store: ImportingStore;
afterEach(() => uninstall());

const stored = (n: number, values: Record<string, unknown>) => ({
  id: `id-${n}`,
  code: `CL-00000${n}`,
  values: { title: 'Mme', country: 'CH', language: 'fr', ...values },
  deleted: false,
  previous: null,
});
/** A template row: name, e-mail, phone, postal code, city, birth date (the other cells empty or defaulted). */
const sheetRow = (last: string, first: string, email: string, phone: string, npa: string, city: string, birth: string) => [
  '',
  'Mme',
  last,
  first,
  '',
  '',
  email,
  phone,
  '',
  '',
  npa,
  city,
  'CH',
  '',
  '',
  'fr',
  birth,
  '',
];

function renderTab() {
  host = createExcelHost();
  host.workbook.addSheet('Clients', [
    headers,
    sheetRow('Dupont', 'Marie', 'marie@nouvelle.ch', '', '1204', 'Genève', '01.02.1980'),
    sheetRow('Rochat', 'Julien', 'julien@autre.ch', '', '1003', 'Lausanne', ''),
    sheetRow('Keller', 'Hans', 'hans@ailleurs.ch', '', '3011', 'Bern', '03.04.1975'),
    sheetRow('Favre', 'Sophie', 'sophie@example.ch', '', '1950', 'Sion', ''),
  ]);
  uninstall = installExcelHost(host);
  store = createImportingStore({ detectTwins: true });
  store.clients.push(
    stored(1, {
      lastName: 'Dupont',
      firstName: 'Marie',
      email: 'marie@ancienne.ch',
      phone: '+41223104567',
      postalCode: '1204',
      city: 'Genève',
      birthDate: '1980-02-01',
    }),
    stored(2, { lastName: 'Rochat', firstName: 'Julien', email: 'julien@example.ch', postalCode: '1003', city: 'Lausanne' }),
    stored(3, { lastName: 'Keller', firstName: 'Hans', email: 'hans@example.ch', birthDate: '1975-04-03' }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excelGateway, api: store, settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(<App language="fr" services={services} queryClient={queryClient} />);
  return screen.getByRole('tabpanel', { name: 'Importer' });
}

const column = (letter: string, first: number, last: number) =>
  host.workbook
    .sheet('Clients')
    .getValues(`${letter}${first}:${letter}${last}`)
    .map(([value]) => value);

describe('an import that meets probable duplicates', () => {
  it('creates none of them, lists each with its candidate, and applies « même client », « créer quand même », « ignorer »; undo puts all back', async () => {
    const panel = renderTab();
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    const summary = await within(panel).findByRole('region', { name: "Résultat de l'import" }, WAIT);
    expect(
      within(summary).getByText('Créés : 1 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0 · Doublons probables : 3'),
    ).toBeInTheDocument();
    // Nothing of the three created; the sheet says whose twin each probably is, and writes no code.
    expect(store.clients).toHaveLength(4);
    expect(column('A', 2, 5)).toEqual(['', '', '', 'CL-000004']);
    expect(column('S', 2, 5)).toEqual([
      'Doublon probable de CL-000001',
      'Doublon probable de CL-000002',
      'Doublon probable de CL-000003',
      `Créé le ${today}`,
    ]);
    // Screen readers hear it without the focus moving (the pane's live region).
    const live = screen.getAllByRole('status').find((element) => element.textContent?.startsWith('Import terminé'));
    expect(live?.textContent?.replace(/\s/g, ' ')).toBe(
      'Import terminé : 1 créé, 0 mis à jour, 0 en erreur. 3 lignes probablement déjà dans la base, à examiner dans le volet.',
    );
    const list = within(summary).getByRole('region', { name: '3\u00a0lignes probablement déjà dans la base clients' });
    const marie = within(list).getByRole('listitem', { name: 'Ligne 2\u00a0: Dupont Marie' });
    expect(within(marie).getByText(/^CL-000001 Dupont Marie, probable à 92 % : même nom et même date de naissance$/)).toBeInTheDocument();

    // Marie is the stored client (her new e-mail); Julien is another person of the same name; Hans: ignored.
    await user.click(within(marie).getByRole('radio', { name: 'C\u2019est le même client' }));
    const julien = within(list).getByRole('listitem', { name: 'Ligne 3\u00a0: Rochat Julien' });
    await user.click(within(julien).getByRole('radio', { name: 'Créer quand même' }));
    await user.click(within(list).getByRole('button', { name: 'Appliquer les choix (2\u00a0lignes)' }));
    expect(
      await within(panel).findByText('Créés : 2 · Mis à jour : 1 · Inchangés : 0 · En erreur : 0 · Doublons probables : 1', {}, WAIT),
    ).toBeInTheDocument();
    // The stored Marie updated from the row (her new e-mail), her phone kept (the row's cell was empty) and written back.
    expect(store.clients[0]?.values).toMatchObject({ email: 'marie@nouvelle.ch', phone: '+41223104567', birthDate: '1980-02-01' });
    expect(store.clients).toHaveLength(5);
    expect(column('A', 2, 3)).toEqual(['CL-000001', 'CL-000005']);
    expect(column('H', 2, 2)).toEqual(['+41 22 310 45 67']);
    expect(column('S', 2, 4)).toEqual([`Mis à jour le ${today}`, `Créé le ${today}`, 'Doublon probable de CL-000003']);
    const left = within(summary).getByRole('region', { name: '1\u00a0ligne probablement déjà dans la base clients' });
    expect(within(left).queryByRole('listitem', { name: /Ligne 2/ })).toBeNull();

    await user.click(within(left).getByRole('button', { name: 'Ignorer pour tous' }));
    await user.click(within(left).getByRole('button', { name: 'Appliquer les choix (1\u00a0ligne)' }));
    await within(panel).findByText('Créés : 2 · Mis à jour : 1 · Inchangés : 0 · En erreur : 0 · Doublons probables : 1', {}, WAIT);
    expect(within(summary).queryByRole('region', { name: /probablement déjà dans la base clients/ })).toBeNull();
    expect(column('S', 4, 4)).toEqual(['Doublon probable de CL-000003']);
    expect(store.clients).toHaveLength(5);

    // « Annuler cet import »: the created clients removed, Marie restored; the rows' codes emptied.
    await user.click(within(summary).getByRole('button', { name: 'Annuler cet import' }));
    await within(panel).findByText(/^Import annulé : 3 clients rétablis/, {}, WAIT);
    expect(store.clients[0]?.values).toMatchObject({ email: 'marie@ancienne.ch' });
    expect(store.clients.filter((client) => !client.deleted)).toHaveLength(3);
    expect(column('A', 2, 5)).toEqual(['', '', '', '']);
    expect(column('S', 2, 3)).toEqual([`Import annulé le ${today}`, `Import annulé le ${today}`]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { excelGateway } from '@/excel/excelGateway';
import { maxImportFileBytes } from '@/excel/files/fileImportLimits';
import { App } from '@/taskpane/App';
import { createExcelHost, type ExcelHost } from '@test/excel-host/createExcelHost';
import { installExcelHost } from '@test/excel-host/installExcelHost';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';
import { createImportingStore, type ImportingStore } from './support/createImportingStore';
import { clientRow as row, importDate as today, templateHeaders as headers, WAIT } from './support/importSheetRows';

// The Importer tab over the real src/excel operations on the in-memory Excel host, against an in-memory store.

let host: ExcelHost;
let uninstall: () => void;
let store: ImportingStore;

function renderTab(rows: unknown[][], language: 'fr' | 'en' = 'fr', settings: typeof goodSettings | null = goodSettings) {
  host = createExcelHost();
  host.workbook.addSheet('Clients', [headers, ...rows]);
  uninstall = installExcelHost(host);
  store = createImportingStore();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excelGateway, api: store, settingsStorage: createFakeSettingsStorage(settings) };
  render(<App language={language} services={services} queryClient={queryClient} />);
  return screen.getByRole('tabpanel', { name: language === 'fr' ? 'Importer' : 'Import' });
}
afterEach(() => uninstall());

const column = (letter: string, first: number, last: number) =>
  host.workbook
    .sheet('Clients')
    .getValues(`${letter}${first}:${letter}${last}`)
    .map(([value]) => value);

async function importOnce(panel: HTMLElement, user = userEvent.setup()) {
  await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
  return within(panel).findByRole('region', { name: "Résultat de l'import" }, WAIT);
}

describe('one-click import', () => {
  it('imports the sheet, writes back codes and statuses, and a second import creates no duplicate', async () => {
    const panel = renderTab([row(1), row(2), row(3)]);
    const summary = await importOnce(panel);
    expect(within(summary).getByText('Créés : 3 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(column('A', 2, 4)).toEqual(['CL-000001', 'CL-000002', 'CL-000003']);
    expect(host.workbook.sheet('Clients').cell('S1').value).toBe('Statut import');
    expect(column('S', 2, 4)).toEqual([`Créé le ${today}`, `Créé le ${today}`, `Créé le ${today}`]);

    // Imported again untouched: no row has changed since, none is sent (the fingerprints in the hidden store say so).
    const user = userEvent.setup();
    const again = await importOnce(panel, user);
    expect(await within(again).findByText('Créés : 0 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(
      within(again).getByText('3 lignes inchangées depuis leur dernier import ou actualisation n\u2019ont pas été envoyées.'),
    ).toBeInTheDocument();
    expect(store.imports).toHaveLength(1);
    expect(host.workbook.sheet('SuiviClients_Empreintes').visibility).toBe('VeryHidden');

    // One row edited: only that one goes.
    host.workbook.sheet('Clients').setValues([['Favre-Rochat']], 'C3');
    const edited = await importOnce(panel, user);
    expect(await within(edited).findByText('Créés : 0 · Mis à jour : 1 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(store.imports[1]?.rows).toEqual([3]);
    expect(
      within(edited).getByText('2 lignes inchangées depuis leur dernier import ou actualisation n\u2019ont pas été envoyées.'),
    ).toBeInTheDocument();

    // « Envoyer aussi les lignes inchangées »: everything goes, the store finds them unchanged.
    await user.click(within(edited).getByRole('button', { name: 'Envoyer aussi les lignes inchangées' }));
    expect(await within(panel).findByText('Créés : 0 · Mis à jour : 0 · Inchangés : 3 · En erreur : 0', {}, WAIT)).toBeInTheDocument();
    expect(store.clients).toHaveLength(3);
    expect(column('S', 2, 4)).toEqual([`Inchangé le ${today}`, `Inchangé le ${today}`, `Inchangé le ${today}`]);
    expect(store.imports[2]?.key).not.toBe(store.imports[0]?.key);
  });

  it('asks before importing the valid rows only; an invalid row is never sent and reads its error; the summary leads to it', async () => {
    const panel = renderTab([row(1), row(2, 'not-an-email'), row(3)]);
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    expect(
      await within(panel).findByText('1 ligne a des erreurs et ne sera pas envoyée. Importer seulement les 2 lignes valides ?', {}, WAIT),
    ).toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Importer les lignes valides' }));
    const summary = await within(panel).findByRole('region', { name: "Résultat de l'import" }, WAIT);
    expect(within(summary).getByText('Créés : 2 · Mis à jour : 0 · Inchangés : 0 · En erreur : 1')).toBeInTheDocument();
    expect(store.imports.map((request) => request.rows)).toEqual([[2, 4]]);
    expect(column('A', 2, 4)).toEqual(['CL-000001', '', 'CL-000002']);
    // The "Anomalies" column (no notes API here) is S; "Statut import" comes after it.
    expect(host.workbook.sheet('Clients').cell('T1').value).toBe('Statut import');
    expect(String(column('T', 3, 3)[0])).toMatch(/^Erreur\u00a0: Email \*\u00a0: /);
    // The failed rows, grouped by reason, closed: the group opens on its row, which leads to its cell.
    await user.click(within(summary).getByRole('button', { name: /^1\s×\sEmail \*\s:\sAdresse e-mail invalide$/ }));
    await user.click(within(summary).getByRole('button', { name: /^Ligne 3\s:\sAdresse e-mail invalide/ }));
    expect(host.workbook.selectedAddress).toMatchObject({ sheetName: 'Clients', rect: { row: 2, column: 19 } });
  });

  it('sends batches of 1,000 rows with progress; after a dropped connection the rest reads "Non importé", and importing again completes without duplicates', async () => {
    const panel = renderTab(Array.from({ length: 2500 }, (_, i) => row(i + 1)));
    store.beforeAnswer(() => {
      if (store.imports.length === 2) store.failNext('network_after_apply');
    });
    const summary = await importOnce(panel);
    expect(store.imports.map((request) => request.rows.length)).toEqual([1000, 1000]);
    expect(within(summary).getByText(/^Import interrompu : Erreur de la base clients : la base clients ne répond pas/)).toBeInTheDocument();
    expect(
      within(summary).getByText('Créés : 1 000 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0 · Non importés : 1 500'),
    ).toBeInTheDocument();
    expect(column('S', 1001, 1003)).toEqual([`Créé le ${today}`, 'Non importé', 'Non importé']);
    expect(column('A', 1001, 1002)).toEqual(['CL-001000', '']);

    store.beforeAnswer(null);
    const again = await importOnce(panel);
    expect(await within(again).findByText('Créés : 1 500 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    // The 1,000 rows acknowledged are left out; the batch whose answer was lost is sent again with the same key, and the
    // store replays it.
    expect(within(again).getByText(/^1 000 lignes inchangées/)).toBeInTheDocument();
    expect(store.imports.slice(2).map((request) => request.rows.length)).toEqual([1000, 500]);
    expect(store.imports[2]?.key).toBe(store.imports[1]?.key);
    expect(store.clients).toHaveLength(2500);
    expect(new Set(column('A', 2, 2501)).size).toBe(2500);
    expect(column('S', 2501, 2501)).toEqual([`Créé le ${today}`]);
  }, 60_000);

  it('shows the progress and stops at Cancel: acknowledged rows keep their status, the rest "Non importé"', async () => {
    const panel = renderTab(Array.from({ length: 1500 }, (_, i) => row(i + 1)));
    let progress: string | null = null;
    store.beforeAnswer(async () => {
      if (store.imports.length !== 2) return;
      progress = (await within(panel).findByText('1 000 / 1 500 lignes importées')).textContent;
      fireEvent.click(within(panel).getByRole('button', { name: 'Annuler' }));
    });
    const summary = await importOnce(panel);
    expect(progress).toBe('1\u202f000 / 1\u202f500 lignes importées');
    expect(within(summary).getByText(/^Import interrompu : les lignes déjà importées gardent leur statut/)).toBeInTheDocument();
    expect(column('S', 1001, 1002)).toEqual([`Créé le ${today}`, 'Non importé']);
  }, 60_000);

  it('"Annuler cet import" reverts the batches through the store, empties the codes it gave, and importing again creates them anew', async () => {
    const panel = renderTab([row(1), row(2)]);
    const user = userEvent.setup();
    const summary = await importOnce(panel, user);
    await user.click(within(summary).getByRole('button', { name: 'Annuler cet import' }));
    expect(
      await within(summary).findByText('Import annulé : 2 clients rétablis (créés supprimés, modifiés restaurés).', {}, WAIT),
    ).toBeInTheDocument();
    expect(store.reverts).toEqual(['batch-1']);
    expect(store.clients.every((client) => client.deleted)).toBe(true);
    expect(column('A', 2, 3)).toEqual(['', '']);
    expect(column('S', 2, 3)).toEqual([`Import annulé le ${today}`, `Import annulé le ${today}`]);
    const again = await importOnce(panel, user);
    expect(await within(again).findByText('Créés : 2 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(column('A', 2, 3)).toEqual(['CL-000003', 'CL-000004']);
  });

  it("speaks English when the pane does (the sheet's statuses stay French)", async () => {
    const panel = renderTab([row(1)], 'en');
    await userEvent.click(within(panel).getByRole('button', { name: 'Import into the client database' }));
    const summary = await within(panel).findByRole('region', { name: 'Import result' }, WAIT);
    expect(within(summary).getByText('Created: 1 · Updated: 0 · Unchanged: 0 · Failed: 0')).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Undo this import' })).toBeInTheDocument();
    expect(column('S', 2, 2)).toEqual([`Créé le ${today}`]);
  });

  it('says so when no store is configured, and sends nothing', async () => {
    const panel = renderTab([row(1)], 'fr', null);
    await userEvent.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    expect(
      await within(panel).findByText("Import impossible : aucune base clients n'est configurée (voir Paramètres).", {}, WAIT),
    ).toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
  });

  it('refuses to import a sheet with a missing required column, and says why', async () => {
    const panel = renderTab([]);
    host.workbook.sheet('Clients').setValues([
      ['Nom *', 'Prénom *'],
      ['Favre', 'Sophie'],
    ]);
    host.workbook.sheet('Clients').setValues([Array.from({ length: 18 }, () => '')], 'C1');
    await userEvent.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    expect(await within(panel).findByText(/^Import impossible : des colonnes obligatoires manquent/, {}, WAIT)).toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
  });
});

describe('value mapping', () => {
  it('writes the suggestions into the sheet in one go, validates it again: every row is valid, the marks are gone', async () => {
    const withCountry = (n: number, country: string) => row(n).map((value, index) => (index === 12 ? country : value));
    const panel = renderTab([withCountry(1, 'Suise'), withCountry(2, 'Suise'), withCountry(3, 'CH')]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    const fixes = await within(panel).findByRole('region', { name: 'Valeurs à corriger' }, WAIT);
    expect(within(fixes).getByRole('combobox', { name: 'M · Pays\u00a0: «\u00a0Suise\u00a0» ×2' })).toHaveTextContent('Suisse');
    await userEvent.click(within(fixes).getByRole('button', { name: 'Corriger dans la feuille' }));
    await within(panel).findByText('2 cellules corrigées dans « Clients », puis la feuille a été validée à nouveau.', {}, WAIT);
    expect(column('M', 2, 4)).toEqual(['Suisse', 'Suisse', 'CH']);
    expect(within(panel).getByText('« Clients » : 3 lignes valides sur 3.')).toBeInTheDocument();
    expect(within(panel).queryByRole('region', { name: 'Valeurs à corriger' })).toBeNull();
    // The marks of the first validation are gone with the second one.
    expect(host.workbook.sheet('Clients').cell('M2').fillColor).toBeNull();
  });
});

describe('import a file', () => {
  it('opens a picked CSV as a new sheet, validates it, then imports it', async () => {
    const panel = renderTab([row(1)]);
    const user = userEvent.setup();
    const csv = [headers.join(';'), row(7).join(';'), row(8, 'faux').join(';')].join('\n');
    await user.upload(within(panel).getByLabelText('Choisir un fichier…'), new File([csv], 'nouveaux clients.csv', { type: 'text/csv' }));
    expect(
      await within(panel).findByText('Fichier ouvert dans la feuille « nouveaux clients », puis validé.', {}, WAIT),
    ).toBeInTheDocument();
    expect(host.workbook.activeSheetName).toBe('nouveaux clients');
    const report = await within(panel).findByRole('region', { name: 'Résultat de la validation' }, WAIT);
    expect(within(report).getByText('« nouveaux clients » : 1 ligne valide sur 2 · 1 avec des erreurs.')).toBeInTheDocument();
    expect(host.workbook.sheet('nouveaux clients').cell('K2').value).toBe('1204');
  });

  it('opens a dropped file the same way', async () => {
    const panel = renderTab([]);
    const csv = `${headers.join(';')}\n${row(9).join(';')}`;
    fireEvent.drop(within(panel).getByRole('button', { name: /Glissez le fichier ou cliquez ici/ }), {
      dataTransfer: { files: [new File([csv], 'déposé.csv')] },
    });
    expect(await within(panel).findByText('Fichier ouvert dans la feuille « déposé », puis validé.', {}, WAIT)).toBeInTheDocument();
  });

  it.each([
    {
      name: 'notes.pdf',
      content: '%PDF-1.4',
      message: "Ce type de fichier n'est pas pris en charge : choisissez un fichier .xlsx ou .csv.",
    },
    { name: 'big.xlsx', content: new Uint8Array(maxImportFileBytes + 1), message: /^Fichier trop volumineux : 10 Mo au plus/ },
    { name: 'broken.xlsx', content: 'PK\u0003\u0004 broken', message: /^Fichier illisible/ },
  ])('refuses $name with a clear message, the workbook unchanged', async ({ name, content, message }) => {
    const panel = renderTab([]);
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(within(panel).getByLabelText('Choisir un fichier…'), new File([content], name));
    expect(await within(panel).findByText(message, {}, WAIT)).toBeInTheDocument();
    expect(host.workbook.sheetNames()).toEqual(['Clients']);
  });

  it.each([
    {
      name: 'employee-template-title-rows.ods',
      message: 'Classeur OpenDocument (.ods) : ouvrez-le dans LibreOffice ou Excel, enregistrez-le au format .xlsx, puis réessayez.',
    },
    {
      name: 'apple-numbers-matches.numbers',
      message: 'Fichier Apple Numbers : dans Numbers, choisissez Fichier > Exporter vers > Excel, puis importez le fichier .xlsx obtenu.',
    },
    { name: 'biff8-first-last-gender.xls', message: 'Ancien format .xls : enregistrez-le au format .xlsx dans Excel, puis réessayez.' },
    { name: '~$LoadPivotTables.xlsx', message: /^Ce fichier « ~\$ » n'est pas le classeur/ },
  ])('says what the real file $name is and how to save it as .xlsx', async ({ name, message }) => {
    const panel = renderTab([]);
    const content = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/real/odd', name)));
    fireEvent.drop(within(panel).getByRole('button', { name: /Glissez le fichier ou cliquez ici/ }), {
      dataTransfer: { files: [new File([content], name)] },
    });
    expect(await within(panel).findByText(message, {}, WAIT)).toBeInTheDocument();
    expect(host.workbook.sheetNames()).toEqual(['Clients']);
  });
});

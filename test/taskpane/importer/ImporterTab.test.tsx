import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateSheet } from '@/domain';
import { ExcelOperationError } from '@/excel/ExcelOperationError';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import { App, type AppProps } from '@/taskpane/App';
import type { ImporterExcel } from '@/taskpane/importer/useImporterExcel';
import { createFakeStore, type FakeStore } from '../support/fakeStore';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';

const rows = [
  ['Nom *', 'Prénom *', 'Couleur préférée'],
  ['Favre', 'Sophie', 'bleu'],
  ['', 'Julien', 'vert'],
];

/** An accessible name as read, whatever its spaces (the pane writes non-breaking ones where French needs them). */
const spaced = (text: string) => (name: string) => name.replace(/\s/g, ' ') === text;

const engineMapping = { source: 'engine' as const, entries: [], signature: '', sourceColumns: [] };

function fakeExcel(overrides: Partial<ImporterExcel> & { readActiveSheetSummary?: () => Promise<object> } = {}) {
  const calls: string[] = [];
  const validation = validateSheet(rows, { homeCountry: 'CH' });
  const result: ActiveSheetValidation = {
    sheetName: 'Clients',
    validation,
    marked: { cells: 1, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0 },
    mapping: engineMapping,
  };
  const excel = {
    readActiveSheetSummary: async () => ({ name: 'Clients', usedRows: 3, usedColumns: 3 }),
    insertTemplateSheet: async () => {
      calls.push('insert');
      return { sheetName: 'Clients (2)', tableName: 'Clients2', tag: 'sheet-property' as const };
    },
    validateActiveSheet: async (options: { homeCountry: string; lang: string }) => {
      calls.push(`validate ${options.homeCountry} ${options.lang}`);
      return result;
    },
    clearMarks: async () => {
      calls.push('clear');
      return { sheetName: 'Clients', cleared: true };
    },
    selectCell: async (sheetName: string, address: string) => {
      calls.push(`select ${sheetName}!${address}`);
    },
    addMissingColumns: async (headerRow: number, keys: readonly string[]) => {
      calls.push(`add ${headerRow} ${keys.join(',')}`);
      return { sheetName: 'Clients', headers: ['Email *'], firstColumn: 'D' };
    },
    ...overrides,
  };
  return { excel, calls };
}

function renderImporter(excel: object, api: FakeStore = createFakeStore(), launchAction: AppProps['launchAction'] = null) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excel as never, api, settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(<App language="fr" services={services} queryClient={queryClient} launchAction={launchAction} />);
  return screen.getByRole('tabpanel', { name: 'Importer' });
}

describe('Importer tab', () => {
  it('validates the sheet and lists missing and unknown columns and the issues grouped by row', async () => {
    const { excel, calls } = fakeExcel();
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    const report = await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    expect(calls).toEqual(['validate CH fr']);
    expect(within(report).getByText('« Clients » : 0 ligne valide sur 2 · 1 avec des erreurs.')).toBeInTheDocument();
    const missing = within(report).getByRole('region', { name: 'Colonnes obligatoires manquantes' });
    expect(within(missing).getByText('Email *')).toBeInTheDocument();
    const unknown = within(report).getByRole('region', { name: 'Colonnes non reconnues (ignorées)' });
    expect(within(unknown).getByText('C · Couleur préférée')).toBeInTheDocument();
    expect(within(report).getByRole('button', { name: spaced('1 × Nom * : Valeur obligatoire manquante.') })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(report).getByText('1 cellule marquée (couleur et note).')).toBeInTheDocument();
  });

  it('lists the columns to check: an alternative with the column read instead', async () => {
    const { excel } = fakeExcel();
    const validation = validateSheet(
      [
        ['Nom', 'Prénom', 'Email', 'Business Phone', 'Home Phone'],
        ['Favre', 'Sophie', 's@example.ch', '', ''],
      ],
      { homeCountry: 'CH' },
    );
    const marked = { cells: 0, mode: 'notes' as const, withoutNote: 0, tooManyForNotes: false, withComment: 0 };
    const panel = renderImporter({
      ...excel,
      validateActiveSheet: async () => ({ sheetName: 'Clients', validation, marked, mapping: engineMapping }),
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    const choices = await within(panel).findByRole('region', { name: 'Colonnes à vérifier' });
    expect(
      within(choices).getByText(
        /^E · Home Phone : Autre colonne possible pour cette donnée : c'est la colonne D « Business Phone » qui est lue/,
      ),
    ).toBeInTheDocument();
  });

  it('says where the reasons are when there were too many invalid cells for notes', async () => {
    const { excel } = fakeExcel();
    const validation = validateSheet(rows, { homeCountry: 'CH' });
    const marked = { cells: 12_345, mode: 'column' as const, withoutNote: 0, tooManyForNotes: true, withComment: 0 };
    const panel = renderImporter({
      ...excel,
      validateActiveSheet: async () => ({ sheetName: 'Clients', validation, marked, mapping: engineMapping }),
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    expect(
      await within(panel).findByText(/^12\s345 cellules marquées : trop pour des notes, les raisons sont dans la colonne « Anomalies »/),
    ).toBeInTheDocument();
  });

  it('selects the cell of an issue when it is clicked, and adds the missing columns', async () => {
    const { excel, calls } = fakeExcel();
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await userEvent.click(await within(panel).findByRole('button', { name: spaced('1 × Nom * : Valeur obligatoire manquante.') }));
    await userEvent.click(within(panel).getByText('Ligne 3 (A3)'));
    expect(calls).toContain('select Clients!A3');
    await userEvent.click(within(panel).getByRole('button', { name: 'Ajouter les colonnes manquantes' }));
    expect(await within(panel).findByText('Colonnes ajoutées : Email *. Complétez-les puis validez à nouveau.')).toBeInTheDocument();
    expect(calls).toContain('add 1 email');
  });

  it('inserts the template and clears the marks (the report goes away)', async () => {
    const { excel, calls } = fakeExcel();
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Insérer le modèle' }));
    expect(await within(panel).findByText('Modèle inséré dans la feuille « Clients (2) ».')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Effacer les marques' }));
    expect(await within(panel).findByText('Marques effacées : chaque cellule a retrouvé sa mise en forme.')).toBeInTheDocument();
    expect(within(panel).queryByRole('region', { name: 'Résultat de la validation' })).not.toBeInTheDocument();
    expect(calls).toEqual(['insert', 'validate CH fr', 'clear']);
  });

  it("shows Excel's failure in French", async () => {
    const { excel } = fakeExcel({ validateActiveSheet: async () => Promise.reject(new ExcelOperationError('cell_edit_mode')) });
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    expect(
      await within(panel).findByText("L'action n'a pas abouti. Terminez la saisie en cours dans Excel (Entrée ou Échap), puis réessayez."),
    ).toBeInTheDocument();
  });
});

describe('Importer tab: home country', () => {
  const statusLine = () => screen.getByRole('status', { name: 'État de la base clients' });

  it('validates and imports with the home country of the store in use once the settings change', async () => {
    const { excel, calls } = fakeExcel();
    const api = createFakeStore({
      reachableUrls: ['https://store.test', 'https://other.test'],
      homeCountries: { 'https://other.test': 'FR' },
    });
    const panel = renderImporter(excel, api);
    const user = userEvent.setup();
    await waitFor(() => expect(statusLine()).toHaveTextContent('pays de référence Suisse'));

    await user.click(screen.getByRole('button', { name: 'Paramètres de la base clients' }));
    const form = await screen.findByRole('form', { name: 'Paramètres de la base clients' });
    await user.clear(within(form).getByLabelText(/Adresse de la base clients/));
    await user.type(within(form).getByLabelText(/Adresse de la base clients/), 'https://other.test');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(statusLine()).toHaveTextContent('pays de référence France'));

    await user.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    await user.click(within(panel).getByRole('button', { name: 'Importer dans la base clients' }));
    expect(await within(panel).findByText(/^Import impossible : des colonnes obligatoires manquent/)).toBeInTheDocument();
    expect(calls).toEqual(['validate FR fr', 'validate FR fr']);
  });

  it('opened by the ribbon\'s "Importer", imports once the store answered, with its home country', async () => {
    const { excel, calls } = fakeExcel();
    const panel = renderImporter(excel, createFakeStore({ homeCountry: 'FR' }), 'import');
    expect(await within(panel).findByText(/^Import impossible : des colonnes obligatoires manquent/)).toBeInTheDocument();
    expect(statusLine()).toHaveTextContent('pays de référence France');
    expect(calls).toEqual(['validate FR fr']);
  });

  it('groups the issues by rule with their count and suggestion, opens a group on its rows, 50 at a time', async () => {
    const many = [
      ['Nom *', 'Prénom *', 'Email *', 'Pays'],
      ...Array.from({ length: 120 }, (_, i) => [`Nom${i}`, 'Ana', `ana${i}@example.ch`, 'Suise']),
    ];
    many.push(['Favre', 'Léa', 'pas-un-email', 'Suisse'], ['Rochat', 'Jean', 'encore@', 'Suisse']);
    const validation = validateSheet(many, { homeCountry: 'CH' });
    const marked = { cells: 122, mode: 'notes' as const, withoutNote: 0, tooManyForNotes: false, withComment: 0 };
    const { excel, calls } = fakeExcel({
      validateActiveSheet: async () => ({ sheetName: 'Clients', validation, marked, mapping: engineMapping }),
    });
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    const report = await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    expect(within(report).getByText('« Clients » : 0 ligne valide sur 122 · 122 avec des erreurs.')).toBeInTheDocument();
    // One value of a coded column is one group, with the suggestion; other values of a rule are one group (each row says its own).
    const countries = within(report).getByRole('button', {
      name: /^120\s+×\s+Pays\s+:\s+Pays inconnu\s+«\s+Suise\s+»\s+—\s+suggestion\s+:\s+Suisse$/,
    });
    const emails = within(report).getByRole('button', { name: spaced('2 × Email * : Adresse e-mail invalide') });
    expect(within(report).queryByText(/^Ligne /)).not.toBeInTheDocument();
    await userEvent.click(emails);
    expect(emails).toHaveAttribute('aria-expanded', 'true');
    expect(within(report).getByText('Ligne 122 (C122) : Adresse e-mail invalide « pas-un-email ».')).toBeInTheDocument();
    await userEvent.click(within(report).getByText('Ligne 123 (C123) : Adresse e-mail invalide « encore@ ».'));
    expect(calls).toContain('select Clients!C123');
    await userEvent.click(countries);
    expect(within(report).getAllByText(/^Ligne \d+ \(D\d+\)$/)).toHaveLength(50);
    await userEvent.click(within(report).getByRole('button', { name: 'Afficher 50 de plus' }));
    expect(within(report).getAllByText(/^Ligne \d+ \(D\d+\)$/)).toHaveLength(100);
    await userEvent.click(within(report).getByRole('button', { name: 'Afficher 20 de plus' }));
    expect(within(report).getAllByText(/^Ligne \d+ \(D\d+\)$/)).toHaveLength(120);
    expect(within(report).queryByRole('button', { name: /^Afficher/ })).not.toBeInTheDocument();
    await userEvent.click(countries);
    expect(within(report).queryByText(/^Ligne \d+ \(D\d+\)$/)).not.toBeInTheDocument();
  });

  it('moves the focus to the report and says the result in the live region', async () => {
    const { excel } = fakeExcel();
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    const report = await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    const heading = within(report).getByRole('heading', { level: 3, name: /^«\s+Clients\s+»\s+:/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const live = screen.getAllByRole('status').find((element) => element.textContent?.startsWith('Validation terminée'));
    expect(live?.textContent?.replace(/\s/g, ' ')).toBe('Validation terminée : « Clients », 0 ligne valide sur 2.');
  });

  it('puts the report away once another sheet is active (the active sheet is read again every 2 s while a report is shown)', async () => {
    let active = 'Clients';
    const { excel } = fakeExcel({ readActiveSheetSummary: async () => ({ name: active, usedRows: 3, usedColumns: 3 }) });
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    // The same sheet read again: the report stays.
    await new Promise((resolve) => setTimeout(resolve, 2300));
    expect(within(panel).getByRole('region', { name: 'Résultat de la validation' })).toBeInTheDocument();
    active = 'Feuil2';
    await waitFor(() => expect(within(panel).queryByRole('region', { name: 'Résultat de la validation' })).not.toBeInTheDocument(), {
      timeout: 4000,
    });
    expect(within(panel).getByText('Feuil2')).toBeInTheDocument();
  }, 15_000);
});

import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreClient } from '@/api-client/createStoreClient';
import { StoreClientError } from '@/api-client/StoreClientError';
import type { MappingInput, SavedMapping } from '@/contract/ColumnMapping';
import { excelGateway } from '@/excel/excelGateway';
import type { ValidateActiveSheetOptions } from '@/excel/marks/validateActiveSheet';
import { App } from '@/taskpane/App';
import type { PaneServices } from '@/taskpane/services/PaneServices';
import { createExcelHost, type ExcelHost } from '@test/excel-host/createExcelHost';
import { installExcelHost } from '@test/excel-host/installExcelHost';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';
import { createImportingStore } from './support/createImportingStore';
import { WAIT } from './support/importSheetRows';

// The mapping step over the real src/excel operations on the in-memory Excel host; the store remembers mappings in memory.

let host: ExcelHost;
let uninstall: () => void;
afterEach(() => uninstall());

/** The importing store, with remembered mappings: every lookup and save is recorded; saving fails while `failSaves`. */
function createMappingStore(remembered: SavedMapping[] = []) {
  const store = createImportingStore();
  const mappings = new Map(remembered.map((mapping) => [mapping.signature, mapping]));
  const memory = { lookups: [] as string[], saves: [] as MappingInput[], failSaves: false };
  const connect = (settings: Parameters<typeof store.connect>[0]): StoreClient => ({
    ...store.connect(settings),
    getMapping: async (signature) => {
      memory.lookups.push(signature);
      return mappings.get(signature) ?? null;
    },
    saveMapping: async (input) => {
      memory.saves.push(input);
      if (memory.failSaves) throw new StoreClientError('unreachable', 'unreachable');
      const saved = { ...input, version: 1, savedAt: '2026-12-01T08:00:00.000Z', savedBy: 'accueil' };
      mappings.set(input.signature, saved);
      return saved;
    },
  });
  return { api: { ...store, connect }, memory };
}

/** The Importer tab on a sheet "Export" of `rows`; every validation's options are kept. */
function renderTab(rows: unknown[][], remembered: SavedMapping[] = []) {
  host = createExcelHost();
  host.workbook.addSheet('Export', rows);
  uninstall = installExcelHost(host);
  const { api, memory } = createMappingStore(remembered);
  const validations: ValidateActiveSheetOptions[] = [];
  const excel = {
    ...excelGateway,
    validateActiveSheet: (options: ValidateActiveSheetOptions) => {
      validations.push(options);
      return excelGateway.validateActiveSheet(options);
    },
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services: PaneServices = { excel, api, settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(<App language="fr" services={services} queryClient={queryClient} />);
  const panel = screen.getByRole('tabpanel', { name: 'Importer' });
  return { panel, memory, validations };
}

async function validate(panel: HTMLElement, user: ReturnType<typeof userEvent.setup>) {
  // Once the store answered (the remembered mapping is looked up in the connected store).
  await screen.findByText('Connecté', {}, WAIT);
  await user.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
  return within(panel).findByRole('region', { name: 'Résultat de la validation' }, WAIT);
}

const mappingStep = (panel: HTMLElement) => within(panel).getByRole('region', { name: 'Correspondance des colonnes' });

describe('the column mapping step', () => {
  it('opens by itself when a required field is unfed, names it; a changed line applied validates the sheet with that mapping and saves it', async () => {
    const user = userEvent.setup();
    const { panel, memory, validations } = renderTab([
      ['Nom', 'Prénom', 'Kontakt', 'Couleur'],
      ['Favre', 'Sophie', 'sophie@example.ch', 'bleu'],
      ['Dupont', 'Jean', 'jean@example.ch', 'vert'],
    ]);
    await validate(panel, user);
    const step = mappingStep(panel);
    expect(within(step).getByRole('button', { name: 'Masquer la correspondance des colonnes' })).toHaveAttribute('aria-expanded', 'true');
    const unfed = within(step).getByRole('list', { name: 'Champs obligatoires sans colonne' });
    expect(within(unfed).getByText('Aucune colonne ne fournit le champ obligatoire « Email ».')).toBeInTheDocument();

    const kontakt = within(step).getByRole('combobox', { name: 'Kontakt (colonne C)' });
    expect(kontakt).toHaveValue('ignore');
    expect(within(step).getByText('sophie@example.ch · jean@example.ch')).toHaveAttribute('title', 'sophie@example.ch · jean@example.ch');
    expect(within(step).getByRole('combobox', { name: 'Nom (colonne A)' })).toHaveAccessibleDescription(/Sûr/);
    await user.selectOptions(kontakt, 'Email *');
    expect(within(step).queryByRole('list', { name: 'Champs obligatoires sans colonne' })).not.toBeInTheDocument();
    expect(kontakt).toHaveAccessibleDescription(/Choisi par vous/);

    await user.click(within(step).getByRole('button', { name: 'Appliquer et valider' }));
    const report = await within(panel).findByText('« Export » : 2 lignes valides sur 2.', {}, WAIT);
    expect(report).toBeInTheDocument();
    const mapping = [
      { header: 'Nom', target: 'lastName' },
      { header: 'Prénom', target: 'firstName' },
      { header: 'Kontakt', target: 'email' },
      { header: 'Couleur', target: 'ignore' },
    ];
    expect(validations.at(-1)?.confirmedMappings).toEqual([{ sheetName: 'Export', signature: 'nom|prenom|kontakt|couleur', mapping }]);
    expect(memory.saves).toEqual([
      { signature: 'nom|prenom|kontakt|couleur', headers: ['Nom', 'Prénom', 'Kontakt', 'Couleur'], columns: mapping },
    ]);
    expect(await within(panel).findByText(/Correspondance enregistrée dans la base clients/, {}, WAIT)).toBeInTheDocument();
    // Fed and sure now: collapsed, and the next validation of the sheet uses the confirmed mapping without asking the store.
    expect(within(mappingStep(panel)).getByRole('button', { name: 'Vérifier la correspondance des colonnes' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    const lookups = memory.lookups.length;
    await validate(panel, user);
    expect(await within(panel).findByText('« Export » : 2 lignes valides sur 2.', {}, WAIT)).toBeInTheDocument();
    expect(memory.lookups).toHaveLength(lookups);
  });

  it('splits a full-name column: the Nom column becomes « Nom complet », Nom and Prénom are fed', async () => {
    const user = userEvent.setup();
    const { panel, validations } = renderTab([
      ['Nom', 'E-mail'],
      ['Jean Dupont', 'jean@example.ch'],
    ]);
    await validate(panel, user);
    const step = mappingStep(panel);
    expect(within(step).getByText('Aucune colonne ne fournit le champ obligatoire « Prénom ».')).toBeInTheDocument();
    await user.selectOptions(within(step).getByRole('combobox', { name: 'Nom (colonne A)' }), 'Nom complet (Nom et Prénom)');
    expect(within(step).queryByText(/Aucune colonne ne fournit/)).not.toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: 'Appliquer et valider' }));
    expect(await within(panel).findByText('« Export » : 1 ligne valide sur 1.', {}, WAIT)).toBeInTheDocument();
    expect(validations.at(-1)?.confirmedMappings?.[0]?.mapping).toEqual([
      { header: 'Nom', target: 'fullName' },
      { header: 'E-mail', target: 'email' },
    ]);
  });

  it('applies the mapping the store remembers for these headers, says who saved it and when, and lets the user review it', async () => {
    const user = userEvent.setup();
    const remembered: SavedMapping = {
      signature: 'nom|prenom|kontakt',
      headers: ['Nom', 'Prénom', 'Kontakt'],
      columns: [{ header: 'Kontakt', target: 'email' }],
      version: 3,
      savedAt: '2026-11-30T09:15:00.000Z',
      savedBy: 'marie',
    };
    const { panel, memory } = renderTab(
      [
        ['Nom', 'Prénom', 'Kontakt'],
        ['Favre', 'Sophie', 'sophie@example.ch'],
      ],
      [remembered],
    );
    await validate(panel, user);
    expect(await within(panel).findByText('« Export » : 1 ligne valide sur 1.', {}, WAIT)).toBeInTheDocument();
    expect(memory.lookups).toEqual(['nom|prenom|kontakt']);
    const status = within(panel)
      .getAllByRole('status')
      .find((region) => within(region).queryByText('Correspondance enregistrée appliquée'));
    expect(status).toBeDefined();
    expect(within(status as HTMLElement).getByText(/Enregistrée par marie le 30\.11\.2026\./)).toBeInTheDocument();
    await user.click(within(status as HTMLElement).getByRole('button', { name: 'Vérifier' }));
    const kontakt = within(mappingStep(panel)).getByRole('combobox', { name: 'Kontakt (colonne C)' });
    expect(kontakt).toHaveValue('email');
    expect(kontakt).toHaveAccessibleDescription(/Choisi par vous/);
  });

  it('warns when the mapping cannot be saved, and still applies it to the sheet', async () => {
    const user = userEvent.setup();
    const { panel, memory } = renderTab([
      ['Nom', 'Prénom', 'Kontakt'],
      ['Favre', 'Sophie', 'sophie@example.ch'],
    ]);
    memory.failSaves = true;
    await validate(panel, user);
    await user.selectOptions(within(mappingStep(panel)).getByRole('combobox', { name: 'Kontakt (colonne C)' }), 'Email *');
    await user.click(within(mappingStep(panel)).getByRole('button', { name: 'Appliquer et valider' }));
    expect(
      await within(panel).findByText(
        /La correspondance n’a pas pu être enregistrée dans la base clients \(Erreur de la base clients : la base clients ne répond pas\)/,
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText('« Export » : 1 ligne valide sur 1.')).toBeInTheDocument();
    expect(memory.saves).toHaveLength(1);
  });

  it('stays collapsed for a sheet read surely; opened, « Annuler » puts the draft back and collapses it', async () => {
    const user = userEvent.setup();
    const { panel } = renderTab([
      ['Nom', 'Prénom', 'Email', 'Business Phone', 'Home Phone'],
      ['Favre', 'Sophie', 'sophie@example.ch', '022 310 45 67', ''],
    ]);
    await validate(panel, user);
    const toggle = within(mappingStep(panel)).getByRole('button', { name: 'Vérifier la correspondance des colonnes' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryByRole('combobox', { name: /colonne A/ })).not.toBeInTheDocument();
    await user.click(toggle);
    const step = mappingStep(panel);
    expect(within(step).getByText('aussi : Home Phone')).toBeInTheDocument();
    expect(within(step).getByRole('combobox', { name: 'Home Phone (colonne E)' })).toHaveAccessibleDescription(
      /^Non lue «\s+Téléphone\s+» est lu dans la colonne D «\s+Business Phone\s+» Aucune valeur$/,
    );
    const email = within(step).getByRole('combobox', { name: 'Email (colonne C)' });
    await user.selectOptions(email, 'Ne pas importer');
    expect(within(step).getByText('Aucune colonne ne fournit le champ obligatoire « Email ».')).toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: 'Annuler' }));
    expect(within(mappingStep(panel)).getByRole('button', { name: 'Vérifier la correspondance des colonnes' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.click(within(mappingStep(panel)).getByRole('button', { name: 'Vérifier la correspondance des colonnes' }));
    expect(within(mappingStep(panel)).getByRole('combobox', { name: 'Email (colonne C)' })).toHaveValue('email');
  });

  it('lists the first filled row of a sheet whose headers nothing reads; mapped, the sheet validates', async () => {
    const user = userEvent.setup();
    const { panel } = renderTab([
      ['Kd', 'Feld 2', 'Feld 3', 'Feld 4'],
      ['K1', 'Muster', 'Anna', 'anna@example.ch'],
    ]);
    await validate(panel, user);
    const step = mappingStep(panel);
    expect(
      within(step).getByText(/^Aucune ligne d’en-têtes reconnue : voici les colonnes de la première ligne remplie/),
    ).toBeInTheDocument();
    for (const [name, target] of [
      ['Kd (colonne A)', 'Code client'],
      ['Feld 2 (colonne B)', 'Nom *'],
      ['Feld 3 (colonne C)', 'Prénom *'],
      ['Feld 4 (colonne D)', 'Email *'],
    ] as const)
      await user.selectOptions(within(step).getByRole('combobox', { name }), target);
    await user.click(within(step).getByRole('button', { name: 'Appliquer et valider' }));
    expect(await within(panel).findByText('« Export » : 1 ligne valide sur 1.', {}, WAIT)).toBeInTheDocument();
  });
});

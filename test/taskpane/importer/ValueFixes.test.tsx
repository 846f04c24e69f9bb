import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clientTemplate, validateSheet, type ValueFixWrite } from '@/domain';
import { ExcelOperationError } from '@/excel/ExcelOperationError';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import type { ValueFixRequest } from '@/excel/values/applyValueFixes';
import { App } from '@/taskpane/App';
import { createFakeStore } from '../support/fakeStore';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';

const headers = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));

/** A template row: Civilité, Nom, Prénom, Email, Pays, Langue (the other cells empty). */
function clientRow(n: number, title: string, country: string, language: string): unknown[] {
  const cells: Record<string, unknown> = { title, lastName: `Nom${n}`, firstName: 'Anne', email: `c${n}@example.ch`, country, language };
  return clientTemplate.map((column) => cells[column.key] ?? '');
}

const before = [
  headers,
  clientRow(1, 'Mme', 'Suise', 'fr'),
  clientRow(2, 'Dr', 'Suise', 'fr'),
  clientRow(3, 'M.', 'Suise', 'Klingon'),
  clientRow(4, 'Mme', 'CH', 'Englsh'),
];
const after = [
  headers,
  clientRow(1, 'Mme', 'Suisse', 'fr'),
  clientRow(2, 'Dr', 'Suisse', 'fr'),
  clientRow(3, 'M.', 'Suisse', 'Klingon'),
  clientRow(4, 'Mme', 'CH', 'en'),
];

function resultOf(rows: unknown[][]): ActiveSheetValidation {
  return {
    sheetName: 'Clients',
    validation: validateSheet(rows, { homeCountry: 'CH' }),
    marked: { cells: 3, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0 },
    mapping: { source: 'engine', entries: [], signature: '', sourceColumns: [] },
  };
}

function fakeExcel(fix: (request: ValueFixRequest) => Promise<{ sheetName: string; cells: number; skipped: number }>, first = before) {
  const calls: string[] = [];
  const fixes: ValueFixWrite[][] = [];
  let validations = 0;
  const excel = {
    readActiveSheetSummary: async () => ({ name: 'Clients', usedRows: 5, usedColumns: 18 }),
    validateActiveSheet: async () => {
      calls.push('validate');
      validations += 1;
      return resultOf(validations === 1 ? first : after);
    },
    applyValueFixes: async (request: ValueFixRequest) => {
      calls.push(`fix ${request.sheetName}`);
      fixes.push([...request.writes]);
      return fix(request);
    },
  };
  return { excel, calls, fixes };
}

async function renderValidated(excel: object) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excel as never, api: createFakeStore(), settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(<App language="fr" services={services} queryClient={queryClient} />);
  const panel = screen.getByRole('tabpanel', { name: 'Importer' });
  await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
  const report = await within(panel).findByRole('region', { name: 'Résultat de la validation' });
  return { panel, report, fixes: within(report).getByRole('region', { name: 'Valeurs à corriger' }) };
}

/** getByText compares with the text's white space folded: a no-break space reads as a space there (not in accessible names). */
const shown = (text: string) => text.replace(/\u00a0/g, ' ');
const label = (column: string, header: string, value: string, count: number) =>
  `${column} · ${header}\u00a0: «\u00a0${value}\u00a0» ×${count}`;

describe('Value fixes in the validation report', () => {
  it('lists each distinct value once with its count, the suggestion preselected, an academic title left as is', async () => {
    const { excel } = fakeExcel(async () => ({ sheetName: 'Clients', cells: 0, skipped: 0 }));
    const { fixes } = await renderValidated(excel);
    const items = within(fixes).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(within(fixes).getByRole('combobox', { name: label('B', 'Civilité', 'Dr', 1) })).toHaveTextContent('Laisser tel quel');
    expect(
      within(fixes).getByText(shown('Titre académique, pas une civilité\u00a0: laissé tel quel, la civilité reste vide.')),
    ).toBeInTheDocument();
    expect(within(fixes).getByRole('combobox', { name: label('M', 'Pays', 'Suise', 3) })).toHaveTextContent('Suisse');
    expect(within(fixes).getByText(shown('Suggestion\u00a0: Suisse'))).toBeInTheDocument();
    expect(within(fixes).getByRole('combobox', { name: label('P', 'Langue', 'Englsh', 1) })).toHaveTextContent('Anglais');
    expect(within(fixes).getByRole('combobox', { name: label('P', 'Langue', 'Klingon', 1) })).toHaveTextContent('Laisser tel quel');
    expect(within(fixes).getByText('Aucune suggestion')).toBeInTheDocument();
  });

  it("writes the chosen values into the report's sheet, then validates it again and says how many cells", async () => {
    const { excel, calls, fixes: written } = fakeExcel(async () => ({ sheetName: 'Clients', cells: 5, skipped: 1 }));
    const { panel, fixes } = await renderValidated(excel);
    // Klingon → Allemand, chosen by hand; the suggestions stay.
    await userEvent.click(within(fixes).getByRole('combobox', { name: label('P', 'Langue', 'Klingon', 1) }));
    await userEvent.click(await screen.findByRole('option', { name: 'Allemand' }));
    await userEvent.click(within(fixes).getByRole('button', { name: 'Corriger dans la feuille' }));
    await within(panel).findByText(
      shown(
        '5 cellules corrigées dans «\u00a0Clients\u00a0», puis la feuille a été validée à nouveau. 1 cellule modifiée depuis la validation, laissée telle quelle.',
      ),
    );
    expect(calls).toEqual(['validate', 'fix Clients', 'validate']);
    expect(written).toEqual([
      [
        { column: 'M', rows: [2, 3, 4], from: 'Suise', value: 'Suisse' },
        { column: 'P', rows: [5], from: 'Englsh', value: 'Anglais' },
        { column: 'P', rows: [4], from: 'Klingon', value: 'Allemand' },
      ],
    ]);
    // The report of the new validation: only the values still unread are listed.
    const report = within(panel).getByRole('region', { name: 'Résultat de la validation' });
    const left = within(report).getByRole('region', { name: 'Valeurs à corriger' });
    expect(within(left).getAllByRole('listitem')).toHaveLength(2);
  });

  it('leaves a value as it is, and "Accepter les suggestions" puts every suggestion back', async () => {
    const languages = [
      headers,
      clientRow(1, 'Mme', 'CH', 'Englsh'),
      clientRow(2, 'Mme', 'CH', 'Klingon'),
      clientRow(3, 'Mme', 'CH', 'Englsh'),
    ];
    const { excel, fixes: written } = fakeExcel(async () => ({ sheetName: 'Clients', cells: 2, skipped: 0 }), languages);
    const { fixes } = await renderValidated(excel);
    const apply = within(fixes).getByRole('button', { name: 'Corriger dans la feuille' });
    const accept = within(fixes).getByRole('button', { name: 'Accepter les suggestions' });
    const englsh = within(fixes).getByRole('combobox', { name: label('P', 'Langue', 'Englsh', 2) });
    expect(accept).toBeDisabled();
    await userEvent.click(englsh);
    await userEvent.click(await screen.findByRole('option', { name: 'Laisser tel quel' }));
    // Nothing chosen: nothing to write.
    expect(englsh).toHaveTextContent('Laisser tel quel');
    expect(apply).toBeDisabled();
    expect(accept).toBeEnabled();
    await userEvent.click(accept);
    expect(englsh).toHaveTextContent('Anglais');
    expect(accept).toBeDisabled();
    await userEvent.click(apply);
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toEqual([{ column: 'P', rows: [2, 4], from: 'Englsh', value: 'Anglais' }]);
  });

  it('says so when the sheet is gone, and the report stays', async () => {
    const { excel, calls } = fakeExcel(async () => {
      throw new ExcelOperationError('item_not_found', 'ItemNotFound');
    });
    const { panel, fixes } = await renderValidated(excel);
    await userEvent.click(within(fixes).getByRole('button', { name: 'Corriger dans la feuille' }));
    await within(panel).findByText("L'action n'a pas abouti. La feuille ou la plage demandée n'existe plus.");
    expect(calls).toEqual(['validate', 'fix Clients']);
    expect(within(panel).getByRole('region', { name: 'Valeurs à corriger' })).toBeInTheDocument();
  });
});

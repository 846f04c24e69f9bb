import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateSheet } from '@/domain';
import { ExcelOperationError } from '@/excel/ExcelOperationError';
import type { LiveValidationGateway } from '@/excel/excelGateway';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import type { ValidationWatchHandlers } from '@/excel/marks/watchSheetValidation';
import { liveValidationKey } from '@/excel/settingsStorage';
import { App } from '@/taskpane/App';
import { createFakeStore } from '../support/fakeStore';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';

const header = ['Nom *', 'Prénom *', 'Email *'];
const marked = { cells: 1, mode: 'column' as const, withoutNote: 0, tooManyForNotes: false, withComment: 0 };
const mapping = { source: 'engine' as const, entries: [], signature: '', sourceColumns: [] };

function resultOf(rows: unknown[][]): ActiveSheetValidation {
  return { sheetName: 'Clients', validation: validateSheet([header, ...rows], { homeCountry: 'CH' }), marked, mapping };
}

/** A workbook whose sheet has one invalid email; its watch hands the test the handlers, and counts the unwatches. */
function fakeExcel(supported = true) {
  const watches: { validation: ActiveSheetValidation; handlers: ValidationWatchHandlers; unwatched: boolean }[] = [];
  const liveValidation: LiveValidationGateway = {
    supported: () => supported,
    watch: async (validation, handlers) => {
      const watch = { validation, handlers, unwatched: false };
      watches.push(watch);
      return {
        unwatch: async () => {
          watch.unwatched = true;
        },
      };
    },
  };
  const excel = {
    readActiveSheetSummary: async () => ({ name: 'Clients', usedRows: 3, usedColumns: 3 }),
    validateActiveSheet: async () =>
      resultOf([
        ['Favre', 'Sophie', 'pas-un-email'],
        ['Rochat', 'Julien', 'julien@example.ch'],
      ]),
    clearMarks: async () => ({ sheetName: 'Clients', cleared: true }),
    liveValidation,
  };
  return { excel, watches };
}

function renderImporter(excel: object) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excel as never, api: createFakeStore(), settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(<App language="fr" services={services} queryClient={queryClient} />);
  return screen.getByRole('tabpanel', { name: 'Importer' });
}

beforeEach(() => localStorage.removeItem(liveValidationKey));

describe('« Valider pendant la saisie »', () => {
  it('watches the validated sheet and updates the report after an edit, without « Valider »', async () => {
    const { excel, watches } = fakeExcel();
    const panel = renderImporter(excel);
    const toggle = within(panel).getByRole('switch', { name: 'Valider pendant la saisie' });
    expect(toggle).toBeChecked();
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    const report = await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    expect(within(report).getByText(/1 ligne valide sur 2/)).toBeInTheDocument();
    await waitFor(() => expect(watches).toHaveLength(1));
    // The user fixed the email in the sheet: the watch reports the sheet's validation now.
    act(() =>
      watches[0]?.handlers.onRevalidated(
        resultOf([
          ['Favre', 'Sophie', 'sophie@example.ch'],
          ['Rochat', 'Julien', 'julien@example.ch'],
        ]),
      ),
    );
    expect(await within(report).findByText(/2 lignes valides sur 2/)).toBeInTheDocument();
    expect(within(report).queryByRole('button', { name: /Email/ })).not.toBeInTheDocument();
    // A re-validation is not a new validation: the same watch goes on.
    expect(watches).toHaveLength(1);
    expect(watches[0]?.unwatched).toBe(false);
  });

  it('stops the watch when the switch is turned off (kept for the next time), and after a clear', async () => {
    const { excel, watches } = fakeExcel();
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    await waitFor(() => expect(watches).toHaveLength(1));
    await userEvent.click(within(panel).getByRole('switch', { name: 'Valider pendant la saisie' }));
    await waitFor(() => expect(watches[0]?.unwatched).toBe(true));
    expect(localStorage.getItem(liveValidationKey)).toBe('off');
    await userEvent.click(within(panel).getByRole('switch', { name: 'Valider pendant la saisie' }));
    await waitFor(() => expect(watches).toHaveLength(2));
    await userEvent.click(within(panel).getByRole('button', { name: 'Effacer les marques' }));
    await waitFor(() => expect(watches[1]?.unwatched).toBe(true));
    expect(within(panel).queryByRole('region', { name: 'Résultat de la validation' })).not.toBeInTheDocument();
  });

  it('says when a re-validation failed', async () => {
    const { excel, watches } = fakeExcel();
    const panel = renderImporter(excel);
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await waitFor(() => expect(watches).toHaveLength(1));
    act(() => watches[0]?.handlers.onError(new ExcelOperationError('cell_edit_mode')));
    expect(await within(panel).findByText(/La validation pendant la saisie n’a pas abouti/)).toBeInTheDocument();
  });

  it('is off, with the reason, where Excel reports no cell changes (before ExcelApi 1.7)', async () => {
    const { excel, watches } = fakeExcel(false);
    const panel = renderImporter(excel);
    const toggle = within(panel).getByRole('switch', { name: 'Valider pendant la saisie' });
    expect(toggle).toBeDisabled();
    expect(toggle).not.toBeChecked();
    await userEvent.click(within(panel).getByRole('button', { name: 'Valider la feuille' }));
    await within(panel).findByRole('region', { name: 'Résultat de la validation' });
    expect(watches).toEqual([]);
    expect(within(panel).getByText(/Indisponible dans cette version d’Excel/).textContent).toContain('\u00a0: elle ne signale pas');
  });
});

import { ExcelOperationError } from '@/excel/ExcelOperationError';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goodSettings, renderPane } from './support/renderPane';

describe('App: tabs and language', () => {
  it('renders in French by default with the Importer and Clients tabs', async () => {
    renderPane({ saved: goodSettings });
    const tabs = screen.getByRole('tablist', { name: 'Sections du volet' });
    expect(within(tabs).getAllByRole('tab')).toEqual([
      within(tabs).getByRole('tab', { name: 'Importer' }),
      within(tabs).getByRole('tab', { name: 'Clients' }),
    ]);
    expect(screen.getByRole('tab', { name: 'Importer' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Suivi Clients' })).toBeInTheDocument();
    expect(await screen.findByText('Connecté')).toBeInTheDocument();
  });

  it('renders in English when the language is en', async () => {
    renderPane({ language: 'en', saved: goodSettings });
    const tabs = screen.getByRole('tablist', { name: 'Pane sections' });
    expect(within(tabs).getAllByRole('tab')).toEqual([
      within(tabs).getByRole('tab', { name: 'Import' }),
      within(tabs).getByRole('tab', { name: 'Clients' }),
    ]);
    expect(await screen.findByText('Connected')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Client database status' })).toHaveTextContent('Local database · home country Switzerland');
  });

  it('shows the Clients tab with its description, asking for a store until one is connected', async () => {
    renderPane();
    await userEvent.click(screen.getByRole('tab', { name: 'Clients' }));
    const panel = screen.getByRole('tabpanel', { name: 'Clients' });
    expect(await within(panel).findByRole('heading', { name: 'Clients de la base' })).toBeInTheDocument();
    expect(within(panel).getByText(/^Connectez le volet à une base clients/)).toBeInTheDocument();
    expect(within(panel).queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Clients' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('App: Importer tab', () => {
  it('shows the name and size of the active sheet', async () => {
    renderPane({ saved: goodSettings, sheets: [{ name: 'Clients 2024', usedRows: 42, usedColumns: 18 }] });
    const panel = screen.getByRole('tabpanel', { name: 'Importer' });
    const sheet = within(panel).getByRole('region', { name: 'Feuille active' });
    expect(await within(sheet).findByText('Clients 2024')).toBeInTheDocument();
    expect(within(sheet).getByText('42 lignes · 18 colonnes')).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem')).toHaveLength(3);
  });

  it('reads the active sheet again when refresh is pressed', async () => {
    const { excel } = renderPane({
      saved: goodSettings,
      sheets: [
        { name: 'Feuil1', usedRows: 0, usedColumns: 0 },
        { name: 'Import mars', usedRows: 1, usedColumns: 1 },
      ],
    });
    expect(await screen.findByText('Feuil1')).toBeInTheDocument();
    expect(screen.getByText('Feuille vide')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Actualiser la feuille active' }));
    expect(await screen.findByText('Import mars')).toBeInTheDocument();
    expect(screen.getByText('1 ligne · 1 colonne')).toBeInTheDocument();
    expect(excel.reads).toBe(2);
  });

  it('says so when the active sheet cannot be read, and reads it again on refresh', async () => {
    renderPane({ saved: goodSettings, sheets: [new ExcelOperationError('not_in_excel'), { name: 'Feuil2', usedRows: 3, usedColumns: 2 }] });
    expect(
      await screen.findByText("Impossible de lire la feuille active. Cette action n'est disponible que dans Excel."),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Actualiser la feuille active' }));
    expect(await screen.findByText('Feuil2')).toBeInTheDocument();
    expect(screen.getByText('3 lignes · 2 colonnes')).toBeInTheDocument();
  });
});

describe('App: switching tabs', () => {
  it('keeps what the person typed in the Clients tab when they switch to Importer and back', async () => {
    renderPane({ saved: goodSettings });
    await userEvent.click(screen.getByRole('tab', { name: 'Clients' }));
    const clients = screen.getByRole('tabpanel', { name: 'Clients' });
    await within(clients).findByRole('heading', { name: 'Clients de la base' });
    const search = await within(clients).findByRole('searchbox', { name: 'Rechercher un client' });
    await userEvent.type(search, 'Dupont');

    await userEvent.click(screen.getByRole('tab', { name: 'Importer' }));
    expect(screen.getByRole('tabpanel', { name: 'Importer' })).toBeVisible();
    expect(screen.queryByRole('searchbox', { name: 'Rechercher un client' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Clients' }));
    expect(screen.getByRole('searchbox', { name: 'Rechercher un client' })).toHaveValue('Dupont');
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });
});

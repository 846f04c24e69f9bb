import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { excelGateway } from '@/excel/excelGateway';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { addDemoClientsSheet } from '../excel-host/demoClientsSheet';
import { installExcelHost } from '../excel-host/installExcelHost';
import { createFakeStore } from '../taskpane/support/fakeStore';
import { createFakeSettingsStorage, goodSettings } from '../taskpane/support/renderPane';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { OfficeThemeName } from '../officejs-host/officeThemes';
import { PreviewPage } from './PreviewPage';

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost();
  addDemoClientsSheet(host.workbook);
  uninstall = installExcelHost(host, globalThis);
});
afterEach(() => uninstall());

function renderPreview(officeTheme: OfficeThemeName = 'colorful', onOfficeThemeChange = jest.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const services = { excel: excelGateway, api: createFakeStore(), settingsStorage: createFakeSettingsStorage(goodSettings) };
  render(
    <PreviewPage
      host={host}
      client="model"
      language="fr"
      services={services}
      queryClient={queryClient}
      theme={officeTheme === 'black' ? webDarkTheme : webLightTheme}
      officeTheme={officeTheme}
      onOfficeThemeChange={onOfficeThemeChange}
    />,
  );
  return {
    workbook: screen.getByRole('region', { name: 'Classeur en mémoire' }),
    pane: screen.getByRole('complementary', { name: 'Volet Suivi Clients' }),
  };
}

describe('preview page', () => {
  it('draws the in-memory workbook beside the pane, which reads it through src/excel', async () => {
    const { workbook, pane } = renderPreview();
    const grid = within(workbook).getByRole('grid', { name: 'Clients' });
    expect(within(grid).getByRole('gridcell', { name: 'C2 Favre' })).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'R' })).toBeInTheDocument();
    const sheet = within(pane).getByRole('region', { name: 'Feuille active' });
    expect(await within(sheet).findByText('6 lignes · 18 colonnes')).toBeInTheDocument();
    expect(await within(pane).findByText('Connecté')).toBeInTheDocument();
  });

  it('draws again after a sync changes the workbook, and the pane sees it on refresh', async () => {
    const { workbook, pane } = renderPreview();
    await within(pane).findByText('6 lignes · 18 colonnes');
    // The change comes from outside React (like an edit in Excel): act() lets the grid's re-render settle.
    await act(() =>
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('C8:D8').values = [['Keller', 'Anna']];
        await context.sync();
      }),
    );
    expect(await within(workbook).findByRole('gridcell', { name: 'C8 Keller' })).toBeInTheDocument();
    await userEvent.click(within(pane).getByRole('button', { name: 'Actualiser la feuille active' }));
    expect(await within(pane).findByText('8 lignes · 18 colonnes')).toBeInTheDocument();
  });

  it('switches the active sheet from its tabs', async () => {
    const { workbook, pane } = renderPreview();
    await within(pane).findByText('6 lignes · 18 colonnes');
    act(() => {
      host.workbook.addSheet('Feuil2', [['Nom'], ['Rochat']]);
    });
    await userEvent.click(await within(workbook).findByRole('tab', { name: 'Feuil2' }));
    expect(within(workbook).getByRole('grid', { name: 'Feuil2' })).toBeInTheDocument();
    expect(host.workbook.activeSheetName).toBe('Feuil2');
    await userEvent.click(within(pane).getByRole('button', { name: 'Actualiser la feuille active' }));
    await waitFor(() => expect(within(pane).getByRole('region', { name: 'Feuille active' })).toHaveTextContent('Feuil2'));
    expect(within(pane).getByText('2 lignes · 1 colonne')).toBeInTheDocument();
  });

  it("offers Office's light and dark themes and reports the one chosen", async () => {
    const onOfficeThemeChange = jest.fn();
    renderPreview('colorful', onOfficeThemeChange);
    const select = screen.getByRole('combobox', { name: 'Thème Office' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Colorful (clair)', 'Black (sombre)']);
    await userEvent.selectOptions(select, 'black');
    expect(onOfficeThemeChange).toHaveBeenCalledWith('black');
  });
});

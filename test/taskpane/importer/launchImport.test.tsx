import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { excelGateway } from '@/excel/excelGateway';
import type { LocalStoreConfig } from '@/contract/LocalStoreConfig';
import { App, type AppProps } from '@/taskpane/App';
import { isLaunchAcknowledged, postLaunchRequest, type LaunchStorage } from '@/taskpane/launch/launchChannel';
import { createExcelHost, type ExcelHost } from '@test/excel-host/createExcelHost';
import { installExcelHost } from '@test/excel-host/installExcelHost';
import { createFakeSettingsStorage, goodSettings } from '../support/renderPane';
import { createImportingStore, type ImportingStore } from './support/createImportingStore';
import { clientRow as row, importDate as today, templateHeaders as headers, WAIT } from './support/importSheetRows';

// The ribbon's "Importer" opens the pane with ?action=import: the pane starts the one-click import of the active
// sheet on its own, once, through the same code path as the "Importer dans la base clients" button (real src/excel
// operations on the in-memory Excel host, an in-memory store).

let host: ExcelHost;
let uninstall: () => void;
let store: ImportingStore;

type LaunchOptions = {
  launchAction?: AppProps['launchAction'];
  launchStorage?: LaunchStorage;
  saved?: typeof goodSettings | null;
  localConfig?: Promise<LocalStoreConfig | null>;
};

function renderLaunched(
  rows: unknown[][],
  { launchAction = 'import', saved = goodSettings, localConfig, launchStorage }: LaunchOptions = {},
) {
  host = createExcelHost();
  host.workbook.addSheet('Clients', [headers, ...rows]);
  uninstall = installExcelHost(host);
  store = createImportingStore();
  if (localConfig) store.loadLocalStoreConfig = () => localConfig;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const services = { excel: excelGateway, api: store, settingsStorage: createFakeSettingsStorage(saved), launchStorage };
  const props: AppProps = { language: 'fr', services, queryClient, launchAction };
  // StrictMode mounts effects twice, as React does in development: the import must still start once.
  const pane = () => (
    <StrictMode>
      <App {...props} />
    </StrictMode>
  );
  const view = render(pane());
  const panel = () => screen.getByRole('tabpanel', { name: 'Importer' });
  return { ...view, panel, rerenderSame: () => view.rerender(pane()) };
}
afterEach(() => uninstall());

const column = (letter: string, first: number, last: number) =>
  host.workbook
    .sheet('Clients')
    .getValues(`${letter}${first}:${letter}${last}`)
    .map(([value]) => value);
const summaryOf = (panel: HTMLElement) => within(panel).findByRole('region', { name: "Résultat de l'import" }, WAIT);

describe('pane opened by the ribbon\'s "Importer" (launchAction import)', () => {
  it('opens on the Importer tab and imports the active sheet once, writing back codes and statuses', async () => {
    const { panel, rerenderSame } = renderLaunched([row(1), row(2)]);
    expect(screen.getByRole('tab', { name: 'Importer' })).toHaveAttribute('aria-selected', 'true');
    const summary = await summaryOf(panel());
    expect(within(summary).getByText('Créés : 2 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(column('A', 2, 3)).toEqual(['CL-000001', 'CL-000002']);
    expect(column('S', 2, 3)).toEqual([`Créé le ${today}`, `Créé le ${today}`]);
    rerenderSame();
    // The store status settles after the import: a later render must not start it again.
    expect(await screen.findByText('Connecté')).toBeInTheDocument();
    expect(store.imports).toHaveLength(1);
    expect(store.clients).toHaveLength(2);
    expect(within(panel()).getByRole('button', { name: 'Importer dans la base clients' })).toBeEnabled();
  });

  it('asks first when rows have errors, sends nothing until confirmed, then imports the valid rows once', async () => {
    const { panel } = renderLaunched([row(1), row(2, 'not-an-email'), row(3)]);
    expect(
      await within(panel()).findByText('1 ligne a des erreurs et ne sera pas envoyée. Importer seulement les 2 lignes valides ?', {}, WAIT),
    ).toBeInTheDocument();
    expect(await screen.findByText('Connecté')).toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Importer les lignes valides' }));
    const summary = await summaryOf(panel());
    expect(within(summary).getByText('Créés : 2 · Mis à jour : 0 · Inchangés : 0 · En erreur : 1')).toBeInTheDocument();
    expect(store.imports.map((request) => request.rows)).toEqual([[2, 4]]);
  });

  it('waits for the local store configuration on first run, then imports once', async () => {
    let resolveConfig: (config: LocalStoreConfig) => void = () => undefined;
    const localConfig = new Promise<LocalStoreConfig>((resolve) => {
      resolveConfig = resolve;
    });
    const { panel } = renderLaunched([row(1)], { saved: null, localConfig });
    expect(within(panel()).queryByText(/^Import impossible/)).not.toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
    resolveConfig({ storeUrl: 'https://local.test', token: 'local-token' });
    const summary = await summaryOf(panel());
    expect(within(summary).getByText('Créés : 1 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(store.imports).toHaveLength(1);
  });

  it('says so once when no store is configured, and sends nothing', async () => {
    const { panel } = renderLaunched([row(1)], { saved: null });
    expect(
      await within(panel()).findByText("Import impossible : aucune base clients n'est configurée (voir Paramètres).", {}, WAIT),
    ).toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
  });

  it('starts nothing when opened without a launch action', async () => {
    const { panel } = renderLaunched([row(1)], { launchAction: null });
    expect(await screen.findByText('Connecté')).toBeInTheDocument();
    await waitFor(() => expect(within(panel()).getByRole('button', { name: 'Importer dans la base clients' })).toBeEnabled());
    expect(within(panel()).queryByRole('region', { name: "Résultat de l'import" })).not.toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
    expect(column('A', 2, 2)).toEqual(['']);
  });
});

describe('the ribbon\'s "Importer" while the pane is open (a request through localStorage, never a reload)', () => {
  const sharedStorage = (): LaunchStorage => {
    const items = new Map<string, string>();
    return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
  };

  it('takes the request from the Clients tab, goes to the Importer tab, imports once and acknowledges it', async () => {
    const launchStorage = sharedStorage();
    const { panel } = renderLaunched([row(1), row(2)], { launchAction: null, launchStorage });
    expect(await screen.findByText('Connecté')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Clients' }));
    expect(store.imports).toHaveLength(0);
    postLaunchRequest(launchStorage, { id: 'r1', action: 'import', at: Date.now() });
    window.dispatchEvent(new StorageEvent('storage', { key: 'suivi-clients.launch-request' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Importer' })).toHaveAttribute('aria-selected', 'true'));
    const summary = await summaryOf(panel());
    expect(within(summary).getByText('Créés : 2 · Mis à jour : 0 · Inchangés : 0 · En erreur : 0')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Importer' })).toHaveAttribute('aria-selected', 'true');
    expect(isLaunchAcknowledged(launchStorage, 'r1')).toBe(true);
    expect(store.imports).toHaveLength(1);
  });

  it('takes a request posted while it was closed, on load, if under two minutes old; an old one is left alone', async () => {
    const launchStorage = sharedStorage();
    postLaunchRequest(launchStorage, { id: 'old', action: 'import', at: Date.now() - 3 * 60_000 });
    const first = renderLaunched([row(1)], { launchAction: null, launchStorage });
    expect(await screen.findByText('Connecté')).toBeInTheDocument();
    expect(store.imports).toHaveLength(0);
    first.unmount();
    uninstall();
    postLaunchRequest(launchStorage, { id: 'fresh', action: 'import', at: Date.now() - 30_000 });
    const { panel } = renderLaunched([row(1)], { launchAction: null, launchStorage });
    await summaryOf(panel());
    expect(store.imports).toHaveLength(1);
    expect(isLaunchAcknowledged(launchStorage, 'fresh')).toBe(true);
  });
});

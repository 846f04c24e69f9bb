import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goodSettings, renderPane } from './support/renderPane';

const statusLine = () => screen.getByRole('status', { name: 'État de la base clients' });

describe('status line', () => {
  it('shows the store as connected, with its database kind and home country', async () => {
    renderPane({ saved: goodSettings, store: { database: 'postgres', homeCountry: 'FR' } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Connecté'));
    expect(statusLine()).toHaveTextContent(/Serveur · pays de référence\s?:? France/);
    expect(statusLine()).not.toHaveTextContent(/PostgreSQL|SQLite/);
  });

  it('names the local database plainly, in English too', async () => {
    renderPane({ saved: goodSettings, store: { database: 'sqlite', homeCountry: 'CH' }, language: 'en' });
    const line = screen.getByRole('status', { name: 'Client database status' });
    await waitFor(() => expect(line).toHaveTextContent('Connected'));
    expect(line).toHaveTextContent(/Local database · home country:? Switzerland/);
  });

  it('shows a refused token when the store answers 401', async () => {
    renderPane({ saved: { ...goodSettings, token: 'revoked-token' } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Jeton refusé'));
  });

  it('shows an unreachable store', async () => {
    renderPane({ saved: { storeUrl: 'https://ailleurs.test', token: 'good-token' } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Base clients injoignable'));
  });

  it('shows a store that is not configured when nothing is saved and there is no local store', async () => {
    const { store } = renderPane({ saved: null, store: { localConfig: null } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Base clients non configurée'));
    expect(store.requests).toHaveLength(0);
  });

  it('is pre-configured by local-store.json on first run', async () => {
    const { store, settingsStorage } = renderPane({ saved: null, store: { localConfig: goodSettings } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Connecté'));
    expect(store.connections).toContainEqual(goodSettings);
    expect(settingsStorage.saved).toHaveLength(0);
  });

  it('prefers the saved settings to local-store.json', async () => {
    const { store } = renderPane({
      saved: { ...goodSettings, token: 'saved-token' },
      store: { localConfig: goodSettings, acceptedTokens: ['good-token', 'saved-token'] },
    });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Connecté'));
    expect(store.connections.map((settings) => settings.token)).toEqual(['saved-token']);
  });

  it('checks the store again on demand', async () => {
    const { store } = renderPane({ saved: goodSettings });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Connecté'));
    store.setAcceptedTokens([]);
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier à nouveau' }));
    await waitFor(() => expect(statusLine()).toHaveTextContent('Jeton refusé'));
  });
});

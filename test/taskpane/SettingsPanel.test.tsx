import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goodSettings, renderPane } from './support/renderPane';

const statusLine = () => screen.getByRole('status', { name: 'État de la base clients' });

async function openSettings() {
  await userEvent.click(screen.getByRole('button', { name: 'Paramètres de la base clients' }));
  return screen.findByRole('form', { name: 'Paramètres de la base clients' });
}

async function fill(form: HTMLElement, values: { storeUrl: string; token: string }) {
  const url = within(form).getByLabelText(/Adresse de la base clients/);
  const token = within(form).getByLabelText(/Jeton d'accès/);
  await userEvent.clear(url);
  if (values.storeUrl) await userEvent.type(url, values.storeUrl);
  await userEvent.clear(token);
  if (values.token) await userEvent.type(token, values.token);
}

describe('settings panel', () => {
  it('saves the URL and token with the settings storage and checks the store again', async () => {
    const { settingsStorage, store } = renderPane({ saved: { ...goodSettings, token: 'old-token' } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Jeton refusé'));
    const form = await openSettings();
    expect(within(form).getByLabelText(/Adresse de la base clients/)).toHaveValue('https://store.test');
    await fill(form, { storeUrl: 'https://store.test/', token: 'good-token' });
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Paramètres enregistrés.')).toBeInTheDocument();
    expect(settingsStorage.saved).toEqual([goodSettings]);
    await waitFor(() => expect(statusLine()).toHaveTextContent('Connecté'));
    expect(store.connections.at(-1)).toEqual(goodSettings);
  });

  it('tests the typed values without saving them', async () => {
    const { settingsStorage } = renderPane({ saved: null });
    const form = await openSettings();
    await fill(form, { storeUrl: 'https://store.test', token: 'wrong' });
    await userEvent.click(within(form).getByRole('button', { name: 'Tester la connexion' }));
    expect(await within(form).findByText('La base clients répond mais refuse ce jeton.')).toBeInTheDocument();
    await fill(form, { storeUrl: 'https://store.test', token: 'good-token' });
    await userEvent.click(within(form).getByRole('button', { name: 'Tester la connexion' }));
    expect(await within(form).findByText(/^Connexion réussie\s: base locale, pays de référence Suisse\.$/i)).toBeInTheDocument();
    await fill(form, { storeUrl: 'https://nulle-part.test', token: 'good-token' });
    await userEvent.click(within(form).getByRole('button', { name: 'Tester la connexion' }));
    expect(await within(form).findByText('La base clients est injoignable à cette adresse.')).toBeInTheDocument();
    expect(settingsStorage.saved).toHaveLength(0);
    expect(statusLine()).toHaveTextContent('Base clients non configurée');
  });

  it('refuses an empty token and an invalid URL, and saves nothing', async () => {
    const { settingsStorage } = renderPane({ saved: null });
    const form = await openSettings();
    await fill(form, { storeUrl: 'store.test', token: '' });
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(within(form).getByText(/^Adresse invalide\s: elle commence par https:\/\/ \(ou http:\/\/\)\.$/)).toBeInTheDocument();
    expect(within(form).getByText('Indiquez le jeton de la base clients.')).toBeInTheDocument();
    expect(settingsStorage.saved).toHaveLength(0);
  });

  it('says the settings come from the local store on first run', async () => {
    renderPane({ saved: null, store: { localConfig: goodSettings } });
    await waitFor(() => expect(statusLine()).toHaveTextContent('Connecté'));
    const form = await openSettings();
    expect(within(form).getByText('Préconfiguré avec la base clients locale de ce poste.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Jeton d'accès/)).toHaveValue('good-token');
  });

  it('explains the token on the help page, through an "Aide" link, never with a command line', async () => {
    renderPane({ saved: null });
    const form = await openSettings();
    const help = within(form).getByRole('link', { name: /^Aide\s: obtenir un jeton d’accès/ });
    expect(help).toHaveTextContent('Aide');
    expect(help).toHaveAttribute('href', 'help.html#jeton');
    expect(help).toHaveAttribute('target', '_blank');
    expect(help).toHaveAttribute('rel', 'noopener noreferrer');
    expect(form).not.toHaveTextContent(/npm|token create/);
  });

  it('links the English help section from the English pane', async () => {
    renderPane({ saved: null, language: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Client database settings' }));
    const form = await screen.findByRole('form', { name: 'Client database settings' });
    expect(within(form).getByRole('link', { name: /^Help: getting an access token/ })).toHaveAttribute('href', 'help.html#token');
  });

  it('reports a storage failure', async () => {
    const { settingsStorage } = renderPane({ saved: null });
    settingsStorage.save = async () => {
      throw new Error('saveAsync failed');
    };
    const form = await openSettings();
    await fill(form, goodSettings);
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText("Les paramètres n'ont pas pu être enregistrés dans le classeur.")).toBeInTheDocument();
    expect(statusLine()).toHaveTextContent('Base clients non configurée');
  });

  it('closes', async () => {
    renderPane({ saved: goodSettings });
    const form = await openSettings();
    await userEvent.click(within(form).getByRole('button', { name: 'Fermer les paramètres' }));
    expect(screen.queryByRole('form', { name: 'Paramètres de la base clients' })).not.toBeInTheDocument();
  });
});

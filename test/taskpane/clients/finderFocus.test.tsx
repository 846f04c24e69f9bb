import { screen, waitFor } from '@testing-library/react';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const people = [
  { id: 'dupont', title: 'Mme', lastName: 'Dupont', firstName: 'Marie', city: 'Genève', email: 'marie@dupont.ch' },
  { id: 'dupre', title: 'Mme', lastName: 'Dupré', firstName: 'Élodie', city: 'Lausanne', email: 'elodie@dupre.ch' },
  { id: 'martin', title: 'M.', lastName: 'Martin', firstName: 'Luc', city: 'Sion', email: 'luc@martin.ch' },
  { id: 'muller', title: 'M.', lastName: 'Müller', firstName: 'Hans', city: 'Bern', email: 'hans@muller.ch' },
];

const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent ?? '');

/** The pane's one polite live region (PaneAnnouncer): what a screen reader was last told. */
function announced(): string {
  const regions = [...document.querySelectorAll('[aria-live="polite"][aria-atomic="true"]')];
  expect(regions).toHaveLength(1);
  return regions[0]?.textContent ?? '';
}

describe('ClientsTab: search and the A–Z letter', () => {
  it('clears the letter when a search is typed, so the words are searched under every initial', async () => {
    const store = createMemoryStore({ clients: people });
    const { user, within } = await renderClientsTab({ store });
    await within.findByText('4 clients');
    await user.click(screen.getByRole('radio', { name: 'Clients dont le nom commence par M' }));
    expect(await within.findByText('2 clients')).toBeInTheDocument();

    await user.type(within.getByRole('searchbox', { name: 'Rechercher un client' }), 'dup');
    expect(await within.findByText('2 clients')).toBeInTheDocument();
    await waitFor(() => expect(optionNames()).toEqual([expect.stringContaining('Dupont Marie'), expect.stringContaining('Dupré Élodie')]));
    expect(screen.getByRole('radio', { name: 'Tous' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Clients dont le nom commence par M' })).not.toBeChecked();
    const last = store.calls.filter((call) => call.method === 'searchClients').at(-1);
    expect(last?.args[0]).toMatchObject({ q: 'dup' });
    expect((last?.args[0] as { letter?: string }).letter).toBeUndefined();
  });

  it('names the active letter when nothing starts with it, and "Retirer le filtre" shows every client again', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    await user.click(screen.getByRole('radio', { name: 'Clients dont le nom commence par Z' }));
    expect(await within.findByText('Aucun client trouvé')).toBeInTheDocument();
    expect(within.getByText(/Filtre actif\s*:\s*«\s*Initiale Z\s*»/)).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Retirer le filtre' }));
    expect(await within.findByText('4 clients')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tous' })).toBeChecked();
  });

  it('announces the number of results through the live region once they are there', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    await waitFor(() => expect(announced()).toBe('4 clients'));
    await user.type(within.getByRole('searchbox'), 'martin');
    await within.findByText('1 client');
    await waitFor(() => expect(announced()).toBe('1 client'));
  });
});

describe('ClientsTab: the focus follows each action', () => {
  it('open a profile → its heading; Détails → the form title; Enregistrer → the heading again (announced); Retour → the search box', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await user.click(await within.findByRole('option', { name: /Martin Luc/ }));
    const heading = await within.findByRole('heading', { name: 'M. Luc Martin' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading).toHaveAttribute('tabindex', '-1');

    await user.click(within.getByRole('button', { name: 'Détails' }));
    await waitFor(() => expect(within.getByRole('heading', { name: 'Modifier Martin Luc' })).toHaveFocus());
    const city = within.getByLabelText(/^Localité/);
    await user.clear(city);
    await user.type(city, 'Martigny');
    await user.click(within.getByRole('button', { name: 'Enregistrer' }));
    expect(await within.findByText('Modifications enregistrées.')).toBeInTheDocument();
    await waitFor(() => expect(within.getByRole('heading', { name: 'M. Luc Martin' })).toHaveFocus());
    await waitFor(() => expect(announced()).toBe('Modifications enregistrées.'));

    await user.click(within.getByRole('button', { name: 'Retour à la liste' }));
    await waitFor(() => expect(within.getByRole('searchbox', { name: 'Rechercher un client' })).toHaveFocus());
    expect(document.activeElement).not.toBe(document.body);
  });

  it('Ajouter → the new form title; Annuler → the search box', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    await user.click(within.getByRole('button', { name: 'Ajouter un nouveau client' }));
    await waitFor(() => expect(within.getByRole('heading', { name: 'Nouveau client' })).toHaveFocus());
    await user.click(within.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(within.getByRole('searchbox', { name: 'Rechercher un client' })).toHaveFocus());
  });
});

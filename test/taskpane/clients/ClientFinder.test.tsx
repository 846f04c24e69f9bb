import { StoreClientError } from '@/api-client/StoreClientError';
import { act, screen, waitFor } from '@testing-library/react';
import type { ClientSearchInput } from '@/api-client/clientSearchPath';
import type { ClientList } from '@/contract/ClientList';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const people = [
  { lastName: 'Dupont', firstName: 'Marie', city: 'Genève', email: 'marie@dupont.ch' },
  { lastName: 'Dupré', firstName: 'Élodie', city: 'Lausanne', email: 'elodie@dupre.ch' },
  { lastName: 'Martin', firstName: 'Luc', city: 'Sion', email: 'luc@martin.ch' },
  { lastName: 'Diop', firstName: 'Awa', city: 'Dakar', email: 'awa@diop.sn', country: 'SN', nationality: 'SN', practiceCountry: 'SN' },
];

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('ClientsTab: find', () => {
  it('lists every client, sorted by name, with the count', async () => {
    const { within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    expect(await within.findByText('4 clients')).toBeInTheDocument();
    expect(optionNames().map((text) => text?.slice(0, 12))).toEqual(['Diop AwaDaka', 'Dupont Marie', 'Dupré Élodie', 'Martin LucSi']);
    expect(within.getByRole('listbox', { name: 'Résultats de la recherche' })).toHaveAttribute('aria-multiselectable', 'true');
  });

  it('searches as you type, ignoring case and accents', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    await user.type(within.getByRole('searchbox', { name: 'Rechercher un client' }), 'DUPRE');
    expect(await within.findByText('1 client')).toBeInTheDocument();
    expect(optionNames()[0]).toContain('Dupré Élodie');
  });

  it('browses by initial with the A–Z bar, and back to all', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    const bar = within.getByRole('toolbar', { name: 'Parcourir par initiale du nom' });
    await user.click(screen.getByRole('radio', { name: 'Clients dont le nom commence par M' }));
    expect(await within.findByText('1 client')).toBeInTheDocument();
    expect(optionNames()[0]).toContain('Martin Luc');
    await user.click(screen.getByRole('radio', { name: 'Tous' }));
    expect(await within.findByText('4 clients')).toBeInTheDocument();
    expect(bar).toBeInTheDocument();
  });

  it('keeps only foreign clients with "Clients étrangers"', async () => {
    const { user, within, store } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    await user.click(within.getByRole('switch', { name: 'Clients étrangers' }));
    expect(await within.findByText('1 client')).toBeInTheDocument();
    expect(optionNames()[0]).toContain('Diop Awa');
    expect(optionNames()[0]).toContain('Étranger');
    expect(store.calls.at(-1)).toMatchObject({ method: 'searchClients', args: [{ foreign: 'true' }] });
  });

  it('says when nothing matches, and when the store is empty', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore() });
    expect(await within.findByText('Aucun client dans la base clients pour l’instant.')).toBeInTheDocument();
    await user.type(within.getByRole('searchbox'), 'zz');
    expect(await within.findByText(/Essayez un autre nom/)).toBeInTheDocument();
  });

  it('shows a store failure in words, and tries again', async () => {
    const store = createMemoryStore({ clients: people });
    const search = store.client.searchClients;
    let failures = 1;
    store.client.searchClients = async (query, options) => {
      if (failures-- > 0) throw new StoreClientError('unreachable', 'down');
      return search(query, options);
    };
    const { user, within } = await renderClientsTab({ store });
    expect(await within.findByText('La base clients ne répond pas.')).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Réessayer' }));
    expect(await within.findByText('4 clients')).toBeInTheDocument();
  });

  it('never shows the answer to words typed before, and aborts its request', async () => {
    const store = createMemoryStore({ clients: people });
    const search = store.client.searchClients;
    const held: Array<{ q: string | undefined; signal: AbortSignal | undefined; release: () => void }> = [];
    store.client.searchClients = (query: ClientSearchInput, options) =>
      new Promise<ClientList>((resolve, reject) => {
        const release = () => void search(query, options).then(resolve, reject);
        if (query.q === 'du') held.push({ q: query.q, signal: options?.signal, release });
        else release();
      });
    const { user, within } = await renderClientsTab({ store });
    await within.findByText('4 clients');
    const box = within.getByRole('searchbox');
    await user.type(box, 'du');
    await waitFor(() => expect(held).toHaveLength(1));
    await user.type(box, 'pr');
    expect(await within.findByText('1 client')).toBeInTheDocument();
    await waitFor(() => expect(held[0]?.signal?.aborted).toBe(true));
    await act(async () => held[0]?.release());
    expect(within.getByText('1 client')).toBeInTheDocument();
    expect(optionNames()).toHaveLength(1);
  });

  it('renders only the rows in view out of thousands, and loads further pages on demand', async () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({
      lastName: `Nom${String(index).padStart(4, '0')}`,
      firstName: 'Test',
      email: `n${index}@x.ch`,
    }));
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: many }) });
    expect(await within.findByText('3 000 clients')).toBeInTheDocument();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(30);
    expect(options[0]).toHaveAttribute('aria-setsize', '3000');
    const list = within.getByRole('listbox');
    list.focus();
    const activeOption = () => document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
    await user.keyboard('{End}');
    expect(activeOption()).toHaveAttribute('aria-posinset', '50');
    expect(screen.getAllByRole('option').length).toBeLessThan(30);
    // Reaching the end of the loaded rows asked for the next page: End now goes further.
    await waitFor(async () => {
      await user.keyboard('{End}');
      expect(activeOption()).toHaveAttribute('aria-posinset', '100');
    });
  });

  it('is used with the keyboard: arrows move, Space selects, Enter opens the profile', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    const list = within.getByRole('listbox');
    list.focus();
    await user.keyboard('{ArrowDown}');
    expect(list.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    await user.keyboard(' ');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(within.getByRole('button', { name: 'Insérer la sélection dans la feuille (1)' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await within.findByRole('heading', { name: 'Marie Dupont' })).toBeInTheDocument();
  });

  it('inserts the selection, or else all the results, into the sheet', async () => {
    const { user, within, written } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('4 clients');
    await user.click(within.getByRole('button', { name: 'Insérer les résultats dans la feuille (4)' }));
    expect(await within.findByText('4 clients insérés dans la feuille « Clients ».')).toBeInTheDocument();
    expect(written[0]?.map((client) => client.lastName)).toEqual(['Diop', 'Dupont', 'Dupré', 'Martin']);
    expect(written[0]?.[0]).not.toHaveProperty('id');
    await user.keyboard('{Control>}');
    await user.click(screen.getAllByRole('option')[2] as HTMLElement);
    await user.keyboard('{/Control}');
    await user.click(within.getByRole('button', { name: 'Insérer la sélection dans la feuille (1)' }));
    await waitFor(() => expect(written).toHaveLength(2));
    expect(written[1]?.map((client) => client.email)).toEqual(['elodie@dupre.ch']);
  });
});

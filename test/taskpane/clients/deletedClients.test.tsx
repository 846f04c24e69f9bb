import { getDefaultNormalizer, screen, waitFor, within as inside } from '@testing-library/react';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const people = [
  { id: 'dupont', title: 'Mme', lastName: 'Dupont', firstName: 'Marie', city: 'Genève', email: 'marie@dupont.ch' },
  { id: 'martin', title: 'M.', lastName: 'Martin', firstName: 'Luc', city: 'Sion', email: 'luc@martin.ch' },
  { id: 'keller', title: 'M.', lastName: 'Keller', firstName: 'Hans', city: 'Bern', email: 'hans@keller.ch' },
];

/** The memory store with Martin already deleted (by the store itself, as the DELETE route does). */
async function storeWithMartinDeleted() {
  const store = createMemoryStore({ clients: people });
  await store.client.deleteClient('martin', { version: 1 });
  store.calls.length = 0;
  return store;
}

const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent ?? '');

describe('ClientsTab: deleted clients', () => {
  it('lists the deleted clients only with "Clients supprimés", and asks the store for them', async () => {
    const store = await storeWithMartinDeleted();
    const { user, within } = await renderClientsTab({ store });
    expect(await within.findByText('2 clients')).toBeInTheDocument();
    expect(optionNames().some((name) => name.includes('Martin'))).toBe(false);

    await user.click(within.getByRole('switch', { name: 'Clients supprimés' }));
    expect(await within.findByText('1 client')).toBeInTheDocument();
    expect(optionNames()).toEqual([expect.stringContaining('Martin Luc')]);
    expect(store.calls.at(-1)).toMatchObject({ method: 'searchClients', args: [{ deleted: 'true' }] });
  });

  it('opens a deleted client with its deletion date (dd.mm.yyyy) and "Restaurer"; restored, it is in the list again', async () => {
    const store = await storeWithMartinDeleted();
    const deletedAt = store.clients.get('martin')?.deletedAt ?? '';
    const day = new Intl.DateTimeFormat('fr-CH', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Zurich' }).format(
      new Date(deletedAt),
    );
    expect(day).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    const { user, within } = await renderClientsTab({ store });
    await user.click(await within.findByRole('switch', { name: 'Clients supprimés' }));
    await user.click(await within.findByRole('option', { name: /Martin Luc/ }));

    expect(await within.findByText(`Client supprimé le ${day}.`)).toBeInTheDocument();
    // A deleted client cannot be edited nor deleted again: "Restaurer" is the one primary action.
    expect(within.queryByRole('button', { name: 'Détails' })).not.toBeInTheDocument();
    expect(within.queryByRole('button', { name: 'Supprimer' })).not.toBeInTheDocument();
    const restore = within.getByRole('button', { name: 'Restaurer' });
    await user.click(restore);

    expect(await within.findByText('Client restauré.')).toBeInTheDocument();
    expect(store.clients.get('martin')?.deletedAt).toBeNull();
    expect(within.queryByText(/^Client supprimé le /)).not.toBeInTheDocument();
    expect(within.getByRole('button', { name: 'Détails' })).toBeInTheDocument();
    // The focus is on the result (the client's heading), not lost on <body>.
    await waitFor(() => expect(within.getByRole('heading', { name: 'M. Luc Martin' })).toHaveFocus());

    await user.click(within.getByRole('button', { name: 'Retour à la liste' }));
    await user.click(await within.findByRole('switch', { name: 'Clients supprimés' }));
    expect(await within.findByText('3 clients')).toBeInTheDocument();
    expect(optionNames()).toEqual([
      expect.stringContaining('Dupont Marie'),
      expect.stringContaining('Keller Hans'),
      expect.stringContaining('Martin Luc'),
    ]);
  });

  it('deletes as the confirmation promises: out of the list, found again under "Clients supprimés"', async () => {
    const store = createMemoryStore({ clients: people });
    const { user, within } = await renderClientsTab({ store });
    await user.click(await within.findByRole('option', { name: /Keller Hans/ }));
    await user.click(await within.findByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('alertdialog', { name: /^Supprimer ce client\s\?$/ });
    expect(dialog).toHaveTextContent('Clients supprimés');
    expect(dialog).toHaveTextContent('restaurer');
    await user.click(inside(dialog).getByRole('button', { name: 'Supprimer' }));

    expect(await within.findByText(/^Client supprimé le \d\d\.\d\d\.\d{4}\.$/)).toBeInTheDocument();
    expect(store.clients.get('keller')?.deletedAt).not.toBeNull();
    await user.click(within.getByRole('button', { name: 'Retour à la liste' }));
    expect(await within.findByText('2 clients')).toBeInTheDocument();
    expect(optionNames().some((name) => name.includes('Keller'))).toBe(false);
    await user.click(within.getByRole('switch', { name: 'Clients supprimés' }));
    expect(await within.findByText('1 client')).toBeInTheDocument();
    expect(optionNames()).toEqual([expect.stringContaining('Keller Hans')]);
  });

  it('names "Clients supprimés" when none is deleted, and "Retirer le filtre" goes back to the active clients', async () => {
    const { user, within } = await renderClientsTab({ store: createMemoryStore({ clients: people }) });
    await within.findByText('3 clients');
    await user.click(within.getByRole('switch', { name: 'Clients supprimés' }));
    expect(await within.findByText('0 client')).toBeInTheDocument();
    // With its non-breaking spaces (before ":" and inside « »): the default normalizer would fold them.
    const keepSpaces = getDefaultNormalizer({ collapseWhitespace: false });
    expect(within.getByText('Filtre actif\u00a0: «\u00a0Clients supprimés\u00a0».', { normalizer: keepSpaces })).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Retirer le filtre' }));
    expect(await within.findByText('3 clients')).toBeInTheDocument();
    expect(within.getByRole('switch', { name: 'Clients supprimés' })).not.toBeChecked();
  });
});

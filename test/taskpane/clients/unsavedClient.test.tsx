import { StoreClientError } from '@/api-client/StoreClientError';
import { waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createMemoryStore, type MemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

type Within = Awaited<ReturnType<typeof renderClientsTab>>['within'];

const SAVE_BOX = 'Enregistrer les informations du client';

async function openForm(store: MemoryStore = createMemoryStore()) {
  const rendered = await renderClientsTab({ store });
  await rendered.user.click(await rendered.within.findByRole('button', { name: 'Ajouter un nouveau client' }));
  await rendered.within.findByRole('form', { name: 'Nouveau client' });
  return rendered;
}

async function typeClient(user: UserEvent, within: Within) {
  await user.selectOptions(within.getByRole('combobox', { name: 'Civilité' }), 'Mme');
  await user.type(within.getByLabelText(/^Nom/), 'Gaillard');
  await user.type(within.getByLabelText(/^Prénom/), 'Nadia');
  await user.type(within.getByLabelText(/^Email/), 'nadia.gaillard@exemple.ch');
  await user.type(within.getByLabelText(/^Localité/), 'Nyon');
}

/** Keeps the client typed for the session only (box unchecked), and returns on its card. */
async function keepForSession(user: UserEvent, within: Within) {
  await typeClient(user, within);
  await user.click(within.getByRole('button', { name: 'Utiliser sans enregistrer' }));
  await within.findByText(/^Ce client n'est pas enregistré/);
}

describe('ClientsTab: a client used without saving', () => {
  it('says on its primary button what it will do: "Utiliser sans enregistrer", box checked "Enregistrer le client"', async () => {
    const { user, within } = await openForm();
    expect(within.getByRole('button', { name: 'Utiliser sans enregistrer' })).toBeInTheDocument();
    expect(within.queryByRole('button', { name: 'Enregistrer le client' })).not.toBeInTheDocument();
    await user.click(within.getByRole('checkbox', { name: SAVE_BOX }));
    expect(within.getByRole('button', { name: 'Enregistrer le client' })).toBeInTheDocument();
    expect(within.queryByRole('button', { name: 'Utiliser sans enregistrer' })).not.toBeInTheDocument();
  });

  it('sends nothing when used without saving, then "Enregistrer maintenant" stores the same values and opens the stored profile', async () => {
    const store = createMemoryStore();
    const { user, within } = await openForm(store);
    await keepForSession(user, within);
    expect(store.calls.some((call) => call.method === 'createClient')).toBe(false);

    await user.click(within.getByRole('button', { name: 'Enregistrer maintenant' }));
    expect(await within.findByText(/^Gaillard Nadia est enregistrée? \(code CL-000001\)\.$/)).toBeInTheDocument();
    const created = store.calls.filter((call) => call.method === 'createClient');
    expect(created).toHaveLength(1);
    expect(created[0]?.args[0]).toMatchObject({
      title: 'Mme',
      lastName: 'Gaillard',
      firstName: 'Nadia',
      email: 'nadia.gaillard@exemple.ch',
      city: 'Nyon',
    });
    expect([...store.clients.values()].map((client) => client.email)).toEqual(['nadia.gaillard@exemple.ch']);
    // The stored profile, with the actions of a stored client and the focus on its heading.
    expect(within.getByRole('button', { name: 'Détails' })).toBeInTheDocument();
    expect(within.queryByRole('button', { name: 'Enregistrer maintenant' })).not.toBeInTheDocument();
    await waitFor(() => expect(within.getByRole('heading', { name: 'Mme Nadia Gaillard' })).toHaveFocus());
  });

  it('on a store refusal, "Enregistrer maintenant" opens the form with the values typed and the error summary', async () => {
    const store = createMemoryStore();
    const taken = { path: 'email', code: 'taken', message: 'Cette adresse email est déjà utilisée par un autre client.' };
    store.client.createClient = async (input) => {
      store.calls.push({ method: 'createClient', args: [input] });
      throw new StoreClientError('conflict', 'email taken', { status: 409, fields: [taken] });
    };
    const { user, within } = await openForm(store);
    await keepForSession(user, within);
    await user.click(within.getByRole('button', { name: 'Enregistrer maintenant' }));

    const summary = await within.findByRole('heading', { name: /1 valeur à corriger/ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within.getByRole('form', { name: 'Nouveau client' })).toBeInTheDocument();
    // Nothing typed is lost, and the box stays checked: the next click stores.
    expect(within.getByLabelText(/^Nom/)).toHaveValue('Gaillard');
    expect(within.getByLabelText(/^Prénom/)).toHaveValue('Nadia');
    expect(within.getByLabelText(/^Localité/)).toHaveValue('Nyon');
    expect(within.getByRole('checkbox', { name: SAVE_BOX })).toBeChecked();
    const entry = within.getByRole('button', { name: /^Email\s*: Cette adresse email est déjà utilisée/ });
    await user.click(entry);
    expect(within.getByLabelText(/^Email/)).toHaveFocus();
  });

  it('names each field in error at the top of the form on a failed submit, and each entry focuses its field', async () => {
    const { user, within, store } = await openForm();
    await user.type(within.getByLabelText(/^Email/), 'pas-une-adresse');
    await user.click(within.getByRole('button', { name: 'Utiliser sans enregistrer' }));

    const summary = await within.findByRole('heading', { name: /valeurs à corriger/ });
    await waitFor(() => expect(summary).toHaveFocus());
    const list = summary.parentElement?.querySelector('ul');
    const entries = [...(list?.querySelectorAll('button') ?? [])].map((button) => button.textContent ?? '');
    expect(entries.some((text) => text.startsWith('Nom'))).toBe(true);
    expect(entries.some((text) => text.startsWith('Prénom'))).toBe(true);
    expect(entries.some((text) => text.startsWith('Email'))).toBe(true);
    // The summary comes before the first field.
    const firstField = within.getByRole('combobox', { name: 'Civilité' });
    expect(summary.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within.getByRole('button', { name: /^Prénom/ }));
    expect(within.getByLabelText(/^Prénom/)).toHaveFocus();
    expect(store.calls.some((call) => call.method === 'createClient')).toBe(false);
  });
});

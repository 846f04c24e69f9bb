import { StoreClientError } from '@/api-client/StoreClientError';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

type Within = Awaited<ReturnType<typeof renderClientsTab>>['within'];

async function openForm(homeCountry = 'CH') {
  const rendered = await renderClientsTab({ store: createMemoryStore({ homeCountry }) });
  await rendered.user.click(await rendered.within.findByRole('button', { name: 'Ajouter un nouveau client' }));
  await rendered.within.findByRole('form', { name: 'Nouveau client' });
  return rendered;
}

async function fillRequired(user: UserEvent, within: Within, lastName = 'Ndiaye') {
  await user.type(within.getByLabelText(/^Nom/), lastName);
  await user.type(within.getByLabelText(/^Prénom/), 'Fatou');
  await user.type(within.getByLabelText(/^Email/), `${lastName.toLowerCase()}@exemple.sn`);
}

async function chooseCountry(user: UserEvent, within: Within, label: string, typed: string, name: string) {
  const combobox = within.getByRole('combobox', { name: label });
  await user.clear(combobox);
  await user.type(combobox, typed);
  await user.click(await screen.findByRole('option', { name }));
}

describe('ClientsTab: Nouveau client', () => {
  it('opens a form with every field, the home country as country, no nationality or country of practice invented, and the save box last and unchecked', async () => {
    const { within } = await openForm('BE');
    expect(within.getByRole('combobox', { name: 'Pays' })).toHaveValue('Belgique');
    for (const label of ['Nationalité', "Pays d'exercice"]) expect(within.getByRole('combobox', { name: label })).toHaveValue('');
    const box = within.getByRole('checkbox', { name: 'Enregistrer les informations du client' });
    expect(box).not.toBeChecked();
    const controls = within.getAllByRole('checkbox').concat(within.getAllByRole('textbox'), within.getAllByRole('combobox'));
    const last = controls.reduce((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? b : a));
    expect(last).toBe(box);
  });

  it('searches countries by French name, accents ignored', async () => {
    const { user, within } = await openForm();
    const nationality = within.getByRole('combobox', { name: 'Nationalité' });
    await user.clear(nationality);
    await user.type(nationality, 'sene');
    expect(await screen.findByRole('option', { name: 'Sénégal' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Suisse' })).not.toBeInTheDocument();
  });

  it('box checked: creates a foreign client in the store, then back to the list or another one', async () => {
    const { user, within, store } = await openForm();
    await fillRequired(user, within);
    await chooseCountry(user, within, 'Nationalité', 'sén', 'Sénégal');
    await chooseCountry(user, within, "Pays d'exercice", 'sén', 'Sénégal');
    await user.click(within.getByRole('checkbox', { name: 'Enregistrer les informations du client' }));
    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    expect(await within.findByText('La fiche de Ndiaye Fatou est enregistrée (code CL-000001).')).toBeInTheDocument();
    expect(store.calls.find((call) => call.method === 'createClient')?.args[0]).toMatchObject({
      lastName: 'Ndiaye',
      firstName: 'Fatou',
      email: 'ndiaye@exemple.sn',
      nationality: 'SN',
      practiceCountry: 'SN',
      country: 'CH',
      code: null,
    });
    expect(await within.findByText('Client étranger')).toBeInTheDocument();
    expect(within.getByText("Nationalité : Sénégal · Pays d'exercice : Sénégal")).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Créer un autre client' }));
    expect(await within.findByRole('form', { name: 'Nouveau client' })).toBeInTheDocument();
    expect(within.getByLabelText(/^Nom/)).toHaveValue('');
    await user.click(within.getByRole('button', { name: 'Annuler' }));
    await user.click(await within.findByRole('switch', { name: 'Clients étrangers' }));
    expect(await within.findByRole('option', { name: /Ndiaye Fatou/ })).toBeInTheDocument();
  });

  it('box unchecked: sends nothing, keeps nothing, shows the profile for this session and inserts it', async () => {
    const storage = jest.spyOn(Storage.prototype, 'setItem');
    const { user, within, store, written } = await openForm();
    const callsBefore = store.calls.length;
    await fillRequired(user, within, 'Sall');
    await user.type(within.getByLabelText(/^Téléphone/), '022 123 45 67');
    await user.click(within.getByRole('button', { name: 'Utiliser sans enregistrer' }));
    expect(await within.findByText("Ce client n'est pas enregistré : sa fiche disparaît à la fermeture du volet.")).toBeInTheDocument();
    expect(within.getByRole('link', { name: '+41 22 123 45 67' })).toHaveAttribute('href', 'tel:+41221234567');
    expect(store.calls.slice(callsBefore)).toEqual([]);
    expect(store.clients.size).toBe(0);
    expect(storage).not.toHaveBeenCalled();
    await user.click(within.getByRole('button', { name: 'Insérer dans la feuille' }));
    expect(await within.findByText('1 client inséré dans la feuille « Clients ».')).toBeInTheDocument();
    expect(within.getByRole('button', { name: 'Insérer dans la feuille' })).toBeEnabled();
    expect(written[0]?.[0]).toMatchObject({ lastName: 'Sall', phone: '+41 22 123 45 67', nationality: null, code: null });
    storage.mockRestore();
  });

  it('refuses to go on with a missing required value, with the engine message', async () => {
    const { user, within, store } = await openForm();
    await user.click(within.getByRole('checkbox', { name: 'Enregistrer les informations du client' }));
    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    expect(within.getByText("3 valeurs à corriger avant d'enregistrer.")).toBeInTheDocument();
    expect(within.getByLabelText(/^Nom/)).toHaveAttribute('aria-invalid', 'true');
    expect(store.calls.some((call) => call.method === 'createClient')).toBe(false);
  });

  it("shows the store's refusal on the field (a taken email)", async () => {
    const { user, within, store } = await openForm();
    store.add({ lastName: 'Autre', firstName: 'Client', email: 'ndiaye@exemple.sn' });
    const create = store.client.createClient;
    store.client.createClient = async (input) => {
      if (input.email === 'ndiaye@exemple.sn') {
        throw new StoreClientError('conflict', 'taken', {
          status: 409,
          fields: [{ path: 'email', code: 'email.taken', message: 'Cet email appartient déjà au client CL-000001.' }],
        });
      }
      return create(input);
    };
    await fillRequired(user, within);
    await user.click(within.getByRole('checkbox', { name: 'Enregistrer les informations du client' }));
    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    expect(await within.findByText('Cet email appartient déjà au client CL-000001.')).toBeInTheDocument();
    expect(within.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
  });
});

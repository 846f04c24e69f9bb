import { screen, waitFor, within as inside } from '@testing-library/react';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const dupont = {
  id: 'dupont',
  title: 'Mme',
  lastName: 'Dupont',
  firstName: 'Marie',
  company: 'Dupont Conseil SA',
  email: 'marie@dupont.ch',
  phone: '+41221234567',
  mobile: '+41791234567',
  address: 'Rue du Rhône 1',
  postalCode: '1204',
  city: 'Genève',
  vatNumber: 'CHE116281710',
  birthDate: '1980-05-01',
  notes: 'Préfère le courriel',
};
const diop = {
  id: 'diop',
  lastName: 'Diop',
  firstName: 'Awa',
  email: 'awa@diop.sn',
  country: 'SN',
  nationality: 'SN',
  practiceCountry: 'FR',
};

async function openProfile(name: string, store = createMemoryStore({ clients: [dupont, diop] })) {
  const rendered = await renderClientsTab({ store });
  const option = await rendered.within.findByRole('option', { name: new RegExp(name) });
  await rendered.user.click(option);
  return rendered;
}

describe('ClientsTab: profile', () => {
  it('shows every piece of information, with tel: and mailto: links and who did what when', async () => {
    const { within } = await openProfile('Dupont Marie');
    expect(await within.findByRole('heading', { name: 'Mme Marie Dupont' })).toBeInTheDocument();
    expect(within.getByRole('link', { name: 'marie@dupont.ch' })).toHaveAttribute('href', 'mailto:marie@dupont.ch');
    expect(within.getByRole('link', { name: '+41 22 123 45 67' })).toHaveAttribute('href', 'tel:+41221234567');
    expect(within.getByRole('link', { name: '+41 79 123 45 67' })).toHaveAttribute('href', 'tel:+41791234567');
    expect(within.getByText(/Rue du Rhône 1\s+1204 Genève\s+Suisse/)).toBeInTheDocument();
    expect(within.getByText('CHE-116.281.710')).toBeInTheDocument();
    expect(within.getByText('01.05.1980')).toBeInTheDocument();
    expect(within.getByText('Préfère le courriel')).toBeInTheDocument();
    expect(within.getByText('Dupont Conseil SA')).toBeInTheDocument();
    expect(within.getByText(/^Créé par accueil le /)).toBeInTheDocument();
    expect(within.getByText(/^Modifié par accueil le /)).toBeInTheDocument();
    expect(await within.findByText(/^Version 1 · Création par accueil le /)).toBeInTheDocument();
    expect(within.queryByText('Client étranger')).not.toBeInTheDocument();
  });

  it('shows the civility, countries and language in the pane’s language (English)', async () => {
    const rendered = await renderClientsTab({ language: 'en', store: createMemoryStore({ clients: [dupont, diop] }) });
    await rendered.user.click(await rendered.within.findByRole('option', { name: /Dupont Marie/ }));
    expect(await rendered.within.findByRole('heading', { name: 'Ms Marie Dupont' })).toBeInTheDocument();
    expect(rendered.within.getByText(/Rue du Rhône 1\s+1204 Genève\s+Switzerland/)).toBeInTheDocument();
    expect(rendered.within.getByText('01/05/1980')).toBeInTheDocument();
  });

  it('marks a foreign client with nationality and country of practice in French', async () => {
    const { within } = await openProfile('Diop Awa');
    expect(await within.findByText('Client étranger')).toBeInTheDocument();
    expect(within.getByText("Nationalité : Sénégal · Pays d'exercice : France")).toBeInTheDocument();
  });

  it('goes back to the list with the search kept', async () => {
    const store = createMemoryStore({ clients: [dupont, diop] });
    const { user, within } = await renderClientsTab({ store });
    await user.type(await within.findByRole('searchbox'), 'dio');
    await user.click(await within.findByRole('option', { name: /Diop Awa/ }));
    await user.click(await within.findByRole('button', { name: 'Retour à la liste' }));
    expect(within.getByRole('searchbox')).toHaveValue('dio');
    expect(await within.findByText('1 client')).toBeInTheDocument();
  });

  it('asks before deleting; Annuler deletes nothing', async () => {
    const { user, within, store } = await openProfile('Dupont Marie');
    await user.click(await within.findByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('alertdialog', { name: /^Supprimer ce client\s\?$/ });
    expect(dialog).toHaveTextContent('Dupont Marie sera retirée de la liste des clients.');
    await user.click(await inside(dialog).findByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(store.calls.some((call) => call.method === 'deleteClient')).toBe(false);
    expect(store.clients.get('dupont')?.deletedAt).toBeNull();
  });

  it('deletes after confirmation, then restores', async () => {
    const { user, within, store } = await openProfile('Dupont Marie');
    await user.click(await within.findByRole('button', { name: 'Supprimer' }));
    const confirm = await screen.findByRole('alertdialog', { name: /^Supprimer ce client\s\?$/ });
    await user.click(await inside(confirm).findByRole('button', { name: 'Supprimer' }));
    expect(await within.findByText(/^Client supprimé le /)).toBeInTheDocument();
    expect(store.calls.find((call) => call.method === 'deleteClient')?.args).toEqual(['dupont', 1]);
    expect(store.clients.get('dupont')?.deletedAt).not.toBeNull();
    // The closed dialog's focus trap keeps the page aria-hidden for a moment (tabster): wait until a screen reader
    // sees the profile again before asking what it offers.
    const restore = await within.findByRole('button', { name: 'Restaurer' });
    expect(within.queryByRole('button', { name: 'Détails' })).not.toBeInTheDocument();
    await user.click(restore);
    expect(await within.findByText('Client restauré.')).toBeInTheDocument();
    expect(store.clients.get('dupont')?.deletedAt).toBeNull();
    expect(await within.findByText(/^Version 3 · Restauration par accueil/)).toBeInTheDocument();
  });

  it('inserts the client into the sheet in template layout', async () => {
    const { user, within, written } = await openProfile('Dupont Marie');
    await user.click(await within.findByRole('button', { name: 'Insérer dans la feuille' }));
    expect(await within.findByText('1 client inséré dans la feuille « Clients ».')).toBeInTheDocument();
    expect(written[0]?.[0]).toMatchObject({ code: 'CL-000001', lastName: 'Dupont', phone: '+41 22 123 45 67', birthDate: '1980-05-01' });
  });
});

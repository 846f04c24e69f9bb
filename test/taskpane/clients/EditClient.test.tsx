import { screen, waitFor, within as inside } from '@testing-library/react';
import { describeIssue } from '@/domain';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const dupont = { id: 'dupont', lastName: 'Dupont', firstName: 'Marie', email: 'marie@dupont.ch', city: 'Genève', phone: '+41221234567' };

/** What the browser does when the pane is about to close: a cancelable `beforeunload`. */
function closingThePane(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

async function openDetails(store = createMemoryStore({ clients: [dupont] })) {
  const rendered = await renderClientsTab({ store });
  await rendered.user.click(await rendered.within.findByRole('option', { name: /Dupont Marie/ }));
  await rendered.user.click(await rendered.within.findByRole('button', { name: 'Détails' }));
  await rendered.within.findByRole('form', { name: 'Modifier Dupont Marie' });
  return rendered;
}

describe('ClientsTab: Détails → edit → Enregistrer', () => {
  it('shows every template field, filled with the stored values', async () => {
    const { within } = await openDetails();
    for (const label of [
      'Code client',
      'Civilité',
      'Nom',
      'Prénom',
      'Société',
      'N° TVA / IDE',
      'Email',
      'Téléphone',
      'Mobile',
      'Adresse',
      'NPA',
      'Localité',
      'Date de naissance',
      'Notes',
    ]) {
      expect(within.getByLabelText(new RegExp(`^${label}`))).toBeInTheDocument();
    }
    for (const label of ['Pays', 'Nationalité', "Pays d'exercice"])
      expect(within.getByRole('combobox', { name: label })).toHaveValue('Suisse');
    expect(within.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(within.getByLabelText(/^Nom/)).toHaveValue('Dupont');
    expect(within.getByLabelText(/^Nom/)).toBeRequired();
    expect(within.getByLabelText(/^Localité/)).toHaveValue('Genève');
  });

  it('checks values as they are typed, with the messages of the import', async () => {
    const { user, within, store } = await openDetails();
    const email = within.getByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'marie@');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    // Testing Library reads the node's text with its spaces collapsed (a no-break space included): compare the same way.
    const invalidEmail = describeIssue({ code: 'email.invalid', params: { value: 'marie@' } }, 'fr').replace(/\s+/g, ' ');
    expect(within.getByText(invalidEmail)).toBeInTheDocument();
    const postal = within.getByLabelText(/^NPA/);
    await user.type(postal, '12');
    expect(within.getByText(/Code postal invalide.*4 chiffres attendus/)).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Enregistrer' }));
    expect(within.getByText("2 valeurs à corriger avant d'enregistrer.")).toBeInTheDocument();
    expect(store.calls.some((call) => call.method === 'updateClient')).toBe(false);
  });

  it('saves only the changed fields with the version read, then shows the profile', async () => {
    const { user, within, store } = await openDetails();
    const city = within.getByLabelText(/^Localité/);
    await user.clear(city);
    await user.type(city, 'Carouge');
    await user.type(within.getByLabelText(/^Société/), 'Dupont SA');
    await user.click(within.getByRole('button', { name: 'Enregistrer' }));
    expect(await within.findByText('Modifications enregistrées.')).toBeInTheDocument();
    expect(store.calls.find((call) => call.method === 'updateClient')?.args).toEqual([
      'dupont',
      1,
      { company: 'Dupont SA', city: 'Carouge' },
    ]);
    expect(within.getByText(/Carouge/)).toBeInTheDocument();
    expect(await within.findByText(/^Version 2 · Modification par accueil/)).toBeInTheDocument();
    expect(within.getByText('Champs : Société, Localité')).toBeInTheDocument();
  });

  it('on a conflict, shows what the other person changed, and reloads their version', async () => {
    const store = createMemoryStore({ clients: [dupont] });
    const { user, within } = await openDetails(store);
    store.changeBehindTheBack('dupont', { city: 'Lausanne', phone: '+41213334455' }, 'compta');
    const city = within.getByLabelText(/^Localité/);
    await user.clear(city);
    await user.type(city, 'Carouge');
    await user.click(within.getByRole('button', { name: 'Enregistrer' }));
    expect(await within.findByText('Ce client a été modifié entre-temps')).toBeInTheDocument();
    expect(within.getByText(/^compta l'a modifié le /)).toBeInTheDocument();
    expect(within.getByText('Téléphone : « +41221234567 » → « +41213334455 »')).toBeInTheDocument();
    expect(within.getByText('Localité : « Genève » → « Lausanne »')).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Recharger sa version' }));
    expect(within.queryByText('Ce client a été modifié entre-temps')).not.toBeInTheDocument();
    expect(within.getByLabelText(/^Localité/)).toHaveValue('Lausanne');
    expect(within.getByLabelText(/^Téléphone/)).toHaveValue('+41213334455');
  });

  it('on a conflict, overwrites with my values on the current version', async () => {
    const store = createMemoryStore({ clients: [dupont] });
    const { user, within } = await openDetails(store);
    store.changeBehindTheBack('dupont', { city: 'Lausanne', phone: '+41213334455' }, 'compta');
    const city = within.getByLabelText(/^Localité/);
    await user.clear(city);
    await user.type(city, 'Carouge');
    await user.click(within.getByRole('button', { name: 'Enregistrer' }));
    await user.click(await within.findByRole('button', { name: 'Écraser avec mes valeurs' }));
    expect(await within.findByText('Modifications enregistrées.')).toBeInTheDocument();
    const updates = store.calls.filter((call) => call.method === 'updateClient').map((call) => call.args);
    expect(updates).toEqual([
      ['dupont', 1, { city: 'Carouge' }],
      ['dupont', 2, { city: 'Carouge' }],
    ]);
    expect(store.clients.get('dupont')).toMatchObject({ city: 'Carouge', phone: '+41213334455', version: 3 });
  });

  it('Annuler leaves at once when nothing changed', async () => {
    const { user, within } = await openDetails();
    expect(closingThePane().defaultPrevented).toBe(false);
    await user.click(within.getByRole('button', { name: 'Annuler' }));
    expect(await within.findByRole('button', { name: 'Détails' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('Annuler with unsaved changes asks first; "Continuer la saisie" keeps them', async () => {
    const { user, within } = await openDetails();
    await user.type(within.getByLabelText(/^Notes/), 'À rappeler');
    expect(closingThePane().defaultPrevented).toBe(true);
    await user.click(within.getByRole('button', { name: 'Annuler' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Abandonner les modifications\u00a0?' });
    await user.click(await inside(dialog).findByRole('button', { name: 'Continuer la saisie' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within.getByLabelText(/^Notes/)).toHaveValue('À rappeler');
  });

  it('Annuler with unsaved changes, then "Abandonner", drops them', async () => {
    const { user, within, store } = await openDetails();
    await user.type(within.getByLabelText(/^Notes/), 'À rappeler');
    await user.click(within.getByRole('button', { name: 'Annuler' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Abandonner les modifications\u00a0?' });
    await user.click(await inside(dialog).findByRole('button', { name: 'Abandonner' }));
    expect(await within.findByRole('button', { name: 'Détails' })).toBeInTheDocument();
    expect(within.queryByText('À rappeler')).not.toBeInTheDocument();
    expect(store.calls.some((call) => call.method === 'updateClient')).toBe(false);
  });
});

import { screen, waitFor, within as inside } from '@testing-library/react';
import { fr } from '@/taskpane/i18n/fr';
import { createMemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

const jean = { lastName: 'Dupont', firstName: 'Jean', birthDate: '1975-05-12', email: 'jean@dupont.ch', city: 'Genève' };
const twin = { lastName: 'Dupont', firstName: 'Jean', birthDate: '1975-05-12', email: 'j.dupont@gmail.com', phone: '+41223104567' };
const favre = { lastName: 'Favre', firstName: 'Luc', email: 'luc@favre.ch', phone: '+41223109999' };
const martin = { lastName: 'Martin', firstName: 'Anne', email: 'anne@martin.ch', phone: '+41223109999' };
const rochat = { lastName: 'Rochat', firstName: 'Paul', email: 'paul@rochat.ch' };
const rochatAgain = { lastName: 'Rochat', firstName: 'Paul', email: 'p.rochat@gmail.com' };

async function openDuplicates(store = createMemoryStore({ clients: [jean, twin, favre, martin, rochat, rochatAgain] })) {
  const rendered = await renderClientsTab({ store });
  await rendered.user.click(await rendered.within.findByRole('button', { name: 'Doublons probables' }));
  await rendered.within.findByRole('heading', { name: 'Doublons probables' });
  return rendered;
}
const CONFLICT_TEXT = fr.clients.error('conflict').replace(/\u00a0/g, ' ');
const pairsOf = (within: ReturnType<typeof inside>) =>
  within.queryAllByRole('article').map((article: HTMLElement) => article.getAttribute('aria-label'));

describe('ClientsTab: « Doublons probables »', () => {
  it('lists the pairs best first, side by side with the reasons in words; never a pair on the name alone', async () => {
    const { within } = await openDuplicates();
    await waitFor(() => expect(pairsOf(within)).toEqual(['Dupont Jean et Dupont Jean', 'Favre Luc et Martin Anne']));
    const [first] = within.getAllByRole('article');
    if (first === undefined) throw new Error('no pair');
    expect(inside(first).getByText('Probabilité 95 %')).toBeInTheDocument();
    expect(inside(first).getByText(/même nom et même date de naissance/)).toBeInTheDocument();
    expect(inside(first).getAllByRole('heading', { name: 'Dupont Jean' })).toHaveLength(2);
    expect(inside(first).getByText('CL-000001')).toBeInTheDocument();
    expect(inside(first).getByText('Plus ancienne')).toBeInTheDocument();
    expect(inside(first).getAllByText('Date de naissance : 12.05.1975')).toHaveLength(2);
    expect(inside(first).getByText('Téléphone : +41 22 310 45 67')).toBeInTheDocument();
  });

  it('merges with the fields picked, says so, and undoes it with « Annuler la fusion »', async () => {
    const { within, user, store } = await openDuplicates();
    const [first] = await within.findAllByRole('article');
    await user.click(inside(first as HTMLElement).getByRole('button', { name: 'Fusionner' }));
    expect(await within.findByRole('heading', { name: 'Fusionner deux fiches' })).toBeInTheDocument();
    expect(within.getByText(/La fiche CL\u2011000001 est conservée, la fiche CL\u2011000002 est supprimée/)).toBeInTheDocument();
    // Only the fields that differ; by default the survivor's value, or the other's when the survivor has none.
    expect(within.getAllByRole('radiogroup')).toHaveLength(3);
    expect(within.getByRole('radio', { name: 'CL-000001 · jean@dupont.ch' })).toBeChecked();
    expect(within.getByRole('radio', { name: 'CL-000002 · +41\u00a022\u00a0310\u00a045\u00a067' })).toBeChecked();
    expect(within.getByRole('radio', { name: 'CL-000001 · Genève' })).toBeChecked();
    await user.click(within.getByRole('radio', { name: 'CL-000002 · j.dupont@gmail.com' }));
    await user.click(within.getByRole('button', { name: 'Confirmer la fusion' }));

    expect(
      await within.findByText('Fusion faite : la fiche CL\u2011000002 a été fusionnée dans la fiche CL\u2011000001.'),
    ).toBeInTheDocument();
    const merge = store.calls.find((call) => call.method === 'mergeClients');
    expect(merge?.args).toEqual([
      'c1',
      { from: 'c2', version: 1, fromVersion: 1, values: { email: 'j.dupont@gmail.com', phone: '+41223104567' } },
    ]);
    expect(store.clients.get('c1')).toMatchObject({ email: 'j.dupont@gmail.com', phone: '+41223104567', city: 'Genève' });
    await waitFor(() => expect(pairsOf(within)).toEqual(['Favre Luc et Martin Anne']));

    await user.click(within.getByRole('button', { name: 'Annuler la fusion' }));
    expect(await within.findByText('Fusion annulée : les deux fiches sont revenues comme avant.')).toBeInTheDocument();
    expect(store.clients.get('c1')).toMatchObject({ email: 'jean@dupont.ch', phone: null });
    expect(store.clients.get('c2')).toMatchObject({ deletedAt: null, mergedInto: null });
    await waitFor(() => expect(pairsOf(within)).toEqual(['Dupont Jean et Dupont Jean', 'Favre Luc et Martin Anne']));
  });

  it('keeps the other record when switched, and opens the survivor’s profile, whose history says « Fusion avec … »', async () => {
    const { within, user } = await openDuplicates();
    const [first] = await within.findAllByRole('article');
    await user.click(inside(first as HTMLElement).getByRole('button', { name: 'Fusionner' }));
    await user.click(await within.findByRole('button', { name: 'Conserver plutôt la fiche CL\u2011000002' }));
    expect(within.getByText(/La fiche CL\u2011000002 est conservée, la fiche CL\u2011000001 est supprimée/)).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Confirmer la fusion' }));
    await user.click(await within.findByRole('button', { name: 'Ouvrir la fiche CL\u2011000002' }));
    expect(await within.findByText('Fusion avec CL-000001')).toBeInTheDocument();
    expect(within.getByText(/^Version 2 · Fusion par accueil le /)).toBeInTheDocument();
  });

  it('says why a merge is refused when a record changed since, and merges nothing', async () => {
    const store = createMemoryStore({ clients: [jean, twin] });
    const { within, user } = await openDuplicates(store);
    const [first] = await within.findAllByRole('article');
    await user.click(inside(first as HTMLElement).getByRole('button', { name: 'Fusionner' }));
    store.changeBehindTheBack('c2', { city: 'Sion' });
    await user.click(await within.findByRole('button', { name: 'Confirmer la fusion' }));
    expect(await within.findByText(CONFLICT_TEXT)).toBeInTheDocument();
    expect(within.getByRole('heading', { name: 'Fusionner deux fiches' })).toBeInTheDocument();
    expect(store.clients.get('c2')).toMatchObject({ deletedAt: null });
  });

  it('sets a pair aside with « Pas le même client »', async () => {
    const { within, user, store } = await openDuplicates();
    const articles = await within.findAllByRole('article');
    await user.click(inside(articles[1] as HTMLElement).getByRole('button', { name: 'Pas le même client' }));
    await waitFor(() => expect(pairsOf(within)).toEqual(['Dupont Jean et Dupont Jean']));
    expect(store.calls.filter((call) => call.method === 'dismissDuplicate').map((call) => call.args)).toEqual([[['c3', 'c4']]]);
  });

  it('loads more pairs with the cursor', async () => {
    const clients = Array.from({ length: 21 }, (_, index) => [
      {
        lastName: `Nom${'abcdefghijklmnopqrstu'[index]}`,
        firstName: 'Anne',
        email: `a${index}@x.ch`,
        phone: `+4122310${String(index).padStart(4, '0')}`,
      },
      {
        lastName: `Autre${'abcdefghijklmnopqrstu'[index]}`,
        firstName: 'Luc',
        email: `b${index}@x.ch`,
        phone: `+4122310${String(index).padStart(4, '0')}`,
      },
    ]).flat();
    const { within, user } = await openDuplicates(createMemoryStore({ clients }));
    await waitFor(() => expect(pairsOf(within)).toHaveLength(20));
    await user.click(within.getByRole('button', { name: 'Afficher plus de paires' }));
    await waitFor(() => expect(pairsOf(within)).toHaveLength(21));
    expect(within.queryByRole('button', { name: 'Afficher plus de paires' })).not.toBeInTheDocument();
  });

  it('says so when the base has no probable duplicates, and goes back to the list', async () => {
    const { within, user } = await openDuplicates(createMemoryStore({ clients: [rochat, rochatAgain] }));
    expect(await within.findByText('Aucun doublon probable dans la base clients.')).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Retour à la liste' }));
    expect(await within.findByRole('searchbox')).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toBeInTheDocument();
  });
});

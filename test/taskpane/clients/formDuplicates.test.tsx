import { screen, waitFor, within as inside } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { NewClientRequest } from '@/contract/ClientInput';
import { StoreClientError } from '@/api-client/StoreClientError';
import { createMemoryStore, type MemoryStore } from './support/createMemoryStore';
import { renderClientsTab } from './support/renderClientsTab';

type Within = Awaited<ReturnType<typeof renderClientsTab>>['within'];

const SAVE_BOX = 'Enregistrer les informations du client';
const WARNING = 'Ce client existe peut-être déjà';
const OPEN_DUPONT = 'Ouvrir la fiche de Dupont Marie (CL-000001)';

const stored = [
  { id: 'dupont', lastName: 'Dupont', firstName: 'Marie', birthDate: '1980-05-01', email: 'marie@dupont.ch', city: 'Genève' },
  { id: 'keller', lastName: 'Keller', firstName: 'Hans', birthDate: '1975-02-11', email: 'hans@keller.ch', city: 'Bern' },
];

/** The pane's one polite live region (PaneAnnouncer): what a screen reader was last told. */
function announced(): string {
  return document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '';
}

/** Every text the live region is given from now on (each message is a new node in it). */
function recordAnnouncements(): string[] {
  const said: string[] = [];
  const region = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
  if (!region) throw new Error('no live region');
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) said.push(node.textContent ?? '');
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return said;
}

async function openForm(store: MemoryStore = createMemoryStore({ clients: stored }), language: 'fr' | 'en' = 'fr') {
  const rendered = await renderClientsTab({ store, language });
  const texts =
    language === 'fr' ? { add: 'Ajouter un nouveau client', form: 'Nouveau client' } : { add: 'Add a new client', form: 'New client' };
  await rendered.user.click(await rendered.within.findByRole('button', { name: texts.add }));
  await rendered.within.findByRole('form', { name: texts.form });
  return rendered;
}

/** Marie Dupont's twin: her names the other way round, the same birth date, another e-mail. */
async function typeTwin(
  user: UserEvent,
  within: Within,
  labels = { last: /^Nom/, first: /^Prénom/, email: /^Email/, birth: /^Date de naissance/ },
) {
  await user.type(within.getByLabelText(labels.last), 'Marie');
  await user.type(within.getByLabelText(labels.first), 'Dupont');
  await user.type(within.getByLabelText(labels.email), 'm.dupont@autre.ch');
  await user.type(within.getByLabelText(labels.birth), '1980-05-01');
}

const candidateCalls = (store: MemoryStore) => store.calls.filter((call) => call.method === 'findCandidates');
const createCalls = (store: MemoryStore) =>
  store.calls.filter((call) => call.method === 'createClient').map((call) => call.args[0] as NewClientRequest);

describe('ClientsTab: « Nouveau client » warns before creating a twin', () => {
  it('box checked: checks the values that matter as typed and shows the stored client, its code and the reasons, announced once', async () => {
    const store = createMemoryStore({ clients: stored });
    const { user, within } = await openForm(store);
    const said = recordAnnouncements();
    await user.click(within.getByRole('checkbox', { name: SAVE_BOX }));
    await typeTwin(user, within);

    expect(await within.findByText(WARNING)).toBeInTheDocument();
    expect(within.getByText('Une fiche semblable dans la base clients :')).toBeInTheDocument();
    expect(within.getByText('Dupont Marie')).toBeInTheDocument();
    expect(within.getByText('(CL-000001)')).toBeInTheDocument();
    expect(within.getByText('même nom et même date de naissance')).toBeInTheDocument();
    expect(within.getByRole('button', { name: OPEN_DUPONT })).toHaveTextContent('Ouvrir la fiche');
    expect(within.queryByText(/Keller/)).not.toBeInTheDocument();
    // Nothing is refused yet: no « Créer quand même » before a save.
    expect(within.queryByRole('button', { name: 'Créer quand même' })).not.toBeInTheDocument();
    await waitFor(() => expect(announced()).toBe('Ce client existe peut-être déjà\u00a0: 1 fiche semblable dans la base clients.'));

    // Never asked for values that cannot match anyone yet (names alone, a single letter); each ask has the birth date
    // or the e-mail with a name, and no value the engine cannot read yet.
    expect(candidateCalls(store).length).toBeGreaterThan(0);
    for (const call of candidateCalls(store)) {
      const values = call.args[0] as Record<string, string>;
      expect(values.lastName).toBeDefined();
      expect(values.birthDate === undefined || values.birthDate === '1980-05-01').toBe(true);
      expect(Object.keys(values).every((key) => ['lastName', 'firstName', 'email', 'birthDate', 'country'].includes(key))).toBe(true);
    }

    // More typing elsewhere, the same candidate: not said again.
    await user.type(within.getByLabelText(/^Notes/), 'Rencontrée au salon');
    await user.type(within.getByLabelText(/^Localité/), 'Nyon');
    await waitFor(() => expect(within.getByLabelText(/^Notes/)).toHaveValue('Rencontrée au salon'));
    expect(said.filter((text) => text.startsWith(WARNING))).toEqual([
      'Ce client existe peut-être déjà\u00a0: 1 fiche semblable dans la base clients.',
    ]);

    // A birth date that no longer matches: the warning goes.
    await user.clear(within.getByLabelText(/^Date de naissance/));
    await user.type(within.getByLabelText(/^Date de naissance/), '1981-05-01');
    await waitFor(() => expect(within.queryByText(WARNING)).not.toBeInTheDocument());
  });

  it('box unchecked: nothing is sent, not even the check', async () => {
    const store = createMemoryStore({ clients: stored });
    const { user, within } = await openForm(store);
    const before = store.calls.length;
    await typeTwin(user, within);
    await user.click(within.getByRole('button', { name: 'Utiliser sans enregistrer' }));
    expect(await within.findByText("Ce client n'est pas enregistré : sa fiche disparaît à la fermeture du volet.")).toBeInTheDocument();
    expect(store.calls.slice(before)).toEqual([]);
  });

  it('« Enregistrer le client » on a twin: refused, values kept; pressed again, refused again; « Créer quand même » creates it', async () => {
    const store = createMemoryStore({ clients: stored });
    // The second save waits until the test lets it go on.
    const create = store.client.createClient;
    let release: () => void = () => undefined;
    store.client.createClient = async (input) => {
      if (store.calls.filter((call) => call.method === 'createClient').length === 1)
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      return create(input);
    };
    const { user, within } = await openForm(store);
    await user.click(within.getByRole('checkbox', { name: SAVE_BOX }));
    await typeTwin(user, within);
    await within.findByText(WARNING);

    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    const createAnyway = await within.findByRole('button', { name: 'Créer quand même' });
    expect(within.getByText(/^Le client n'a pas été enregistré : vérifiez d'abord ces fiches\./)).toBeInTheDocument();
    expect(within.getByRole('button', { name: OPEN_DUPONT })).toBeInTheDocument();
    // The warning says it; no second error bar repeats it.
    expect(within.queryByText('Ce client existe peut-être déjà.')).not.toBeInTheDocument();
    expect(within.getByLabelText(/^Nom/)).toHaveValue('Marie');
    expect(within.getByLabelText(/^Date de naissance/)).toHaveValue('1980-05-01');
    await waitFor(() =>
      expect(announced()).toBe(
        "Le client n'a pas été enregistré\u00a0: il existe peut-être déjà (1 fiche semblable dans la base clients).",
      ),
    );
    // « Créer quand même » is beside the primary button, after it (not where it was), and not primary itself.
    const save = within.getByRole('button', { name: 'Enregistrer le client' });
    expect(save.compareDocumentPosition(createAnyway) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // An ordinary « Enregistrer le client » still goes through the store's check; while it runs, the refusal and
    // « Créer quand même » stay where they are (nothing jumps), both buttons unusable.
    await user.click(save);
    expect(await within.findByRole('button', { name: 'Enregistrement…' })).toHaveAttribute('aria-disabled', 'true');
    expect(within.getByRole('button', { name: 'Créer quand même' })).toHaveAttribute('aria-disabled', 'true');
    expect(within.getByText(/^Le client n'a pas été enregistré : vérifiez d'abord ces fiches\./)).toBeInTheDocument();
    release();
    expect(await within.findByRole('button', { name: 'Enregistrer le client' })).toBeInTheDocument();
    expect(createCalls(store)).toHaveLength(2);
    expect(await within.findByRole('button', { name: 'Créer quand même' })).toBeInTheDocument();
    expect(store.clients.size).toBe(2);

    await user.click(within.getByRole('button', { name: 'Créer quand même' }));
    expect(await within.findByText('La fiche de Marie Dupont est enregistrée (code CL-000003).')).toBeInTheDocument();
    expect(createCalls(store).map((input) => input.allowDuplicate)).toEqual([undefined, undefined, true]);
    expect(createCalls(store)[2]).toMatchObject({
      lastName: 'Marie',
      firstName: 'Dupont',
      birthDate: '1980-05-01',
      email: 'm.dupont@autre.ch',
    });
    expect(store.clients.size).toBe(3);
  });

  it('« Créer quand même » holds for the next save on the same values; a value that matters changed asks the store again', async () => {
    const store = createMemoryStore({ clients: stored });
    const create = store.client.createClient;
    let failures = 2;
    store.client.createClient = async (input) => {
      if (input.allowDuplicate && failures > 0) {
        failures -= 1;
        store.calls.push({ method: 'createClient', args: [input] });
        throw new StoreClientError('unreachable', 'down');
      }
      return create(input);
    };
    const { user, within } = await openForm(store);
    await user.click(within.getByRole('checkbox', { name: SAVE_BOX }));
    await typeTwin(user, within);
    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    await user.click(await within.findByRole('button', { name: 'Créer quand même' }));
    expect(await within.findByText('La base clients ne répond pas.')).toBeInTheDocument();

    // A note added: the same twin, the choice holds.
    await user.type(within.getByLabelText(/^Notes/), 'Autre personne, même date');
    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    await waitFor(() => expect(createCalls(store)).toHaveLength(3));
    expect(await within.findByText('La base clients ne répond pas.')).toBeInTheDocument();

    // Another e-mail: asked again, refused again, then created anyway.
    await user.clear(within.getByLabelText(/^Email/));
    await user.type(within.getByLabelText(/^Email/), 'marie.d@ailleurs.ch');
    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    await user.click(await within.findByRole('button', { name: 'Créer quand même' }));
    expect(await within.findByText('La fiche de Marie Dupont est enregistrée (code CL-000003).')).toBeInTheDocument();
    expect(createCalls(store).map((input) => input.allowDuplicate ?? false)).toEqual([false, true, true, false, true]);
  });

  it('« Ouvrir la fiche » asks before dropping the values typed, then opens the stored profile', async () => {
    const { user, within } = await openForm();
    await user.click(within.getByRole('checkbox', { name: SAVE_BOX }));
    await typeTwin(user, within);
    await user.click(await within.findByRole('button', { name: OPEN_DUPONT }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Abandonner les modifications\u00a0?' });
    await user.click(await inside(dialog).findByRole('button', { name: 'Continuer la saisie' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within.getByLabelText(/^Nom/)).toHaveValue('Marie');

    // The form is hidden from the accessibility tree until the dialog's modality is undone.
    await user.click(await within.findByRole('button', { name: OPEN_DUPONT }));
    const again = await screen.findByRole('alertdialog', { name: 'Abandonner les modifications\u00a0?' });
    await user.click(await inside(again).findByRole('button', { name: 'Abandonner' }));
    expect(await within.findByRole('heading', { name: 'Marie Dupont' })).toBeInTheDocument();
    expect(within.getByRole('button', { name: 'Détails' })).toBeInTheDocument();
  });

  it('a failing check stays silent; the save still gets the store’s refusal with its candidates', async () => {
    const store = createMemoryStore({ clients: stored });
    store.client.findCandidates = async (values) => {
      store.calls.push({ method: 'findCandidates', args: [values] });
      throw new StoreClientError('unreachable', 'down');
    };
    const { user, within } = await openForm(store);
    await user.click(within.getByRole('checkbox', { name: SAVE_BOX }));
    await typeTwin(user, within);
    await waitFor(() => expect(candidateCalls(store).length).toBeGreaterThan(0));
    expect(within.queryByText(WARNING)).not.toBeInTheDocument();
    expect(within.queryByText('La base clients ne répond pas.')).not.toBeInTheDocument();

    await user.click(within.getByRole('button', { name: 'Enregistrer le client' }));
    expect(await within.findByRole('button', { name: 'Créer quand même' })).toBeInTheDocument();
    expect(within.getByText(WARNING)).toBeInTheDocument();
    expect(within.getByRole('button', { name: OPEN_DUPONT })).toBeInTheDocument();
  });

  it("a session client's « Enregistrer maintenant »: the same refusal and « Créer quand même »; leaving asks first", async () => {
    const store = createMemoryStore({ clients: stored });
    const { user, within } = await openForm(store);
    await typeTwin(user, within);
    await user.click(within.getByRole('button', { name: 'Utiliser sans enregistrer' }));
    await user.click(await within.findByRole('button', { name: 'Enregistrer maintenant' }));

    expect(await within.findByRole('button', { name: 'Créer quand même' })).toBeInTheDocument();
    expect(within.getByText(/^Le client n'a pas été enregistré/)).toBeInTheDocument();
    expect(within.getByLabelText(/^Nom/)).toHaveValue('Marie');
    expect(within.getByRole('checkbox', { name: SAVE_BOX })).toBeChecked();
    // Its values are stored nowhere yet: opening the other profile asks first.
    await user.click(within.getByRole('button', { name: OPEN_DUPONT }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Abandonner les modifications\u00a0?' });
    await user.click(await inside(dialog).findByRole('button', { name: 'Continuer la saisie' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    await user.click(await within.findByRole('button', { name: 'Créer quand même' }));
    expect(await within.findByText('La fiche de Marie Dupont est enregistrée (code CL-000003).')).toBeInTheDocument();
    expect(createCalls(store).map((input) => input.allowDuplicate)).toEqual([undefined, true]);
  });

  it('speaks English where the pane does, the reasons in English', async () => {
    const { user, within } = await openForm(createMemoryStore({ clients: stored }), 'en');
    await user.click(within.getByRole('checkbox', { name: "Save the client's information" }));
    await typeTwin(user, within, { last: /^Last name/, first: /^First name/, email: /^Email/, birth: /^Birth date/ });
    expect(await within.findByText('This client may already exist')).toBeInTheDocument();
    expect(within.getByText('same name and same date of birth')).toBeInTheDocument();
    await user.click(within.getByRole('button', { name: 'Save the client' }));
    expect(await within.findByRole('button', { name: 'Create anyway' })).toBeInTheDocument();
    expect(within.getByRole('button', { name: 'Open profile of Dupont Marie (CL-000001)' })).toHaveTextContent('Open profile');
  });
});

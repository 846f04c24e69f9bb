import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isStoreClientError } from '@/api-client/StoreClientError';
import type { Client } from '@/contract/Client';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import type { ClientValues } from '@/domain';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { clientQueries } from './clientQueries';
import { draftOf, inputOf, type ClientDraft } from './ClientDraft';
import { useClientDraft } from './useClientDraft';
import { candidateLookupOf, duplicateDecisionKey, useDuplicateCandidates } from './useDuplicateCandidates';
import type { ConnectedStore } from '../store/StoreProvider';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

/**
 * A new client's form: the home country as the address's country, French as language. Nationality
 * and country of practice stay empty: they are personal data, never guessed.
 */
export function newClientDraft(homeCountry: string): ClientDraft {
  return draftOf({ country: homeCountry, language: 'fr' });
}

type CreateOptions = {
  /** Values typed before (a client kept for the session, "Enregistrer maintenant"): the form starts from them. */
  initial?: ClientValues;
  /** Store `initial` at once, box checked: on success `onStored`; on a refusal the form shows why. */
  saveOnOpen?: boolean;
  onStored: (client: Client) => void;
  onKeptForSession: (values: ClientValues) => void;
};

/** One save: with `allowDuplicate` (« Créer quand même ») or not, and the values the duplicate decision was made on. */
type CreateVariables = { allowDuplicate: boolean; decisionKey: string };

/** What the form shows of the probable twins: the check as typed, or the store's refusal (then « Créer quand même »). */
export type DuplicateWarningState = { candidates: DuplicateCandidate[]; refused: boolean } | null;

const isPossibleDuplicate = (error: unknown) => isStoreClientError(error) && error.code === 'client.possibleDuplicate';

/**
 * "Ajouter un nouveau client". With "Enregistrer les informations du client" checked, the client is
 * created in the store; unchecked (the default), nothing is sent or kept anywhere: the values, as the
 * template engine normalised them, go to `onKeptForSession` only (and the store is not asked for twins either).
 *
 * Duplicates, box checked: the values that matter are checked as typed (« Ce client existe peut-être déjà », the
 * candidates). « Enregistrer le client » always goes through the store's check: a probable twin is refused (409), the
 * form keeps its values, shows the store's candidates and offers « Créer quand même », which saves with
 * `allowDuplicate`. That choice holds for the next « Enregistrer le client » too (after another refusal, a taken
 * e-mail) while the values that matter stay the same; changing one of them asks the store again.
 */
export function useCreateClient(store: ConnectedStore, { initial, saveOnOpen = false, onStored, onKeptForSession }: CreateOptions) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const announce = useAnnounce();
  const form = useClientDraft(initial === undefined ? newClientDraft(store.homeCountry) : draftOf(initial), store.homeCountry);
  const [saveToStore, setSaveToStore] = useState(saveOnOpen);
  // A session client's values are not stored anywhere yet: leaving its form loses them, as it loses typed ones.
  const guard = useUnsavedChangesGuard(form.dirty || initial !== undefined);
  const typed = useDuplicateCandidates(store, saveToStore ? candidateLookupOf(form.normalized, form.problems) : null);
  const decisionKey = duplicateDecisionKey(form.normalized, form.problems);
  // The values the user chose « Créer quand même » for.
  const [createdAnywayFor, setCreatedAnywayFor] = useState<string | null>(null);
  // The store's last refusal of a twin, kept while the next save runs (a pending mutation has no error: the warning
  // and the buttons would jump away and back).
  const [refused, setRefused] = useState<{ candidates: DuplicateCandidate[]; decisionKey: string } | null>(null);
  const create = useMutation({
    mutationFn: ({ allowDuplicate }: CreateVariables) => {
      const input = inputOf(form.draft);
      return store.client.createClient(allowDuplicate ? { ...input, allowDuplicate } : input);
    },
    onSuccess: (client) => {
      queryClient.setQueryData(clientQueries.detail(store, client.id).queryKey, client);
      void queryClient.invalidateQueries({ queryKey: clientQueries.all });
      form.reset(form.draft);
      announce(t.clients.form.created(clientDisplayName(client), client.code));
      onStored(client);
    },
    onError: (error, variables) => {
      if (isStoreClientError(error) && (error.code === 'validation_failed' || error.code === 'conflict')) form.setStoreErrors(error.fields);
      if (isStoreClientError(error) && error.code === 'client.possibleDuplicate') {
        setRefused({ candidates: error.candidates, decisionKey: variables.decisionKey });
        announce(t.clients.twinWarning.announcedRefused(error.candidates.length));
      }
    },
  });
  // The store's refusal holds for the values it was given; typing another name or phone drops it.
  const refusal = saveToStore && refused !== null && refused.decisionKey === decisionKey ? refused.candidates : null;
  const duplicates: DuplicateWarningState =
    refusal !== null ? { candidates: refusal, refused: true } : typed.length > 0 ? { candidates: typed, refused: false } : null;

  // Said once per new set of candidates found as typed (not on every keystroke: the set stays while the next answer comes).
  const typedIds = typed.map((candidate) => candidate.id).join(' ');
  useEffect(() => {
    if (typedIds !== '') announce(t.clients.twinWarning.announced(typedIds.split(' ').length));
  }, [typedIds, announce, t]);

  const handleSubmit = () => {
    if (!form.submit()) return;
    if (saveToStore) {
      create.mutate({ allowDuplicate: createdAnywayFor === decisionKey, decisionKey });
      return;
    }
    const values = form.normalized;
    form.reset(form.draft);
    onKeptForSession(values);
  };
  /** « Créer quand même »: the user has seen the candidates; this save, and the next ones on the same values, create it. */
  const handleCreateAnyway = () => {
    if (!form.submit()) return;
    setCreatedAnywayFor(decisionKey);
    create.mutate({ allowDuplicate: true, decisionKey });
  };
  // "Enregistrer maintenant" on a session client: the same submit as the button, once, on opening
  // (the ref keeps React's development double effect from sending it twice).
  const savedOnOpen = useRef(false);
  useEffect(() => {
    if (!saveOnOpen || savedOnOpen.current) return;
    savedOnOpen.current = true;
    handleSubmit();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form opens
  }, []);
  const failure = create.error !== null && !isPossibleDuplicate(create.error) ? create.error : null;
  return { form, guard, create, failure, duplicates, saveToStore, setSaveToStore, handleSubmit, handleCreateAnyway };
}

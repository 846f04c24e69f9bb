import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isStoreClientError } from '@/api-client/StoreClientError';
import type { Client } from '@/contract/Client';
import type { ClientValues } from '@/domain';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { clientQueries } from './clientQueries';
import { draftOf, inputOf, type ClientDraft } from './ClientDraft';
import { useClientDraft } from './useClientDraft';
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

/**
 * "Ajouter un nouveau client". With "Enregistrer les informations du client" checked, the client is
 * created in the store; unchecked (the default), nothing is sent or kept anywhere: the values, as the
 * template engine normalised them, go to `onKeptForSession` only.
 */
export function useCreateClient(store: ConnectedStore, { initial, saveOnOpen = false, onStored, onKeptForSession }: CreateOptions) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const announce = useAnnounce();
  const form = useClientDraft(initial === undefined ? newClientDraft(store.homeCountry) : draftOf(initial), store.homeCountry);
  const [saveToStore, setSaveToStore] = useState(saveOnOpen);
  const guard = useUnsavedChangesGuard(form.dirty);
  const create = useMutation({
    mutationFn: () => store.client.createClient(inputOf(form.draft)),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQueries.detail(store, client.id).queryKey, client);
      void queryClient.invalidateQueries({ queryKey: clientQueries.all });
      form.reset(form.draft);
      announce(t.clients.form.created(clientDisplayName(client), client.code));
      onStored(client);
    },
    onError: (error) => {
      if (isStoreClientError(error) && (error.code === 'validation_failed' || error.code === 'conflict')) form.setStoreErrors(error.fields);
    },
  });
  const handleSubmit = () => {
    if (!form.submit()) return;
    if (saveToStore) {
      create.mutate();
      return;
    }
    const values = form.normalized;
    form.reset(form.draft);
    onKeptForSession(values);
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
  return { form, guard, create, saveToStore, setSaveToStore, handleSubmit };
}

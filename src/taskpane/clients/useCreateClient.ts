import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isStoreClientError } from '@/api-client/StoreClientError';
import type { Client } from '@/contract/Client';
import type { ClientValues } from '@/domain';
import { clientQueries } from './clientQueries';
import { draftOf, inputOf, type ClientDraft } from './ClientDraft';
import { useClientDraft } from './useClientDraft';
import type { ConnectedStore } from '../store/StoreProvider';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

/** A new client's form: the home country as the address's country, French as language; no nationality or country of practice (never invented). */
export function newClientDraft(homeCountry: string): ClientDraft {
  return draftOf({ country: homeCountry, language: 'fr' });
}

type CreateOutcome = { onStored: (client: Client) => void; onKeptForSession: (values: ClientValues) => void };

/**
 * "Ajouter un nouveau client". With "Enregistrer les informations du client" checked, the client is
 * created in the store; unchecked (the default), nothing is sent or kept anywhere: the values, as the
 * template engine normalised them, go to `onKeptForSession` only.
 */
export function useCreateClient(store: ConnectedStore, { onStored, onKeptForSession }: CreateOutcome) {
  const queryClient = useQueryClient();
  const form = useClientDraft(newClientDraft(store.homeCountry), store.homeCountry);
  const [saveToStore, setSaveToStore] = useState(false);
  const guard = useUnsavedChangesGuard(form.dirty);
  const create = useMutation({
    mutationFn: () => store.client.createClient(inputOf(form.draft)),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQueries.detail(store, client.id).queryKey, client);
      void queryClient.invalidateQueries({ queryKey: clientQueries.all });
      form.reset(form.draft);
      onStored(client);
    },
    onError: (error) => {
      if (isStoreClientError(error) && (error.code === 'validation_failed' || error.code === 'conflict')) form.setStoreErrors(error.fields);
    },
  });
  return {
    form,
    guard,
    create,
    saveToStore,
    setSaveToStore,
    handleSubmit: () => {
      if (!form.submit()) return;
      if (saveToStore) {
        create.mutate();
        return;
      }
      const values = form.normalized;
      form.reset(form.draft);
      onKeptForSession(values);
    },
  };
}

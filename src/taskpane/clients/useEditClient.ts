import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isStoreClientError } from '@/api-client/StoreClientError';
import type { Client } from '@/contract/Client';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { useI18n } from '../i18n/I18nContext';
import { clientQueries } from './clientQueries';
import { draftOf, inputOf } from './ClientDraft';
import { conflictChanges } from './conflictChanges';
import { useClientDraft } from './useClientDraft';
import type { ConnectedStore } from '../store/StoreProvider';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

/**
 * "Détails": the form over a stored client. Saves only the changed fields, with If-Match on the
 * version the edit started from. When someone else saved first (409), shows their changes and
 * offers to reload their version or to overwrite it with these values.
 */
export function useEditClient(store: ConnectedStore, client: Client, onSaved: (client: Client) => void) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const announce = useAnnounce();
  // The version the edit started from: what If-Match names, and what the other person's changes are compared to.
  const [base, setBase] = useState(client);
  const [conflict, setConflict] = useState<Client | null>(null);
  const form = useClientDraft(draftOf(client), store.homeCountry);
  const guard = useUnsavedChangesGuard(form.dirty);

  const save = useMutation({
    mutationFn: ({ version }: { version: number }) => {
      const input = inputOf(form.draft);
      const patch = Object.fromEntries(form.changed.map((key) => [key, input[key]]));
      return store.client.updateClient(client.id, version, patch);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(clientQueries.detail(store, saved.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: clientQueries.all });
      form.reset(draftOf(saved));
      announce(t.clients.form.saved);
      onSaved(saved);
    },
    onError: (error) => {
      if (!isStoreClientError(error)) return;
      if (error.code === 'conflict' && error.current) setConflict(error.current);
      if (error.code === 'validation_failed') form.setStoreErrors(error.fields);
    },
  });

  return {
    form,
    guard,
    save,
    conflict: conflict === null ? null : { current: conflict, changes: conflictChanges(base, conflict) },
    handleSubmit: () => {
      if (!form.submit()) return;
      if (form.changed.length === 0) {
        onSaved(base);
        return;
      }
      save.mutate({ version: base.version });
    },
    /** Drops these values and edits the current version. */
    handleReload: () => {
      if (!conflict) return;
      queryClient.setQueryData(clientQueries.detail(store, conflict.id).queryKey, conflict);
      setBase(conflict);
      form.reset(draftOf(conflict));
      setConflict(null);
      save.reset();
    },
    /** Saves these values over the current version. */
    handleOverwrite: () => {
      if (!conflict) return;
      setBase(conflict);
      setConflict(null);
      save.mutate({ version: conflict.version });
    },
  };
}

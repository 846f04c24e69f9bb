import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Client } from '@/contract/Client';
import { usePaneServices } from '../services/PaneServicesContext';
import { clientQueries } from './clientQueries';
import { toSheetClient } from './toSheetClient';
import type { ConnectedStore } from '../store/StoreProvider';

/** A stored client's profile: the client and its history, delete (after confirmation), restore, insert into the sheet. */
export function useClientProfile(store: ConnectedStore, id: string) {
  const { excel } = usePaneServices();
  const queryClient = useQueryClient();
  const client = useQuery(clientQueries.detail(store, id));
  const history = useQuery(clientQueries.history(store, id));
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const afterChange = (changed: Client) => {
    queryClient.setQueryData(clientQueries.detail(store, id).queryKey, changed);
    void queryClient.invalidateQueries({ queryKey: clientQueries.all });
  };
  const remove = useMutation({
    mutationFn: (current: Client) => store.client.deleteClient(current.id, { version: current.version }),
    onSuccess: afterChange,
  });
  const restore = useMutation({
    mutationFn: (current: Client) => store.client.restoreClient(current.id),
    onSuccess: afterChange,
  });
  const insert = useMutation({ mutationFn: (current: Client) => excel.writeClientsToSheet([toSheetClient(current)]) });

  return {
    client,
    history,
    confirmingDelete,
    askDelete: () => setConfirmingDelete(true),
    cancelDelete: () => setConfirmingDelete(false),
    confirmDelete: (current: Client) => {
      setConfirmingDelete(false);
      restore.reset();
      remove.mutate(current);
    },
    handleRestore: (current: Client) => {
      remove.reset();
      restore.mutate(current);
    },
    remove,
    restore,
    insert,
  };
}

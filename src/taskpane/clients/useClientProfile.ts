import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Client } from '@/contract/Client';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { useI18n } from '../i18n/I18nContext';
import { usePaneServices } from '../services/PaneServicesContext';
import { clientQueries } from './clientQueries';
import { formatDate } from './formatDateTime';
import { toSheetClient } from './toSheetClient';
import type { ConnectedStore } from '../store/StoreProvider';

/**
 * A stored client's profile: the client and its history, delete (after confirmation), restore, insert
 * into the sheet. The name heading takes the focus when the client appears, and again after a delete
 * or a restore (whose buttons give way to others), which are announced.
 */
export function useClientProfile(store: ConnectedStore, id: string) {
  const { excel } = usePaneServices();
  const { t, language } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement | null>(null);
  const headingRef = useCallback((element: HTMLHeadingElement | null) => {
    heading.current = element;
    element?.focus();
  }, []);
  const client = useQuery(clientQueries.detail(store, id));
  const history = useQuery(clientQueries.history(store, id));
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const afterChange = (changed: Client) => {
    queryClient.setQueryData(clientQueries.detail(store, id).queryKey, changed);
    void queryClient.invalidateQueries({ queryKey: clientQueries.all });
  };
  const remove = useMutation({
    mutationFn: (current: Client) => store.client.deleteClient(current.id, { version: current.version }),
    onSuccess: (deleted) => {
      afterChange(deleted);
      heading.current?.focus();
      announce(t.clients.profile.deleted(formatDate(deleted.deletedAt ?? deleted.updatedAt, language)));
    },
  });
  const restore = useMutation({
    mutationFn: (current: Client) => store.client.restoreClient(current.id),
    onSuccess: (restored) => {
      afterChange(restored);
      heading.current?.focus();
      announce(t.clients.profile.restored);
    },
  });
  const insert = useMutation({ mutationFn: (current: Client) => excel.writeClientsToSheet([toSheetClient(current)]) });

  return {
    client,
    history,
    headingRef,
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

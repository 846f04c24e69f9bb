import { isStoreClientError } from '@/api-client/StoreClientError';
import type { Client } from '@/contract/Client';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { ClientForm } from './ClientForm';
import { ConfirmDialog } from './ConfirmDialog';
import { ConflictPanel } from './ConflictPanel';
import type { ConnectedStore } from '../store/StoreProvider';
import { useDescribeError } from './useDescribeError';
import { useEditClient } from './useEditClient';

type EditClientProps = { store: ConnectedStore; client: Client; onSaved: (client: Client) => void; onCancel: () => void };

/** "Détails → edit → Enregistrer", with the conflict panel and the guard against losing changes. */
export function EditClient({ store, client, onSaved, onCancel }: EditClientProps) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const edit = useEditClient(store, client, onSaved);
  const error = edit.save.error;
  const failure = error && !(isStoreClientError(error) && error.code === 'conflict' && edit.conflict) ? describeError(error) : null;
  return (
    <>
      <ClientForm
        title={t.clients.form.editTitle(clientDisplayName(client))}
        form={edit.form}
        saving={edit.save.isPending}
        submitLabel={t.clients.form.save}
        failure={failure}
        footer={
          edit.conflict && (
            <ConflictPanel
              current={edit.conflict.current}
              changes={edit.conflict.changes}
              onReload={edit.handleReload}
              onOverwrite={edit.handleOverwrite}
            />
          )
        }
        onSubmit={edit.handleSubmit}
        onCancel={() => edit.guard.leave(onCancel)}
      />
      <ConfirmDialog
        open={edit.guard.asking}
        title={t.clients.form.discardTitle}
        body={t.clients.form.discardBody}
        confirmLabel={t.clients.form.discard}
        cancelLabel={t.clients.form.keepEditing}
        onConfirm={edit.guard.confirm}
        onCancel={edit.guard.stay}
      />
    </>
  );
}

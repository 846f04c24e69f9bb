import { Checkbox, Field } from '@fluentui/react-components';
import type { Client } from '@/contract/Client';
import type { ClientValues } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { ClientForm } from './ClientForm';
import { ConfirmDialog } from './ConfirmDialog';
import type { ConnectedStore } from '../store/StoreProvider';
import { useCreateClient } from './useCreateClient';
import { useDescribeError } from './useDescribeError';

type CreateClientProps = {
  store: ConnectedStore;
  /** Values to start from (a session client being saved now). */
  initial?: ClientValues;
  /** Store `initial` at once ("Enregistrer maintenant"); a refusal leaves the form open with its error summary. */
  saveOnOpen?: boolean;
  onStored: (client: Client) => void;
  onKeptForSession: (values: ClientValues) => void;
  onCancel: () => void;
};

/** "Nouveau client": every field, then, last, "Enregistrer les informations du client" (unchecked by default). */
export function CreateClient({ store, initial, saveOnOpen, onStored, onKeptForSession, onCancel }: CreateClientProps) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const create = useCreateClient(store, { initial, saveOnOpen, onStored, onKeptForSession });
  const form = t.clients.form;
  return (
    <>
      <ClientForm
        title={form.createTitle}
        form={create.form}
        saving={create.create.isPending}
        submitLabel={create.saveToStore ? form.saveClient : form.useWithoutSaving}
        codeHint={form.codeHint}
        failure={create.create.error ? describeError(create.create.error) : null}
        footer={
          <Field hint={form.saveBoxHint}>
            <Checkbox
              label={form.saveBox}
              checked={create.saveToStore}
              onChange={(_event, data) => create.setSaveToStore(data.checked === true)}
            />
          </Field>
        }
        onSubmit={create.handleSubmit}
        onCancel={() => create.guard.leave(onCancel)}
      />
      <ConfirmDialog
        open={create.guard.asking}
        title={form.discardTitle}
        body={form.discardBody}
        confirmLabel={form.discard}
        cancelLabel={form.keepEditing}
        onConfirm={create.guard.confirm}
        onCancel={create.guard.stay}
      />
    </>
  );
}

import { Button, Checkbox, Field } from '@fluentui/react-components';
import type { Client } from '@/contract/Client';
import type { ClientValues } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { ClientForm } from './ClientForm';
import { ConfirmDialog } from './ConfirmDialog';
import { DuplicateWarning } from './DuplicateWarning';
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
  /** « Ouvrir la fiche » of a probable twin (after the unsaved-changes question). */
  onOpenClient: (id: string) => void;
  onCancel: () => void;
};

/**
 * "Nouveau client": every field, then, last, "Enregistrer les informations du client" (unchecked by default); box
 * checked, « Ce client existe peut-être déjà » under it with the probable twins, and « Créer quand même » beside the
 * primary button once the store refused a twin (not at its place: a double click on « Enregistrer le client » creates
 * nothing).
 */
export function CreateClient({ store, initial, saveOnOpen, onStored, onKeptForSession, onOpenClient, onCancel }: CreateClientProps) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const create = useCreateClient(store, { initial, saveOnOpen, onStored, onKeptForSession });
  const form = t.clients.form;
  const saving = create.create.isPending;
  return (
    <>
      <ClientForm
        title={form.createTitle}
        form={create.form}
        saving={saving}
        submitLabel={create.saveToStore ? form.saveClient : form.useWithoutSaving}
        codeHint={form.codeHint}
        failure={create.failure ? describeError(create.failure) : null}
        footer={
          <>
            <Field hint={form.saveBoxHint}>
              <Checkbox
                label={form.saveBox}
                checked={create.saveToStore}
                onChange={(_event, data) => create.setSaveToStore(data.checked === true)}
              />
            </Field>
            {create.duplicates && (
              <DuplicateWarning
                candidates={create.duplicates.candidates}
                refused={create.duplicates.refused}
                onOpenCandidate={(_event, data) => create.guard.leave(() => onOpenClient(data.candidate.id))}
              />
            )}
          </>
        }
        secondaryAction={
          create.duplicates?.refused && (
            <Button type="button" disabledFocusable={saving} onClick={create.handleCreateAnyway}>
              {t.clients.twinWarning.createAnyway}
            </Button>
          )
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

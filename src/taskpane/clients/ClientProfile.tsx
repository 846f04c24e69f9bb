import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import {
  ArrowLeft20Regular,
  ArrowUndo20Regular,
  Delete20Regular,
  Edit20Regular,
  PersonAdd20Regular,
  TableAdd20Regular,
} from '@fluentui/react-icons';
import type { Client } from '@/contract/Client';
import { useI18n } from '../i18n/I18nContext';
import { ClientHistoryList } from './ClientHistoryList';
import { clientDisplayName } from './clientDisplayName';
import { ClientProfileView } from './ClientProfileView';
import { ConfirmDialog } from './ConfirmDialog';
import { formatDate, formatDateTime } from './formatDateTime';
import { useClientProfile } from './useClientProfile';
import type { ConnectedStore } from '../store/StoreProvider';
import { useDescribeError } from './useDescribeError';
import { usePrimaryAppearance } from '../components/primaryAction';

const useStyles = makeStyles({
  profile: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  meta: { display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground3 },
});

type ClientProfileProps = {
  store: ConnectedStore;
  id: string;
  notice?: string;
  onBack: () => void;
  onEdit: (client: Client) => void;
  /** Right after a creation: "Créer un autre client". */
  onCreateAnother?: () => void;
};

/** A stored client's profile: actions (Détails, Insérer, Supprimer/Restaurer), information, who and when, history. */
export function ClientProfile({ store, id, notice, onBack, onEdit, onCreateAnother }: ClientProfileProps) {
  const primary = usePrimaryAppearance();
  const styles = useStyles();
  const { t, language } = useI18n();
  const describeError = useDescribeError();
  const profile = useClientProfile(store, id);
  const texts = t.clients.profile;
  const client = profile.client.data;
  const failure = [profile.remove.error, profile.restore.error, profile.insert.error].find((error) => error !== null);
  return (
    <div className={styles.profile}>
      <div className={styles.actions}>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          {texts.back}
        </Button>
        {onCreateAnother && (
          <Button icon={<PersonAdd20Regular />} onClick={onCreateAnother}>
            {t.clients.form.createAnother}
          </Button>
        )}
        {client && client.deletedAt === null && (
          <>
            <Button appearance={primary} icon={<Edit20Regular />} onClick={() => onEdit(client)}>
              {texts.details}
            </Button>
            <Button icon={<TableAdd20Regular />} disabledFocusable={profile.insert.isPending} onClick={() => profile.insert.mutate(client)}>
              {texts.insert}
            </Button>
            <Button icon={<Delete20Regular />} disabledFocusable={profile.remove.isPending} onClick={profile.askDelete}>
              {texts.delete}
            </Button>
          </>
        )}
        {client && client.deletedAt !== null && (
          <Button
            appearance={primary}
            icon={<ArrowUndo20Regular />}
            disabledFocusable={profile.restore.isPending}
            onClick={() => profile.handleRestore(client)}
          >
            {texts.restore}
          </Button>
        )}
      </div>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(failure)}</MessageBarBody>
        </MessageBar>
      )}
      {profile.insert.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>{t.clients.find.inserted(profile.insert.data.sheetName, profile.insert.data.rows)}</MessageBarBody>
        </MessageBar>
      )}
      {client?.deletedAt && (
        <MessageBar intent="warning">
          <MessageBarBody>{texts.deleted(formatDate(client.deletedAt, language))}</MessageBarBody>
        </MessageBar>
      )}
      {profile.restore.isSuccess && client?.deletedAt === null && (
        <MessageBar intent="success">
          <MessageBarBody>{texts.restored}</MessageBarBody>
        </MessageBar>
      )}
      {profile.client.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(profile.client.error)}</MessageBarBody>
        </MessageBar>
      ) : !client ? (
        <Spinner size="small" label={t.loading} />
      ) : (
        <>
          <ClientProfileView values={client} foreign={client.foreign} headingRef={profile.headingRef} />
          <div className={styles.meta}>
            <Caption1>{texts.created(client.createdBy, formatDateTime(client.createdAt, language))}</Caption1>
            <Caption1>{texts.updated(client.updatedBy, formatDateTime(client.updatedAt, language))}</Caption1>
          </div>
          <ClientHistoryList history={profile.history.data} error={profile.history.error ? describeError(profile.history.error) : null} />
          <ConfirmDialog
            open={profile.confirmingDelete}
            title={texts.deleteTitle}
            body={texts.deleteBody(clientDisplayName(client), client.title)}
            confirmLabel={texts.confirmDelete}
            cancelLabel={texts.cancel}
            onConfirm={() => profile.confirmDelete(client)}
            onCancel={profile.cancelDelete}
          />
        </>
      )}
    </div>
  );
}

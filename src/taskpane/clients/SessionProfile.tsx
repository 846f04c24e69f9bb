import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, PersonAdd20Regular, Save20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { isForeignClient, type ClientValues } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { usePaneServices } from '../services/PaneServicesContext';
import { ClientProfileView } from './ClientProfileView';
import { toSheetClient } from './toSheetClient';
import { useDescribeError } from './useDescribeError';
import { usePrimaryAppearance } from '../components/primaryAction';

const useStyles = makeStyles({
  profile: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type SessionProfileProps = {
  values: ClientValues;
  homeCountry: string;
  onBack: () => void;
  onCreateAnother: () => void;
  /** "Enregistrer maintenant": store these same values after all. */
  onSaveNow: (values: ClientValues) => void;
};

/**
 * A client created without "Enregistrer": shown from memory only, insertable into the sheet, gone with
 * the pane unless "Enregistrer maintenant" stores it (the typing is not lost).
 */
export function SessionProfile({ values, homeCountry, onBack, onCreateAnother, onSaveNow }: SessionProfileProps) {
  const primary = usePrimaryAppearance();
  const styles = useStyles();
  const { t } = useI18n();
  const { excel } = usePaneServices();
  const describeError = useDescribeError();
  const insert = useMutation({ mutationFn: () => excel.writeClientsToSheet([toSheetClient(values)]) });
  return (
    <div className={styles.profile}>
      <div className={styles.actions}>
        <Button appearance={primary} icon={<Save20Regular />} onClick={() => onSaveNow(values)}>
          {t.clients.profile.saveNow}
        </Button>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          {t.clients.profile.back}
        </Button>
        <Button icon={<PersonAdd20Regular />} onClick={onCreateAnother}>
          {t.clients.form.createAnother}
        </Button>
        <Button icon={<TableAdd20Regular />} disabledFocusable={insert.isPending} onClick={() => insert.mutate()}>
          {t.clients.profile.insert}
        </Button>
      </div>
      <MessageBar intent="info">
        <MessageBarBody>{t.clients.profile.sessionOnly}</MessageBarBody>
      </MessageBar>
      {insert.isSuccess && (
        <MessageBar intent="success">
          <MessageBarBody>{t.clients.find.inserted(insert.data.sheetName, insert.data.rows)}</MessageBarBody>
        </MessageBar>
      )}
      {insert.isError && (
        <MessageBar intent="error">
          <MessageBarBody>{t.clients.find.insertFailed(describeError(insert.error))}</MessageBarBody>
        </MessageBar>
      )}
      <ClientProfileView values={values} foreign={isForeignClient(values, homeCountry)} />
    </div>
  );
}

import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { COLUMN_KEYS } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { ClientFormField } from './ClientFormField';
import type { ClientDraftState } from './useClientDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

type ClientFormProps = {
  title: string;
  form: ClientDraftState;
  saving: boolean;
  /** Hint under "Code client" (assigned by the store when empty, on creation). */
  codeHint?: string;
  /** Shown after the fields, before the buttons (the "Enregistrer les informations du client" box). */
  footer?: ReactNode;
  /** A failure to show above the buttons. */
  failure?: string | null;
  onSubmit: () => void;
  onCancel: () => void;
};

/** Every template field, checked as typed, then "Enregistrer" and "Annuler". */
export function ClientForm({ title, form, saving, codeHint, footer, failure, onSubmit, onCancel }: ClientFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={styles.form} aria-label={title} noValidate onSubmit={handleSubmit}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {COLUMN_KEYS.map((key) => (
        <ClientFormField
          key={key}
          fieldKey={key}
          value={form.draft[key]}
          message={form.messages[key]}
          hint={key === 'code' ? codeHint : undefined}
          onValueChange={form.setField}
        />
      ))}
      {footer}
      {form.submitted && form.errorCount > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{t.clients.form.fixErrors(form.errorCount)}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? t.clients.form.saving : t.clients.form.save}
        </Button>
        <Button type="button" onClick={onCancel} disabled={saving}>
          {t.clients.form.cancel}
        </Button>
      </div>
    </form>
  );
}

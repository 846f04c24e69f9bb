import { Button, Link, makeStyles, MessageBar, MessageBarBody, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import { COLUMN_KEYS, type ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { ClientFormField } from './ClientFormField';
import { focusOnMount } from './focusOnMount';
import type { ClientDraftState } from './useClientDraft';
import { usePrimaryAppearance } from '../components/primaryAction';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  summaryTitle: { ...typographyStyles.body1Strong, margin: 0 },
  // No bullets: a wrapped entry (a button) would put its bullet on its last line.
  summaryList: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  summaryEntry: { textAlign: 'start' },
});

type ClientFormProps = {
  title: string;
  form: ClientDraftState;
  saving: boolean;
  /** What the primary button says ("Enregistrer", "Enregistrer le client", "Utiliser sans enregistrer"). */
  submitLabel: string;
  /** Hint under "Code client" (assigned by the store when empty, on creation). */
  codeHint?: string;
  /** Shown after the fields, before the buttons (the "Enregistrer les informations du client" box). */
  footer?: ReactNode;
  /** A failure to show above the buttons. */
  failure?: string | null;
  /** A second action after the primary button (« Créer quand même »), never primary. */
  secondaryAction?: ReactNode;
  onSubmit: () => void;
  onCancel: () => void;
};

/** Focuses the control of the field whose root has this id. */
function focusField(id: string) {
  document.getElementById(id)?.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

/**
 * Every template field, checked as typed, then the primary button and "Annuler". The title takes the
 * focus when the form opens; after a refused submit, an error summary at the top names each field in
 * error (each entry focuses its field) and takes the focus.
 */
export function ClientForm({
  title,
  form,
  saving,
  submitLabel,
  codeHint,
  footer,
  failure,
  secondaryAction,
  onSubmit,
  onCancel,
}: ClientFormProps) {
  const primary = usePrimaryAppearance();
  const styles = useStyles();
  const { t } = useI18n();
  const idPrefix = useId('client-field');
  // Each submit mounts a new summary, which takes the focus (typing afterwards updates it in place).
  const [attempt, setAttempt] = useState(0);
  const fieldId = (key: ColumnKey) => `${idPrefix}-${key}`;
  const errors = COLUMN_KEYS.flatMap((key) => {
    const message = form.messages[key];
    return message?.state === 'error' ? [{ key, text: message.text }] : [];
  });
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((current) => current + 1);
    onSubmit();
  };
  return (
    <form className={styles.form} aria-label={title} noValidate onSubmit={handleSubmit}>
      <h3 className={styles.title} tabIndex={-1} ref={focusOnMount}>
        {title}
      </h3>
      {form.submitted && errors.length > 0 && (
        <MessageBar key={attempt} intent="error" layout="multiline">
          <MessageBarBody>
            <h4 className={styles.summaryTitle} tabIndex={-1} ref={focusOnMount}>
              {t.clients.form.fixErrors(errors.length)}
            </h4>
            <ul className={styles.summaryList}>
              {errors.map((error) => (
                <li key={error.key}>
                  <Link as="button" type="button" className={styles.summaryEntry} onClick={() => focusField(fieldId(error.key))}>
                    {t.clients.form.errorEntry(t.clients.fields[error.key], error.text)}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {COLUMN_KEYS.map((key) => (
        <ClientFormField
          key={key}
          id={fieldId(key)}
          fieldKey={key}
          value={form.draft[key]}
          message={form.messages[key]}
          hint={key === 'code' ? codeHint : undefined}
          onValueChange={form.setField}
        />
      ))}
      {footer}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance={primary} type="submit" disabledFocusable={saving}>
          {saving ? t.clients.form.saving : submitLabel}
        </Button>
        {secondaryAction}
        <Button type="button" onClick={onCancel} disabledFocusable={saving}>
          {t.clients.form.cancel}
        </Button>
      </div>
    </form>
  );
}

import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { Checkmark20Regular, Eraser20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type ImporterActionsProps = {
  busy: boolean;
  isValidating: boolean;
  onInsertTemplate: () => void;
  onValidate: () => void;
  onClearMarks: () => void;
};

/** The tab's buttons: insert the template, validate the sheet, clear the marks. */
export function ImporterActions({ busy, isValidating, onInsertTemplate, onValidate, onClearMarks }: ImporterActionsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.actions}>
      <Button icon={<TableAdd20Regular />} disabled={busy} onClick={onInsertTemplate}>
        {t.importer.insertTemplate}
      </Button>
      <Button icon={isValidating ? <Spinner size="extra-tiny" /> : <Checkmark20Regular />} disabled={busy} onClick={onValidate}>
        {isValidating ? t.importer.validating : t.importer.validate}
      </Button>
      <Button icon={<Eraser20Regular />} disabled={busy} onClick={onClearMarks}>
        {t.importer.clearMarks}
      </Button>
    </div>
  );
}

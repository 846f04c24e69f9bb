import { Caption1, makeStyles, MessageBar, MessageBarBody, Switch, tokens } from '@fluentui/react-components';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  live: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

type LiveValidationSwitchProps = {
  supported: boolean;
  enabled: boolean;
  /** The last re-validation failed (null: none did). */
  failure: unknown;
  onToggle: (on: boolean) => void;
};

/** The switch « Valider pendant la saisie », with what it does, or why Excel does not allow it, and a failure. */
export function LiveValidationSwitch({ supported, enabled, failure, onToggle }: LiveValidationSwitchProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  return (
    <div className={styles.live}>
      <Switch
        label={t.importer.liveValidation}
        checked={enabled}
        disabled={!supported}
        onChange={(_event, data) => onToggle(data.checked)}
      />
      <Caption1>{supported ? t.importer.liveValidationHint : t.importer.liveValidationUnsupported}</Caption1>
      {failure !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.importer.liveValidationFailed(formatOfficeError(failure, language))}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

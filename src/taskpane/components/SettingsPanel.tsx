import { Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { FormEvent } from 'react';
import type { StoreSettings } from '@/excel/settingsStorage';
import { useI18n } from '../i18n/I18nContext';
import type { StoreSettingsSource } from '../store/useStoreSettings';
import { describeTestResult } from './describeTestResult';
import { useSettingsPanel } from './useSettingsPanel';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type SettingsPanelProps = {
  current: StoreSettings | null;
  source: StoreSettingsSource;
  onSave: (settings: StoreSettings) => Promise<void>;
  onClose: () => void;
};

/** The store URL and token, with "Test connection" and "Save". */
export function SettingsPanel({ current, source, onSave, onClose }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const titleId = useId('settings-title');
  const panel = useSettingsPanel({ current, onSave });
  const testMessage = panel.testResult ? describeTestResult(panel.testResult, t) : null;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    panel.handleSave();
  };
  return (
    <form className={styles.panel} aria-labelledby={titleId} onSubmit={handleSubmit} noValidate>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={titleId}>
          {t.settings.title}
        </Subtitle2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={t.settings.close} onClick={onClose} />
      </div>
      {source === 'local' && (
        <MessageBar intent="info">
          <MessageBarBody>{t.settings.fromLocalStore}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t.settings.storeUrl}
        required
        hint={t.settings.storeUrlHint}
        validationState={panel.errors.storeUrl ? 'error' : 'none'}
        validationMessage={panel.errors.storeUrl ? t.settings.draftError(panel.errors.storeUrl) : undefined}
      >
        <Input type="url" value={panel.draft.storeUrl} onChange={(_event, data) => panel.handleStoreUrlChange(data.value)} />
      </Field>
      <Field
        label={t.settings.token}
        required
        hint={
          <>
            {t.settings.tokenHint}{' '}
            {/* The help page is served beside the pane (help.html); a new window keeps the pane and its form as they are. */}
            <Link href={t.settings.helpPage} target="_blank" rel="noopener noreferrer" aria-label={t.settings.helpLabel}>
              {t.settings.help}
            </Link>
          </>
        }
        validationState={panel.errors.token ? 'error' : 'none'}
        validationMessage={panel.errors.token ? t.settings.draftError(panel.errors.token) : undefined}
      >
        <Input type="password" value={panel.draft.token} onChange={(_event, data) => panel.handleTokenChange(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={panel.isSaving}>
          {panel.isSaving ? t.settings.saving : t.settings.save}
        </Button>
        <Button type="button" disabled={panel.isTesting} onClick={panel.handleTest}>
          {panel.isTesting ? t.settings.testing : t.settings.test}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {testMessage && (
          <MessageBar intent={testMessage.intent}>
            <MessageBarBody>{testMessage.text}</MessageBarBody>
          </MessageBar>
        )}
        {panel.testCrashed && (
          <MessageBar intent="error">
            <MessageBarBody>{t.settings.testFailed('invalid_response')}</MessageBarBody>
          </MessageBar>
        )}
        {panel.saved && (
          <MessageBar intent="success">
            <MessageBarBody>{t.settings.saved}</MessageBarBody>
          </MessageBar>
        )}
        {panel.saveFailed && (
          <MessageBar intent="error">
            <MessageBarBody>{t.settings.saveFailed}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}

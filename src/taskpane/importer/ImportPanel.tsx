import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, tokens } from '@fluentui/react-components';
import { CloudArrowUp20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { formatOfficeError } from '../../excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import { ImportSummary } from './ImportSummary';
import type { useImportFlow } from './useImportFlow';
import { ValidationReport } from './ValidationReport';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalS } });

type ImportPanelProps = {
  flow: ReturnType<typeof useImportFlow>;
  busy: boolean;
  onSelectIssue: Parameters<typeof ValidationReport>[0]['onSelectIssue'];
  onAddMissingColumns: Parameters<typeof ValidationReport>[0]['onAddMissingColumns'];
};

/** "Importer dans le magasin": the button, the question about invalid rows, the progress with Cancel, the summary. */
export function ImportPanel({ flow, busy, onSelectIssue, onAddMissingColumns }: ImportPanelProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { state } = flow;
  return (
    <section className={styles.panel} aria-label={t.importer.importButton}>
      <Button
        appearance="primary"
        icon={state.kind === 'validating' || state.kind === 'running' ? <Spinner size="extra-tiny" /> : <CloudArrowUp20Regular />}
        disabled={busy || flow.busy}
        onClick={flow.handleImport}
      >
        {state.kind === 'validating' || state.kind === 'running' ? t.importer.importing : t.importer.importButton}
      </Button>
      {state.kind === 'no_store' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.importNoStore}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.actionFailed(formatOfficeError(state.error, language))}</MessageBarBody>
        </MessageBar>
      )}
      {(state.kind === 'blocked' || state.kind === 'nothing_valid') && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.kind === 'blocked' ? t.importer.importBlocked[state.blocker] : t.importer.importNothingValid}</MessageBarBody>
          </MessageBar>
          <ValidationReport result={state.validation} busy={busy} onAddMissingColumns={onAddMissingColumns} onSelectIssue={onSelectIssue} />
        </>
      )}
      {state.kind === 'confirm' && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.importer.importConfirmTitle}</MessageBarTitle>
              {t.importer.importConfirm(state.plan.invalid.length, state.plan.validRows)}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={flow.handleConfirm}>
                {t.importer.importValidOnly}
              </Button>
              <Button onClick={flow.handleDismiss}>{t.importer.importCancel}</Button>
            </MessageBarActions>
          </MessageBar>
          <ValidationReport result={state.validation} busy={busy} onAddMissingColumns={onAddMissingColumns} onSelectIssue={onSelectIssue} />
        </>
      )}
      {state.kind === 'running' && (
        <>
          <Field label={t.importer.importProgressLabel} validationState="none" validationMessage={t.importer.importProgress(state.done, state.total)}>
            <ProgressBar value={state.total === 0 ? 0 : state.done / state.total} aria-valuetext={t.importer.importProgress(state.done, state.total)} />
          </Field>
          <Button icon={<Dismiss20Regular />} onClick={flow.handleCancel}>
            {t.importer.importCancel}
          </Button>
        </>
      )}
      {state.kind === 'finished' && (
        <ImportSummary result={state.result} revert={state.revert} busy={flow.busy} onSelectRow={flow.handleSelectRow} onRevert={flow.handleRevert} />
      )}
    </section>
  );
}

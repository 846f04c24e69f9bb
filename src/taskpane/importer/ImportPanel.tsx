import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { CloudArrowUp20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import { resultOf, revertStateOf } from './importSession';
import { ImportSummary } from './ImportSummary';
import type { useImportSession } from './useImportSession';
import { usePrimaryAppearance } from '../components/primaryAction';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalS },
});

type ImportPanelProps = {
  session: ReturnType<typeof useImportSession>;
  busy: boolean;
  /** The import is the tab's next step: its button is the one primary (else the step before it leads). */
  leading: boolean;
  /** The active sheet's name, when known. */
  activeSheet: string | null;
};

/**
 * "Importer dans la base clients": the button, why an import cannot go on, the question about invalid rows, the progress
 * with Cancel, the summary.
 */
export function ImportPanel({ session, busy, leading, activeSheet }: ImportPanelProps) {
  const primary = usePrimaryAppearance(leading);
  const confirmAppearance = usePrimaryAppearance();
  const styles = useStyles();
  const { t, language } = useI18n();
  const { state } = session;
  const working = (state.kind === 'validating' && state.intent === 'import') || state.kind === 'importing';
  const result = resultOf(state);
  return (
    <section className={styles.panel} aria-label={t.importer.importButton}>
      <Button
        appearance={state.kind !== 'confirming' ? primary : 'secondary'}
        icon={working ? <Spinner size="extra-tiny" /> : <CloudArrowUp20Regular />}
        disabled={busy}
        onClick={session.handleImport}
      >
        {working ? t.importer.importing : t.importer.importButton}
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
      {state.kind === 'validated' && state.hold !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {state.hold === 'nothing_valid' ? t.importer.importNothingValid : t.importer.importBlocked[state.hold]}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'confirming' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.importer.importConfirmTitle}</MessageBarTitle>
            {t.importer.importConfirm(state.plan.invalid.length, state.plan.validRows)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance={confirmAppearance} onClick={session.handleConfirm}>
              {t.importer.importValidOnly}
            </Button>
            <Button onClick={session.handleDecline}>{t.importer.importCancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === 'importing' && (
        <>
          <Field
            label={t.importer.importProgressLabel}
            validationState="none"
            validationMessage={t.importer.importProgress(state.done, state.total)}
          >
            <ProgressBar
              value={state.total === 0 ? 0 : state.done / state.total}
              aria-valuetext={t.importer.importProgress(state.done, state.total)}
            />
          </Field>
          <Button icon={<Dismiss20Regular />} onClick={session.handleCancel}>
            {t.importer.importCancel}
          </Button>
        </>
      )}
      {result !== null && (
        <ImportSummary
          result={result}
          revert={revertStateOf(state)}
          busy={session.busy}
          activeSheet={activeSheet}
          onSelectRow={session.handleSelectRow}
          onRevert={session.handleRevert}
          onImportAll={session.handleImportAll}
          onResolveConflicts={session.handleResolveConflicts}
          onResolveDuplicates={session.handleResolveDuplicates}
        />
      )}
    </section>
  );
}

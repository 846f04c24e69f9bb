import { Body1Strong, Button, Link, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import { isStoreClientError } from '@/api-client/StoreClientError';
import { describeRowReasons } from '@/domain';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import type { ImportResult, RevertState } from './importSession';

/** Failed rows listed in the pane; the sheet's "Statut import" column shows them all. */
const maxListedRows = 100;

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

type ImportSummaryProps = {
  result: ImportResult;
  revert: RevertState;
  busy: boolean;
  onSelectRow: (row: number) => void;
  onRevert: () => void;
};

/** What an import did: counts, why it stopped, the failed rows (each leads to its row), and "Annuler cet import". */
export function ImportSummary({ result, revert, busy, onSelectRow, onRevert }: ImportSummaryProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { run, counts, failedRows, written, writeError, plan } = result;
  const reason = (error: unknown) => (isStoreClientError(error) ? `${t.status.failed(error.code)}.` : formatOfficeError(error, language));
  return (
    <section className={styles.summary} aria-label={t.importer.importSummaryLabel}>
      <Body1Strong as="h3">{t.importer.importSummary(counts)}</Body1Strong>
      {run.stopped === null && written !== null && (
        <MessageBar intent={counts.failed > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>{t.importer.importDone(plan.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {run.stopped?.reason === 'cancelled' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.importer.importCancelled}</MessageBarBody>
        </MessageBar>
      )}
      {run.stopped?.reason === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.importFailed(reason(run.stopped.error))}</MessageBarBody>
        </MessageBar>
      )}
      {writeError !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.importWriteBackFailed(formatOfficeError(writeError, language))}</MessageBarBody>
        </MessageBar>
      )}
      {failedRows.length > 0 && (
        <section className={styles.summary} aria-label={t.importer.failedRowsTitle}>
          <Body1Strong as="h4">{t.importer.failedRowsTitle}</Body1Strong>
          <ul className={styles.list}>
            {failedRows.slice(0, maxListedRows).map((outcome) => (
              <li key={outcome.row}>
                <Link onClick={() => onSelectRow(outcome.row)}>
                  {t.importer.failedRow(outcome.row, describeRowReasons(outcome.reasons, language) ?? '')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {run.batchIds.length > 0 && revert?.state !== 'done' && (
        <Button
          icon={revert?.state === 'pending' ? <Spinner size="extra-tiny" /> : <ArrowUndo20Regular />}
          disabled={busy}
          onClick={onRevert}
        >
          {revert?.state === 'pending' ? t.importer.reverting : t.importer.revertImport}
        </Button>
      )}
      {revert?.state === 'done' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.importer.reverted(revert.reverted, revert.skipped)}</MessageBarBody>
        </MessageBar>
      )}
      {revert?.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.revertFailed(reason(revert.error))}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

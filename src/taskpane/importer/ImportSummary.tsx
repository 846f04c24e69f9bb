import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import { isStoreClientError } from '@/api-client/StoreClientError';
import { clientTemplate, type ColumnKey } from '@/domain';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import { ConflictList } from './ConflictList';
import type { ConflictResolution } from './conflictChoices';
import type { DuplicateDecision } from './duplicateChoices';
import { DuplicateList } from './DuplicateList';
import { describeFailedReason, failedGroupRule, groupFailedRows } from './failedRowGroups';
import type { ImportResult, RevertState } from './importSession';
import { RuleGroupList, type RuleGroupView } from './RuleGroupList';
import { useFocusOnArrival } from './useFocusOnArrival';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  unchanged: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});

type ImportSummaryProps = {
  result: ImportResult;
  revert: RevertState;
  busy: boolean;
  /** The active sheet's name, when known: the summary of an import of another sheet keeps only its counts and its undo. */
  activeSheet: string | null;
  onSelectRow: (row: number) => void;
  onRevert: () => void;
  /** Imports again with the rows left out as unchanged. */
  onImportAll: () => void;
  onResolveConflicts: (resolutions: ConflictResolution[]) => void;
  onResolveDuplicates: (decisions: DuplicateDecision[]) => void;
};

const templateHeader = new Map(clientTemplate.map((column) => [column.key, column.header]));
const headerOf = (key: ColumnKey) => templateHeader.get(key) ?? key;

/**
 * What an import did, at the top of the tab: the counts (which take the focus), "Annuler cet import" right below them,
 * why it stopped, the rows in conflict with the store (to choose each field's value), the probable duplicates (to choose
 * per row: the same client, create anyway, ignore), then the failed rows grouped by reason (each group opens on its rows, each leads to its row).
 */
export function ImportSummary({
  result,
  revert,
  busy,
  activeSheet,
  onSelectRow,
  onRevert,
  onImportAll,
  onResolveConflicts,
  onResolveDuplicates,
}: ImportSummaryProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { run, counts, failedRows, written, writeError, plan } = result;
  const { report } = t.importer;
  // A new summary takes the focus (after "Importer", after "Annuler cet import"): its counts line.
  const headingRef = useFocusOnArrival<HTMLHeadingElement>(revert?.state === 'done' ? 'reverted' : result);
  const reason = (error: unknown) => (isStoreClientError(error) ? `${t.status.failed(error.code)}.` : formatOfficeError(error, language));
  // The summary of an import of another sheet than the active one: only its counts and its undo stay.
  const elsewhere = activeSheet !== null && activeSheet !== plan.sheetName;
  const groups = useMemo(
    () =>
      groupFailedRows(failedRows).map((group): RuleGroupView => ({
        key: group.key,
        severity: 'error',
        title: report.groupTitle(
          group.rows.length,
          report.aboutColumn(group.header, failedGroupRule(group, report.ruleTitles, report.refused, language)),
        ),
        entries: group.rows.map((outcome) => ({
          key: String(outcome.row),
          label: t.importer.failedRow(outcome.row, describeFailedReason(group.reason, report.refused, language)),
          title: report.goToCell(String(outcome.row)),
          onSelect: () => onSelectRow(outcome.row),
        })),
      })),
    [failedRows, report, t, language, onSelectRow],
  );
  return (
    <section className={styles.summary} aria-label={t.importer.importSummaryLabel}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t.importer.importSummary(counts)}
      </h3>
      {elsewhere && <Caption1>{report.otherSheet(plan.sheetName)}</Caption1>}
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
      {!elsewhere && run.stopped === null && written !== null && (
        <MessageBar intent={counts.failed > 0 || counts.duplicate > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>{t.importer.importDone(plan.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {!elsewhere && plan.unchanged > 0 && (
        <div className={styles.unchanged}>
          <Caption1>{t.importer.unchangedLeftOut(plan.unchanged)}</Caption1>
          <Button size="small" disabled={busy} onClick={onImportAll}>
            {t.importer.importAll}
          </Button>
        </div>
      )}
      {!elsewhere && run.stopped?.reason === 'cancelled' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.importer.importCancelled}</MessageBarBody>
        </MessageBar>
      )}
      {!elsewhere && run.stopped?.reason === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.importFailed(reason(run.stopped.error))}</MessageBarBody>
        </MessageBar>
      )}
      {!elsewhere && writeError !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.importer.importWriteBackFailed(formatOfficeError(writeError, language))}</MessageBarBody>
        </MessageBar>
      )}
      {!elsewhere && revert?.state !== 'done' && result.conflicts.length > 0 && (
        <ConflictList conflicts={result.conflicts} headerOf={headerOf} busy={busy} onResolve={onResolveConflicts} />
      )}
      {!elsewhere && revert?.state !== 'done' && result.duplicates.length > 0 && (
        <DuplicateList duplicates={result.duplicates} ignored={result.ignoredDuplicates.length} busy={busy} onApply={onResolveDuplicates} />
      )}
      {!elsewhere && groups.length > 0 && (
        <section className={styles.summary} aria-label={t.importer.failedRowsTitle}>
          <Body1Strong as="h4">{report.failedGroupsTitle(failedRows.length)}</Body1Strong>
          <RuleGroupList groups={groups} />
        </section>
      )}
    </section>
  );
}

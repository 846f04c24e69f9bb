import { Body1, Body1Strong, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { collectValueFixes } from '@/domain';
import { formatOfficeError } from '@/excel/formatOfficeError';
import type { Messages } from '../i18n/fr';
import { isFileImportError } from '@/excel/files/FileImportError';
import { useI18n } from '../i18n/I18nContext';
import { ActiveSheetSummary } from '../sheet/ActiveSheetSummary';
import { ColumnMappingStep } from './ColumnMappingStep';
import { FileDropZone } from './FileDropZone';
import { ImporterActions } from './ImporterActions';
import { ImportPanel } from './ImportPanel';
import { LiveValidationSwitch } from './LiveValidationSwitch';
import { RefreshPanel } from './refresh/RefreshPanel';
import { reportOf, type ImportSessionPhase } from './importSession';
import { mappingStepOpens } from './useColumnMappingStep';
import { useImporterTab } from './useImporterTab';
import { useLiveValidation } from './useLiveValidation';
import { ValidationReport } from './ValidationReport';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

type ImporterTabProps = {
  /** The pane was opened to import (the ribbon's "Importer"): the one-click import starts on its own. */
  launchImport: number;
};

/**
 * The "Importer" tab: the active sheet, the template / validate / clear actions, the one-click import, the
 * column mapping step and the validation report, the file drop zone, the steps.
 */
export function ImporterTab({ launchImport }: ImporterTabProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const tab = useImporterTab(launchImport);
  const { busy, file } = tab;
  const { state } = tab.session;
  const report = reportOf(state);
  const live = useLiveValidation(report, tab.session.handleRevalidated);
  const fixesWaiting = useMemo(() => report !== null && collectValueFixes(report.validation).length > 0, [report]);
  const mappingLeads = useMemo(() => mappingStepOpens(report), [report]);
  // One primary button: the import, unless the sheet must first be mapped or corrected (the import was held, or no row
  // is valid) or the question about the invalid rows is asked (its own buttons).
  const stuck =
    report !== null &&
    ((state.kind === 'validated' && state.hold !== null) || report.validation.validRows === 0) &&
    (mappingLeads || fixesWaiting);
  // The pane's live region says the progress and the result (screen readers hear it without moving).
  const announcement = announcementOf(t, state);
  const announce = useAnnounce();
  useEffect(() => {
    if (announcement !== '') announce(announcement);
  }, [announcement, announce]);
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.importer.title}</Subtitle2>
      <ActiveSheetSummary />
      <ImporterActions
        busy={busy}
        isValidating={tab.isValidating}
        onInsertTemplate={tab.handleInsertTemplate}
        onValidate={tab.handleValidate}
        onClearMarks={tab.handleClearMarks}
      />
      <LiveValidationSwitch supported={live.supported} enabled={live.enabled} failure={live.failure} onToggle={live.handleToggle} />
      <RefreshPanel busy={busy} mappings={state.mappings} />
      <ImportPanel session={tab.session} busy={busy} leading={!stuck} activeSheet={tab.activeSheet} />
      <ColumnMappingStep
        result={report}
        save={tab.session.mappingSave}
        busy={busy}
        onApply={tab.session.handleApplyMapping}
        leading={stuck && mappingLeads}
      />
      {report !== null && (
        <ValidationReport
          result={report}
          valueFixes={tab.valueFixes}
          busy={busy}
          onAddMissingColumns={tab.handleAddMissingColumns}
          onSelectIssue={tab.handleSelectIssue}
          leading={stuck && !mappingLeads}
        />
      )}
      <FileDropZone busy={busy} isOpening={file.isOpening} onFile={file.handleFile} />
      {file.isOpening && file.fileName !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.importer.fileReading(file.fileName)}</MessageBarBody>
        </MessageBar>
      )}
      {file.opened && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.importer.fileOpened(file.opened.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {file.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {isFileImportError(file.error)
              ? t.importer.fileErrors[file.error.code]
              : t.importer.actionFailed(formatOfficeError(file.error, language))}
          </MessageBarBody>
        </MessageBar>
      )}
      {tab.failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{t.importer.actionFailed(formatOfficeError(tab.failure, language))}</MessageBarBody>
        </MessageBar>
      )}
      {tab.inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{t.importer.templateInserted(tab.inserted.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {tab.cleared && (
        <MessageBar intent="info">
          <MessageBarBody>{tab.cleared.cleared ? t.importer.marksCleared : t.importer.noMarks}</MessageBarBody>
        </MessageBar>
      )}
      {tab.added && (
        <MessageBar intent="info">
          <MessageBarBody>{t.importer.columnsAdded(tab.added.headers.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={t.importer.stepsTitle}>
        <Body1Strong as="h3">{t.importer.stepsTitle}</Body1Strong>
        <ol className={styles.steps}>
          {t.importer.steps.map((step) => (
            <li key={step}>
              <Body1>{step}</Body1>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** What the live region says of the session: progress, then the result (screen readers hear it without moving). */
function announcementOf(t: Messages, state: ImportSessionPhase): string {
  const { report } = t.importer;
  switch (state.kind) {
    case 'validating':
      return report.validatingSheet;
    case 'validated':
    case 'confirming':
      return report.validated(state.validation.sheetName, state.validation.validation.rows, state.validation.validation.validRows);
    case 'importing':
      return report.importProgress(state.done, state.total);
    case 'done':
    case 'interrupted': {
      const { counts, duplicates } = state.result;
      const ended = report.importEnded(counts.created, counts.updated, counts.failed);
      return duplicates.length > 0 ? `${ended} ${t.importer.duplicates.announce(duplicates.length)}` : ended;
    }
    case 'reverted':
      return report.reverted;
    default:
      return '';
  }
}

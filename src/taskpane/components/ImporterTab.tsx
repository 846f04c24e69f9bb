import { Body1, Body1Strong, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { formatOfficeError } from '../../excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import { isFileImportError } from '../../excel/files/FileImportError';
import { FileDropZone } from '../importer/FileDropZone';
import { ImporterActions } from '../importer/ImporterActions';
import { ImportPanel } from '../importer/ImportPanel';
import { useFileImport } from '../importer/useFileImport';
import { useImporterPanel } from '../importer/useImporterPanel';
import { useImportFlow } from '../importer/useImportFlow';
import { ValidationReport } from '../importer/ValidationReport';
import { ActiveSheetSummary } from './ActiveSheetSummary';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/**
 * The "Importer" tab: the active sheet, the template / validate / clear actions, the one-click import, the file drop
 * zone, the validation report, the steps.
 */
export function ImporterTab() {
  const styles = useStyles();
  const { t, language } = useI18n();
  const panel = useImporterPanel();
  const flow = useImportFlow();
  const file = useFileImport(() => {
    flow.handleDismiss();
    panel.handleValidate();
  });
  const busy = panel.busy || flow.busy || file.isOpening;
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.importer.title}</Subtitle2>
      <ActiveSheetSummary />
      <ImporterActions
        busy={busy}
        isValidating={panel.isValidating}
        onInsertTemplate={panel.handleInsertTemplate}
        onValidate={panel.handleValidate}
        onClearMarks={panel.handleClearMarks}
      />
      <ImportPanel flow={flow} busy={busy} onSelectIssue={panel.handleSelectIssue} onAddMissingColumns={panel.handleAddMissingColumns} />
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
            {isFileImportError(file.error) ? t.importer.fileErrors[file.error.code] : t.importer.actionFailed(formatOfficeError(file.error, language))}
          </MessageBarBody>
        </MessageBar>
      )}
      {panel.failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{t.importer.actionFailed(formatOfficeError(panel.failure, language))}</MessageBarBody>
        </MessageBar>
      )}
      {panel.inserted && !panel.result && (
        <MessageBar intent="success">
          <MessageBarBody>{t.importer.templateInserted(panel.inserted.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {panel.cleared && (
        <MessageBar intent="info">
          <MessageBarBody>{panel.cleared.cleared ? t.importer.marksCleared : t.importer.noMarks}</MessageBarBody>
        </MessageBar>
      )}
      {panel.added && (
        <MessageBar intent="info">
          <MessageBarBody>{t.importer.columnsAdded(panel.added.headers.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      {panel.result && (flow.state.kind === 'idle' || flow.state.kind === 'finished') && (
        <ValidationReport
          result={panel.result}
          busy={busy}
          onAddMissingColumns={panel.handleAddMissingColumns}
          onSelectIssue={panel.handleSelectIssue}
        />
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

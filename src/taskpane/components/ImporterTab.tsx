import { Body1, Body1Strong, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { formatOfficeError } from '../../excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';
import { ImporterActions } from '../importer/ImporterActions';
import { useImporterPanel } from '../importer/useImporterPanel';
import { ValidationReport } from '../importer/ValidationReport';
import { ActiveSheetSummary } from './ActiveSheetSummary';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** The "Importer" tab: the active sheet, the template / validate / clear actions, the validation report, the steps. */
export function ImporterTab() {
  const styles = useStyles();
  const { t, language } = useI18n();
  const panel = useImporterPanel();
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2">{t.importer.title}</Subtitle2>
      <ActiveSheetSummary />
      <ImporterActions
        busy={panel.busy}
        isValidating={panel.isValidating}
        onInsertTemplate={panel.handleInsertTemplate}
        onValidate={panel.handleValidate}
        onClearMarks={panel.handleClearMarks}
      />
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
      {panel.result && (
        <ValidationReport
          result={panel.result}
          busy={panel.busy}
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
        <Caption1>{t.importer.stepsComing}</Caption1>
      </section>
    </div>
  );
}

import { Badge, Body1Strong, Button, Caption1, Link, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { clientTemplate, collectValueFixes, describeIssue, valueFixWrites, type ColumnKey, type Issue, type ValueFixWrite } from '@/domain';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import type { AppliedValueFixes } from '@/excel/values/applyValueFixes';
import type { Messages } from '../i18n/fr';
import { useI18n } from '../i18n/I18nContext';
import { groupIssuesByRow } from './groupIssuesByRow';
import { ValueFixesPanel } from './ValueFixesPanel';

/** Rows listed in the pane; the sheet's marks show the rest. */
const maxListedRows = 200;

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  rowHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

/** The value mapping's state and call: the last correction written (then validated again), whether one is under way. */
export type ValueFixesProps = {
  applied: AppliedValueFixes | null;
  isFixing: boolean;
  onFixValues: (sheetName: string, writes: ValueFixWrite[]) => void;
};

type ValidationReportProps = {
  result: ActiveSheetValidation;
  valueFixes: ValueFixesProps;
  onAddMissingColumns: (headerRow: number, keys: ColumnKey[]) => void;
  onSelectIssue: (sheetName: string, issue: Issue) => void;
  busy: boolean;
};

const headerOf = new Map(clientTemplate.map((column) => [column.key, column.required ? `${column.header} *` : column.header]));

/** What a validation found: missing, unknown and alternative columns, then the issues grouped by row; an issue leads to its cell. */
export function ValidationReport({ result, valueFixes, onAddMissingColumns, onSelectIssue, busy }: ValidationReportProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { validation, sheetName, marked } = result;
  const groups = groupIssuesByRow(validation.issues);
  const issueCount = groups.reduce((sum, group) => sum + group.issues.length, 0);
  const missing = validation.columns.missingRequired;
  // Columns the mapping chose between (alternatives, a header written twice): warnings shown with the column read.
  const columnChoices = validation.issues.filter((issue) => issue.code === 'column.alternative' || issue.code === 'column.duplicate');
  // Unreadable values of the coded columns, once per value: mapped once for all their cells.
  const fixEntries = useMemo(() => collectValueFixes(validation), [validation]);
  return (
    <section className={styles.report} aria-label={t.importer.reportLabel}>
      <Body1Strong as="h3">{t.importer.summary(sheetName, validation.rows, validation.validRows)}</Body1Strong>
      {validation.headerRow === null && (
        <MessageBar intent="error">
          <MessageBarBody>{t.importer.headerNotFound}</MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 && validation.headerRow !== null && (
        <section className={styles.group} aria-label={t.importer.missingColumnsTitle}>
          <Body1Strong as="h4">{t.importer.missingColumnsTitle}</Body1Strong>
          <ul className={styles.list}>
            {missing.map((key) => (
              <li key={key}>{headerOf.get(key)}</li>
            ))}
          </ul>
          <Button disabled={busy} onClick={() => onAddMissingColumns(validation.headerRow ?? 1, missing)}>
            {t.importer.addMissingColumns}
          </Button>
        </section>
      )}
      {validation.columns.unknown.length > 0 && (
        <section className={styles.group} aria-label={t.importer.unknownColumnsTitle}>
          <Body1Strong as="h4">{t.importer.unknownColumnsTitle}</Body1Strong>
          <ul className={styles.list}>
            {validation.columns.unknown.map((column) => (
              <li key={column.column}>{`${column.column} · ${column.header}`}</li>
            ))}
          </ul>
        </section>
      )}
      {columnChoices.length > 0 && (
        <section className={styles.group} aria-label={t.importer.columnChoicesTitle}>
          <Body1Strong as="h4">{t.importer.columnChoicesTitle}</Body1Strong>
          <ul className={styles.list}>
            {columnChoices.map((issue) => (
              <li
                key={`${issue.code} ${issue.columnLetter ?? ''}`}
              >{`${issue.columnLetter ?? ''} · ${t.importer.issueText(issue.header, describeIssue(issue, language))}`}</li>
            ))}
          </ul>
        </section>
      )}
      {valueFixes.applied !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t.importer.valueFixes.applied(valueFixes.applied.cells, valueFixes.applied.sheetName, valueFixes.applied.skipped)}
          </MessageBarBody>
        </MessageBar>
      )}
      {fixEntries.length > 0 && (
        <ValueFixesPanel
          entries={fixEntries}
          busy={busy}
          isFixing={valueFixes.isFixing}
          onFix={(choices) => valueFixes.onFixValues(sheetName, valueFixWrites(fixEntries, choices))}
        />
      )}
      {issueCount === 0 && validation.headerRow !== null && missing.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.importer.noIssues}</MessageBarBody>
        </MessageBar>
      ) : null}
      {issueCount > 0 && (
        <section className={styles.group} aria-label={t.importer.issuesTitle(issueCount)}>
          <Body1Strong as="h4">{t.importer.issuesTitle(issueCount)}</Body1Strong>
          <Caption1>{markedText(t, marked)}</Caption1>
          <ul className={styles.list}>
            {groups.slice(0, maxListedRows).map((group) => (
              <li key={group.row}>
                <div className={styles.rowHeader}>
                  <Body1Strong>{t.importer.rowTitle(group.row, group.issues.length)}</Body1Strong>
                  <Badge appearance="tint" color={group.issues.some((issue) => issue.severity === 'error') ? 'danger' : 'warning'}>
                    {group.issues.length}
                  </Badge>
                </div>
                <ul className={styles.list}>
                  {group.issues.map((issue, index) => (
                    <li key={`${issue.column}-${issue.code}-${index}`}>
                      <Link
                        title={t.importer.goToCell(`${issue.columnLetter ?? ''}${issue.row ?? ''}`)}
                        onClick={() => onSelectIssue(sheetName, issue)}
                      >
                        {t.importer.issueText(issue.header, describeIssue(issue, language))}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {groups.length > maxListedRows && <Caption1>{t.importer.moreRows(groups.length - maxListedRows)}</Caption1>}
        </section>
      )}
    </section>
  );
}

/** Where the messages of the marked cells are: notes, or the "Anomalies" column (without the notes API, or too many). */
function markedText(t: Messages, marked: ActiveSheetValidation['marked']): string {
  if (marked.mode === 'notes') return t.importer.markedNotes(marked.cells);
  return marked.tooManyForNotes ? t.importer.markedColumnTooMany(marked.cells) : t.importer.markedColumn(marked.cells);
}

import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  clientTemplate,
  collectValueFixes,
  describeIssue,
  valueFixWrites,
  type ColumnKey,
  type Issue,
  type Language,
  type ValueFixWrite,
} from '@/domain';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import type { AppliedValueFixes } from '@/excel/values/applyValueFixes';
import type { Messages } from '../i18n/fr';
import { useI18n } from '../i18n/I18nContext';
import { groupIssuesByRule, type RuleGroup } from './groupIssuesByRule';
import { RuleGroupList, type RuleGroupView } from './RuleGroupList';
import { useFocusOnArrival } from './useFocusOnArrival';
import { ValueFixesPanel } from './ValueFixesPanel';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
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
  /** The report's own step (the values to correct) is the tab's next one: its button is the one primary. */
  leading: boolean;
};

const headerOf = new Map(clientTemplate.map((column) => [column.key, column.required ? `${column.header} *` : column.header]));

/**
 * What a validation found, as one report: the summary line (which takes the focus), missing, unknown and alternative
 * columns, the values to correct, then the cell issues grouped by rule, each group opening on its rows (each leads to
 * its cell).
 */
export function ValidationReport({ result, valueFixes, onAddMissingColumns, onSelectIssue, busy, leading }: ValidationReportProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { validation, sheetName, marked } = result;
  // A new report takes the focus (after "Valider la feuille", an import's validation, a file opened): its summary line.
  const headingRef = useFocusOnArrival<HTMLHeadingElement>(result);
  const groups = useMemo(() => groupIssuesByRule(validation.issues, language), [validation, language]);
  // Information (the template's example row) is listed, never counted as a problem.
  const problems = groups.filter((group) => group.severity !== 'info');
  const issueCount = problems.reduce((sum, group) => sum + group.issues.length, 0);
  const groupsTitle = issueCount > 0 ? t.importer.report.groupsTitle(problems.length, issueCount) : t.importer.report.information;
  const groupViews = groups.map((group) => ruleGroupView(group, t, language, (issue) => onSelectIssue(sheetName, issue)));
  const rowCounts = countRowsBySeverity(groups);
  const missing = validation.columns.missingRequired;
  // Columns the mapping chose between (alternatives, a header written twice): warnings shown with the column read.
  const columnChoices = validation.issues.filter((issue) => issue.code === 'column.alternative' || issue.code === 'column.duplicate');
  // Unreadable values of the coded columns, once per value: mapped once for all their cells.
  const fixEntries = useMemo(() => collectValueFixes(validation), [validation]);
  return (
    <section className={styles.report} aria-label={t.importer.reportLabel}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t.importer.report.summary(sheetName, validation.rows, validation.validRows, rowCounts.error, rowCounts.warning)}
      </h3>
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
          leading={leading}
          onFix={(choices) => valueFixes.onFixValues(sheetName, valueFixWrites(fixEntries, choices))}
        />
      )}
      {issueCount === 0 && validation.headerRow !== null && missing.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.importer.noIssues}</MessageBarBody>
        </MessageBar>
      ) : null}
      {groups.length > 0 && (
        <section className={styles.group} aria-label={groupsTitle}>
          <Body1Strong as="h4">{groupsTitle}</Body1Strong>
          {issueCount > 0 && <Caption1>{markedText(t, marked)}</Caption1>}
          <RuleGroupList groups={groupViews} />
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

/** A group as the list shows it: "12 × Pays : Pays inconnu « Suise » — suggestion : Suisse", its rows leading to their cells. */
function ruleGroupView(group: RuleGroup, t: Messages, language: Language, onSelect: (issue: Issue) => void): RuleGroupView {
  const { report } = t.importer;
  const rule = report.aboutColumn(group.header, group.sharedMessage ?? report.ruleTitles[group.code]);
  const counted = report.groupTitle(group.issues.length, rule);
  return {
    key: group.key,
    severity: group.severity,
    title: group.suggestion === null ? counted : report.withSuggestion(counted, group.suggestion),
    entries: group.issues.map((issue, index) => {
      const address = `${issue.columnLetter ?? 'A'}${issue.row ?? ''}`;
      const label =
        issue.columnLetter === null
          ? report.rowOnly(issue.row ?? 0)
          : group.sharedMessage === null
            ? report.rowWithText(issue.row ?? 0, address, describeIssue(issue, language))
            : report.row(issue.row ?? 0, address);
      return { key: `${address}-${index}`, label, title: report.goToCell(address), onSelect: () => onSelect(issue) };
    }),
  };
}

/** How many rows hold an error, and how many only warnings. */
function countRowsBySeverity(groups: readonly RuleGroup[]): { error: number; warning: number } {
  const errorRows = new Set<number>();
  const warningRows = new Set<number>();
  for (const group of groups) {
    if (group.severity === 'info') continue;
    for (const issue of group.issues) (group.severity === 'error' ? errorRows : warningRows).add(issue.row ?? 0);
  }
  for (const row of errorRows) warningRows.delete(row);
  return { error: errorRows.size, warning: warningRows.size };
}

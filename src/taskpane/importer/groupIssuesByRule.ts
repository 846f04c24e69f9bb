import { describeIssue, VALUE_FIX_KEYS, type Issue, type IssueCode, type Language, type Severity } from '@/domain';

/**
 * The issues of one rule: one code in one column — and, for the coded columns whose values are mapped once for
 * all their cells (civilité, pays, nationalité, langue), one value as written, so that "12 × Pays inconnu « Suise »"
 * is one group with one suggestion.
 */
export type RuleGroup = {
  /** Stable within a validation: severity, code, column and, for a coded column, the value. */
  key: string;
  code: IssueCode;
  severity: Severity;
  header: string | null;
  /** The text shared by every issue of the group, when they all read the same (one value); else null. */
  sharedMessage: string | null;
  /** The suggestion shared by every issue of the group, or null. */
  suggestion: string | null;
  /** In row order. */
  issues: Issue[];
};

const valueFixKeys: ReadonlySet<string> = new Set(VALUE_FIX_KEYS);

/**
 * The cell issues grouped by rule: errors, then warnings, then information (the template's example row), then the largest groups first, then in column order of
 * their first cell. Column issues and other issues without a cell are left out (the report shows them apart).
 */
export function groupIssuesByRule(issues: readonly Issue[], lang: Language): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const issue of issues) {
    // A row's information (the template's example row) has no column: it is a group of its own all the same.
    if (issue.row === null || issue.code.startsWith('column.') || (issue.column === null && issue.severity !== 'info')) continue;
    const byValue = issue.column !== null && valueFixKeys.has(issue.column) ? `\u0000${issue.params.value ?? ''}` : '';
    const key = `${issue.severity}\u0000${issue.code}\u0000${issue.column}\u0000${issue.columnLetter ?? ''}${byValue}`;
    const group = groups.get(key);
    if (group) group.issues.push(issue);
    else
      groups.set(key, {
        key,
        code: issue.code,
        severity: issue.severity,
        header: issue.header,
        sharedMessage: null,
        suggestion: null,
        issues: [issue],
      });
  }
  const list = [...groups.values()];
  for (const group of list) {
    group.issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const messages = new Set(group.issues.map((issue) => describeIssue(issue, lang)));
    group.sharedMessage = messages.size === 1 ? ([...messages][0] ?? null) : null;
    const suggestions = new Set(group.issues.map((issue) => issue.suggestion));
    group.suggestion = suggestions.size === 1 ? (group.issues[0]?.suggestion ?? null) : null;
  }
  const severityRank = (severity: Severity) => (severity === 'error' ? 0 : severity === 'warning' ? 1 : 2);
  return list.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      b.issues.length - a.issues.length ||
      (a.issues[0]?.row ?? 0) - (b.issues[0]?.row ?? 0),
  );
}

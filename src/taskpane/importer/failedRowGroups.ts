import { describeRowError, describeRowReasons, ISSUE_SEVERITY, type IssueCode, type Language, type RowReason } from '@/domain';
import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';

/** The failed rows of one reason (one code about one column), in row order; a row with two reasons is in both groups. */
export type FailedRowGroup = {
  key: string;
  code: string | null;
  header: string | null;
  reason: RowReason | null;
  rows: ImportRowOutcome[];
};

/** The failed rows grouped by reason, the largest groups first; a row the store refused without a reason is in the group `null`. */
export function groupFailedRows(outcomes: readonly ImportRowOutcome[]): FailedRowGroup[] {
  const groups = new Map<string, FailedRowGroup>();
  const add = (key: string, reason: RowReason | null, outcome: ImportRowOutcome) => {
    const group = groups.get(key);
    if (group) group.rows.push(outcome);
    else groups.set(key, { key, code: reason?.code ?? null, header: reason?.header ?? null, reason, rows: [outcome] });
  };
  for (const outcome of outcomes) {
    const reasons = outcome.reasons ?? [];
    if (reasons.length === 0) add('', null, outcome);
    for (const reason of reasons) add(`${reason.code}\u0000${reason.header ?? ''}`, reason, outcome);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, rows: [...group.rows].sort((a, b) => a.row - b.row) }))
    .sort((a, b) => b.rows.length - a.rows.length || (a.rows[0]?.row ?? 0) - (b.rows[0]?.row ?? 0));
}

/** Whether a reason's code is an engine issue (its rule has a title) rather than the store's refusal of the row. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_SEVERITY, code);
}

/** The rule of a group of failed rows, without values: the issue's rule title, else the store's reason. */
export function failedGroupRule(
  group: FailedRowGroup,
  ruleTitles: Readonly<Record<IssueCode, string>>,
  refused: string,
  lang: Language,
): string {
  if (group.code === null) return refused;
  if (isIssueCode(group.code)) return ruleTitles[group.code];
  return describeRowError(group.code, lang) ?? group.reason?.message ?? refused;
}

/** One failed row's reason as the group lists it, with its values. */
export function describeFailedReason(reason: RowReason | null, refused: string, lang: Language): string {
  return reason === null ? refused : (describeRowReasons([{ ...reason, header: null }], lang) ?? refused);
}

import type { Issue } from '../issues/Issue';
import { ImportRowErrorCode } from '../issues/ImportRowErrorCode';
import { ISSUE_SEVERITY, type IssueCode } from '../issues/IssueCode';
import type { Language } from './Language';
import { sheetMessagesEn } from './sheetMessagesEn';
import { sheetMessagesFr, type SheetMessages } from './sheetMessagesFr';

/** The sheet's texts in each language: the one owner of what the add-in writes into a sheet. */
export const sheetMessages: Record<Language, SheetMessages> = { fr: sheetMessagesFr, en: sheetMessagesEn };

/** The header of the column that holds the rows' messages when notes cannot (the same in every language). */
export const anomaliesHeader = 'Anomalies';

/** The issue's text in the reader's language, built from its code and parameters. */
export function describeIssue(issue: Pick<Issue, 'code' | 'params'>, lang: Language): string {
  return sheetMessages[lang].issues[issue.code](issue.params);
}

/**
 * The text of a problem the store reports for an import row, from its code in the reader's language: a matching or
 * uniqueness code, or an engine issue code (the store sends no parameters: the text goes without them). Null for a
 * code the add-in does not know.
 */
export function describeRowError(code: string, lang: Language): string | null {
  const texts = sheetMessages[lang];
  if ((ImportRowErrorCode as readonly string[]).includes(code)) return texts.rowErrors[code as ImportRowErrorCode];
  if (Object.hasOwn(ISSUE_SEVERITY, code)) return texts.issues[code as IssueCode]({});
  return null;
}

/** "3 anomalies : Email *, NPA, Pays": a row's marks in short, when its messages are too long for its cell. */
export function describeRowSummary(count: number, headers: readonly string[], lang: Language): string {
  return sheetMessages[lang].rowSummary(count, headers.join(', '));
}

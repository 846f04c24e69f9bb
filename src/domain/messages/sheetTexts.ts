import type { Issue, IssueParams } from '../issues/Issue';
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

/**
 * Why an import row was refused, kept as codes so that each reader gets it in their language: an engine issue (with
 * its parameters and its column's header) or the store's refusal of the row (`message`, the store's own text, is used
 * only for a code the add-in does not know).
 */
export type RowReason = { code: string; params?: IssueParams; header?: string | null; message?: string };

/** "Email * : Adresse e-mail invalide « jean@ »." — a row's reasons in the reader's language; null when there are none. */
export function describeRowReasons(reasons: readonly RowReason[] | null | undefined, lang: Language): string | null {
  if (!reasons || reasons.length === 0) return null;
  const texts = sheetMessages[lang];
  const described = reasons.map((reason) => {
    const text = Object.hasOwn(ISSUE_SEVERITY, reason.code)
      ? texts.issues[reason.code as IssueCode](reason.params ?? {})
      : (describeRowError(reason.code, lang) ?? reason.message ?? reason.code);
    return reason.header ? texts.aboutColumn(reason.header, text) : text;
  });
  return described.join(texts.reasonSeparator);
}

/** What an import did with one sheet row, as its "Statut import" cell says. */
export type ImportRowStatus = 'created' | 'updated' | 'unchanged' | 'conflict' | 'duplicate' | 'failed' | 'not_imported' | 'reverted';

/** The client a row not created is probably a twin of (status 'duplicate'): the best candidate's code, and how many others. */
export type DuplicateOf = { code: string; others: number };

/** The header of the column that holds each imported row's status (the same in every language, as the template's). */
export const importStatusHeader = 'Statut import';

/**
 * The header of the column holding, per row, the version of its client the row was filled from ("Insérer dans la
 * feuille", an import's write-back, a refresh): an import sends it so the store merges rather than overwrites. The
 * same in every language; the column sits beside "Code client", hidden, formatted as text.
 */
export const versionHeader = 'Version';

/** A day of the local calendar as the sheet shows it: "27.11.2026" (fr), "27/11/2026" (en). */
export function formatSheetDay(date: Date, lang: Language): string {
  const separator = sheetMessages[lang].daySeparator;
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${day}${separator}${month}${separator}${date.getFullYear()}`;
}

/**
 * "Créé le 27.11.2026", "Erreur : …", "Conflit : Email, Téléphone", "Doublon probable de CL-000123 (+2)", "Non importé",
 * "Import annulé le 27.11.2026": a row's import status in the reader's language, with a refused row's reasons (a
 * conflict's: one per field, by header) and a probable duplicate's best candidate (`duplicateOf`).
 */
export function describeImportStatus(
  status: ImportRowStatus,
  reasons: readonly RowReason[] | null | undefined,
  date: Date,
  lang: Language,
  duplicateOf?: DuplicateOf | null,
): string {
  const texts = sheetMessages[lang].importStatus;
  const day = formatSheetDay(date, lang);
  switch (status) {
    case 'created':
      return texts.created(day);
    case 'updated':
      return texts.updated(day);
    case 'unchanged':
      return texts.unchanged(day);
    case 'failed':
      return texts.failed(describeRowReasons(reasons, lang) ?? texts.refused);
    case 'conflict':
      return texts.conflict((reasons ?? []).map((reason) => reason.header ?? reason.code).join(', '));
    case 'duplicate':
      return duplicateOf ? texts.duplicate(duplicateOf.code, duplicateOf.others) : texts.duplicateUnknown;
    case 'not_imported':
      return texts.notImported;
    case 'reverted':
      return texts.reverted(day);
  }
}

/** A cell's message as the "Anomalies" column shows it when the cell holds a threaded comment (a note cannot go there). */
export function describeCommentedCell(message: string, lang: Language): string {
  return `${message} ${sheetMessages[lang].commentedCell}`;
}

/** "3 anomalies : Email *, NPA, Pays": a row's marks in short, when its messages are too long for its cell. */
export function describeRowSummary(count: number, headers: readonly string[], lang: Language): string {
  return sheetMessages[lang].rowSummary(count, headers.join(', '));
}

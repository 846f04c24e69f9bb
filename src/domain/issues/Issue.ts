import type { ColumnKey } from '../template/ColumnKey';
import type { IssueCode, Severity } from './IssueCode';

export type IssueParams = {
  /** The cell's value as read (shortened when long). */
  value?: string;
  /** Length limit and actual length, for `value.tooLong`. */
  max?: number;
  length?: number;
  /** 1-based position of the offending character, for `value.controlCharacter` and `value.malformedText`. */
  position?: number;
  /** The value after an automatic repair (a restored leading zero). */
  restored?: string;
  /** The earlier row holding the same code or email. */
  firstRow?: number;
  /** The country whose rule applied (postal codes, phones). */
  country?: string;
  /** Expected digit count of a postal code. */
  digits?: number;
  /** The column (letter and header) that is read for the key: the first of a duplicated header, the chosen one of an alternative. */
  firstColumn?: string;
  firstHeader?: string;
  /** What a full-name cell was split into, when the split is a guess. */
  lastName?: string;
  firstName?: string;
};

/** A problem found in a sheet or a set of values: a closed code, a location, parameters; the text comes from the code. */
export type Issue = {
  code: IssueCode;
  severity: Severity;
  /** Sheet row number as Excel shows it; null when not tied to a row (no header row found). */
  row: number | null;
  /** Template key of the column; null when not tied to a column. */
  column: ColumnKey | null;
  /** The sheet's header text of that column, else the template's French header; null without a column. */
  header: string | null;
  /** Column letter in the sheet, when the column exists there. */
  columnLetter: string | null;
  params: IssueParams;
  suggestion: string | null;
};

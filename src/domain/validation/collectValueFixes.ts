import { countryNamesFr, countryNameFr } from '../countries/countryIndex';
import { parseCountry } from '../countries/parseCountry';
import type { Issue } from '../issues/Issue';
import type { IssueCode } from '../issues/IssueCode';
import { LANGUAGE_NAMES_FR, languageNameFr, parseLanguage } from '../rules/parseLanguage';
import { parseTitle, TITLE_VALUES } from '../rules/parseTitle';
import type { ColumnKey } from '../template/ColumnKey';
import type { SheetValidation } from './SheetValidation';

/** The coded columns whose unreadable values can be mapped once for all their cells. */
export const VALUE_FIX_KEYS = ['title', 'country', 'nationality', 'practiceCountry', 'language'] as const satisfies readonly ColumnKey[];
export type ValueFixKey = (typeof VALUE_FIX_KEYS)[number];

/** One value the engine could not read, as written (trimmed), in one column, with every cell holding it. */
export type ValueFixEntry = {
  /** Stable within a validation: key, column letter and value. */
  id: string;
  key: ValueFixKey;
  /** Why it is listed: an unknown value (an error), or an academic title (`title.academic`, a warning: the row imports as is). */
  code: IssueCode;
  /** The value as written (trimmed). */
  value: string;
  /** How many cells hold it: `rows.length`. */
  count: number;
  /** The column letter in the sheet. */
  column: string;
  /** The sheet rows of those cells, ascending: with `column`, the cell addresses. */
  rows: readonly number[];
  /** The engine's suggestion in the form the sheet holds (`Suisse`, `Mme`, `de`), or null. */
  suggestion: string | null;
  /** What the cells may hold instead: the template's values for the key (civilités, French country and language names). */
  allowed: readonly string[];
};

/** The user's choice per entry id: the value to write, or null / absent to leave the cells as they are. */
export type ValueFixChoices = Readonly<Record<string, string | null | undefined>>;

/** Cells of one column to receive one value, in place of `from` (the value as written when validated). */
export type ValueFixWrite = { column: string; rows: readonly number[]; from: string; value: string };

/** The issue codes of an unreadable coded value, each with the keys it is reported on. */
const FIX_CODES: Readonly<Partial<Record<IssueCode, ReadonlySet<ValueFixKey>>>> = {
  'title.unknown': new Set(['title']),
  'title.academic': new Set(['title']),
  'country.unknown': new Set(['country', 'practiceCountry']),
  'nationality.unknown': new Set(['nationality']),
  'language.unknown': new Set(['language']),
};

const keyOrder = new Map<ValueFixKey, number>(VALUE_FIX_KEYS.map((key, index) => [key, index]));

/** The values a key's cells may hold, as the template writes them. */
export function allowedFixValues(key: ValueFixKey): readonly string[] {
  switch (key) {
    case 'title':
      return TITLE_VALUES;
    case 'language':
      return Object.values(LANGUAGE_NAMES_FR);
    default:
      return countryNamesFr();
  }
}

/** The engine's suggestion (a name in any language, a demonym, a long spelling) in the form the sheet holds, or null. */
function sheetForm(key: ValueFixKey, suggestion: string | null): string | null {
  if (suggestion === null) return null;
  const read =
    key === 'title'
      ? parseTitle(suggestion)
      : key === 'language'
        ? parseLanguage(suggestion)
        : parseCountry(suggestion, key === 'nationality' ? 'nationality' : 'country');
  if (!read.ok || read.value === '') return null;
  if (key === 'title') return read.value;
  return key === 'language' ? languageNameFr(read.value) : countryNameFr(read.value);
}

type Group = { key: ValueFixKey; code: IssueCode; value: string; column: string; rows: number[]; suggestion: string | null };

/** The issue's key when it is an unreadable coded value in a cell, else null. */
function fixKeyOf(issue: Issue): ValueFixKey | null {
  const keys = FIX_CODES[issue.code];
  if (keys === undefined || issue.column === null || issue.row === null || issue.columnLetter === null) return null;
  return keys.has(issue.column as ValueFixKey) ? (issue.column as ValueFixKey) : null;
}

/**
 * The values of Civilité, Pays, Nationalité, Pays d'exercice and Langue that the engine could not read, once per
 * column and distinct value (compared trimmed) with the cells holding it, most frequent first within a column (columns
 * in template order): what a user maps once for all the rows. Academic titles (a warning) are listed too.
 */
export function collectValueFixes(validation: SheetValidation): ValueFixEntry[] {
  const groups = new Map<string, Group>();
  for (const issue of validation.issues) {
    const key = fixKeyOf(issue);
    if (key === null || issue.row === null || issue.columnLetter === null) continue;
    const value = (issue.params.value ?? '').trim();
    const id = `${key}\u0000${issue.columnLetter}\u0000${value}`;
    const group = groups.get(id);
    if (group === undefined) {
      groups.set(id, {
        key,
        code: issue.code,
        value,
        column: issue.columnLetter,
        rows: [issue.row],
        suggestion: sheetForm(key, issue.suggestion),
      });
    } else {
      group.rows.push(issue.row);
    }
  }
  const entries = [...groups].map(([id, group]): ValueFixEntry => ({
    id,
    key: group.key,
    code: group.code,
    value: group.value,
    count: group.rows.length,
    column: group.column,
    rows: group.rows.sort((a, b) => a - b),
    suggestion: group.suggestion,
    allowed: allowedFixValues(group.key),
  }));
  return entries.sort(
    (a, b) =>
      (keyOrder.get(a.key) ?? 0) - (keyOrder.get(b.key) ?? 0) ||
      a.column.length - b.column.length ||
      a.column.localeCompare(b.column) ||
      b.count - a.count ||
      a.value.localeCompare(b.value, 'fr'),
  );
}

/** Each entry's suggestion as its choice (the entries without one are left out): "Accepter les suggestions". */
export function suggestedChoices(entries: readonly ValueFixEntry[]): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const entry of entries) if (entry.suggestion !== null) choices[entry.id] = entry.suggestion;
  return choices;
}

/** The cell writes for the user's choices: one per entry whose choice is one of its allowed values. */
export function valueFixWrites(entries: readonly ValueFixEntry[], choices: ValueFixChoices): ValueFixWrite[] {
  const writes: ValueFixWrite[] = [];
  for (const entry of entries) {
    const value = choices[entry.id];
    if (value === null || value === undefined || !entry.allowed.includes(value)) continue;
    writes.push({ column: entry.column, rows: entry.rows, from: entry.value, value });
  }
  return writes;
}

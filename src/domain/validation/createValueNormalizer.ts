import { readCell } from '../cells/readCell';
import { parseCountry } from '../countries/parseCountry';
import { normalizePhone } from '../phones/normalizePhone';
import { checkTextCharacters } from '../rules/checkTextCharacters';
import { normalizeEmail } from '../rules/normalizeEmail';
import { normalizePostalCode } from '../rules/normalizePostalCode';
import { normalizeMultilineText, normalizeText } from '../rules/normalizeText';
import { normalizeVatNumber } from '../rules/normalizeVatNumber';
import { parseBirthDate } from '../rules/parseBirthDate';
import { parseLanguage } from '../rules/parseLanguage';
import { parseTitle } from '../rules/parseTitle';
import type { RuleResult } from '../rules/RuleResult';
import { ruleProblem } from '../issues/RuleProblem';
import { clientTemplate } from '../template/clientTemplate';
import type { ColumnKey } from '../template/ColumnKey';
import type { TemplateColumn } from '../template/TemplateColumn';
import { memoize } from '../text/memoize';
import type { ClientValues, FullClientValues } from './ClientValues';
import { DEFAULT_HOME_COUNTRY, type NormalizeOptions } from './NormalizeOptions';
import { todayIso } from './todayIso';
import type { ValueProblem } from './ValueProblem';

export type NormalizedValues = { values: ClientValues; problems: ValueProblem[] };
export type ValueNormalizer = (input: Readonly<Partial<Record<ColumnKey, unknown>>>) => NormalizedValues;
/** The result over every template key: each one has its value (null when empty). */
export type FullNormalizedValues = { values: FullClientValues; problems: ValueProblem[] };
export type FullValueNormalizer = (input: Readonly<Partial<Record<ColumnKey, unknown>>>) => FullNormalizedValues;
/** Options without `keys`: every key is normalised. */
export type FullNormalizeOptions = Omit<NormalizeOptions, 'keys'> & { keys?: undefined };

type RowContext = { home: string; country: string; today: string };

/**
 * Builds the per-client normaliser for a set of options (home country, today, keys), so that a
 * sheet of 100,000 rows resolves them once. Country-dependent rules use the row's own country
 * when it is valid, else the home country; the country defaults to the home country and language to fr.
 * Nationality and country of practice are personal data: when the row does not give them they stay null (never
 * copied from the country).
 */
export function createValueNormalizer(options?: FullNormalizeOptions): FullValueNormalizer;
export function createValueNormalizer(options: NormalizeOptions): ValueNormalizer;
export function createValueNormalizer(options: NormalizeOptions = {}): ValueNormalizer {
  const home = (options.homeCountry ?? DEFAULT_HOME_COUNTRY).toUpperCase();
  const today = todayIso(options.today);
  const keys = new Set<ColumnKey>(options.keys ?? clientTemplate.map((column) => column.key));
  const columns = clientTemplate.filter((column) => keys.has(column.key));
  const countryColumn = columns.find((column) => column.key === 'country');

  return (input) => {
    const values: ClientValues = {};
    const problems: ValueProblem[] = [];
    const context: RowContext = { home, country: home, today };
    // The row's country first: phones and postal codes depend on it.
    let country: string | undefined;
    if (countryColumn !== undefined) {
      const result = normalizeCell(countryColumn, input.country, context, problems);
      country = result ?? home;
      if (result !== undefined && problems.length === 0) context.country = result;
    }
    for (const column of columns) {
      if (column === countryColumn) {
        values.country = country;
        continue;
      }
      const value = normalizeCell(column, input[column.key], context, problems);
      values[column.key] = value ?? defaultValue(column.key) ?? null;
    }
    return { values, problems };
  };
}

/** One client's values normalised and checked (see `createValueNormalizer`); every key has its value unless `keys` names some. */
export function normalizeClientValues(
  input: Readonly<Partial<Record<ColumnKey, unknown>>>,
  options?: FullNormalizeOptions,
): FullNormalizedValues;
export function normalizeClientValues(input: Readonly<Partial<Record<ColumnKey, unknown>>>, options: NormalizeOptions): NormalizedValues;
export function normalizeClientValues(
  input: Readonly<Partial<Record<ColumnKey, unknown>>>,
  options: NormalizeOptions = {},
): NormalizedValues {
  return createValueNormalizer(options)(input);
}

/** The cell's normalised value, its text when invalid, undefined when empty; problems appended. */
function normalizeCell(column: TemplateColumn, raw: unknown, context: RowContext, problems: ValueProblem[]): string | undefined {
  // Strings are most cells: read them without going through readCell's result object.
  let text = typeof raw === 'string' ? raw.trim() : '';
  if (typeof raw !== 'string' || text.charCodeAt(0) === 35 /* # */) {
    const cell = readCell(raw);
    if (cell.kind === 'problem') {
      problems.push({ key: column.key, ...cell.problem });
      return typeof raw === 'string' ? text : undefined;
    }
    text = cell.kind === 'text' ? cell.text : '';
  }
  if (text.length === 0) {
    if (column.required) problems.push({ key: column.key, ...ruleProblem('value.required') });
    return undefined;
  }
  // Before any column's rule: no control character, no lone surrogate (the one character rule of every layer).
  const characters = checkTextCharacters(text);
  if (characters !== null) {
    problems.push({ key: column.key, ...characters });
    return text;
  }
  let result: RuleResult;
  try {
    result = applyRule(column, text, raw, context);
  } catch {
    result = { ok: false, problem: ruleProblem('value.invalidType', { value: text.slice(0, 60) }) };
  }
  if (!result.ok) {
    problems.push({ key: column.key, ...result.problem });
    return text;
  }
  if (result.warning !== undefined) problems.push({ key: column.key, ...result.warning });
  // A rule may read a cell as empty (an academic title is no civilité): the key then has no value.
  return result.value === '' ? undefined : result.value;
}

function applyRule(column: TemplateColumn, text: string, raw: unknown, context: RowContext): RuleResult {
  switch (column.rule) {
    case 'text':
      return normalizeText(text, column.maxLength);
    case 'multilineText':
      return normalizeMultilineText(text, column.maxLength);
    case 'title':
      return parseTitleMemo(text);
    case 'email':
      return normalizeEmail(text);
    case 'phone':
      return normalizePhone(text, context.country, raw);
    case 'vatNumber':
      return normalizeVatNumber(text);
    case 'postalCode':
      return normalizePostalCode(text, context.country, raw);
    case 'country':
      return parseCountryMemo(text);
    case 'nationality':
      return parseNationalityMemo(text);
    case 'language':
      return parseLanguageMemo(text);
    case 'birthDate':
      return parseBirthDate(text, raw, context.today);
  }
}

const parseTitleMemo = memoize(parseTitle);
const parseCountryMemo = memoize((text) => parseCountry(text, 'country'));
const parseNationalityMemo = memoize((text) => parseCountry(text, 'nationality'));
const parseLanguageMemo = memoize(parseLanguage);

/** The value of an empty cell: French for the language; nothing for any other key (personal data is never invented). */
function defaultValue(key: ColumnKey): string | undefined {
  return key === 'language' ? 'fr' : undefined;
}

import { countryNameFr } from '../countries/countryIndex';
import { formatPhoneInternational } from '../phones/formatPhoneInternational';
import { formatVatNumber } from '../rules/formatVatNumber';
import { languageNameFr } from '../rules/parseLanguage';
import { COLUMN_KEYS, type ColumnKey } from './ColumnKey';

/**
 * A stored client's values as the template's cells show them: phones in international format, the UID formatted,
 * countries and language by their French names (the dropdowns' values), never codes. Birth dates stay ISO: the
 * sheet writer makes them real dates. Absent keys are null; a value no rule recognises is kept as it is.
 */
export function templateCellValues(values: Readonly<Partial<Record<ColumnKey, string | null>>>): Record<ColumnKey, string | null> {
  return Object.fromEntries(COLUMN_KEYS.map((key) => [key, templateCellValue(key, values[key] ?? null)])) as Record<
    ColumnKey,
    string | null
  >;
}

/** One stored value as a template cell shows it (see `templateCellValues`). */
export function templateCellValue(key: ColumnKey, value: string | null): string | null {
  if (value === null || value === '') return null;
  switch (key) {
    case 'phone':
    case 'mobile':
      return formatPhoneInternational(value);
    case 'vatNumber':
      return formatVatNumber(value);
    case 'country':
    case 'nationality':
    case 'practiceCountry':
      return /^[A-Z]{2}$/.test(value) ? countryNameFr(value) : value;
    case 'language':
      return languageNameFr(value);
    default:
      return value;
  }
}

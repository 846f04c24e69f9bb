import { countryName, formatPhoneInternational, formatVatNumber, type ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { formatDay } from './formatDateTime';

const COUNTRY_KEYS: readonly ColumnKey[] = ['country', 'nationality', 'practiceCountry'];

/**
 * A stored value as the reader reads it, for the side-by-side views: phones in international format, the day as
 * dd.mm.yyyy, countries and the language by name, the civility in the pane's language; an empty value as « (vide) ».
 */
export function useClientValueText(): (key: ColumnKey, value: string | null | undefined) => string {
  const { t, language } = useI18n();
  return (key, value) => {
    if (value === null || value === undefined || value === '') return t.clients.duplicates.emptyValue;
    // A phone number never breaks across lines (+41 22 310 45 67, no-break spaces).
    if (key === 'phone' || key === 'mobile') return formatPhoneInternational(value).replace(/ /g, '\u00a0');
    if (key === 'birthDate') return formatDay(value, language);
    if (key === 'vatNumber') return formatVatNumber(value);
    if (COUNTRY_KEYS.includes(key)) return countryName(value, language);
    if (key === 'language') return t.clients.profile.languages[value] ?? value;
    if (key === 'title') return t.clients.form.titles[value] ?? value;
    return value;
  };
}

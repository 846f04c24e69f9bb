import type { Language } from './Language';

/** The locale each language writes its numbers in: Swiss French (1 234, with a narrow no-break space), British English. */
const numberLocales: Record<Language, string> = { fr: 'fr-CH', en: 'en-GB' };
const formats = new Map<Language, Intl.NumberFormat>();

/**
 * A number as the reader writes it: `Intl.NumberFormat('fr-CH')` in French ("12 345", the group separator a narrow
 * no-break space, so a count never breaks on a line), en-GB in English ("12,345"). The one formatter of every
 * count and figure the add-in shows (pane, dialogs, sheet texts).
 */
export function formatNumber(value: number, language: Language): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(numberLocales[language]);
    formats.set(language, format);
  }
  return format.format(value);
}

import { formatIsoDay, type Language } from '@/domain';

const locales: Record<Language, string> = { fr: 'fr-CH', en: 'en-GB' };
const daySeparators: Record<Language, string> = { fr: '.', en: '/' };
const dayParts = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** "27.11.2026 10:00" (fr) or "27/11/2026, 10:00" (en), in the reader's time zone: the day as a Swiss reader writes it. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], { ...dayParts, hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A `YYYY-MM-DD` day as "27.11.2026" (fr) or "27/11/2026" (en). */
export function formatDay(iso: string, language: Language): string {
  return formatIsoDay(iso, daySeparators[language]);
}

/** The day of a moment, "30.11.2026" (fr) or "30/11/2026" (en), in the reader's time zone. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], dayParts).format(date);
}

import type { ColumnKey } from '@/domain';

/** A client is foreign when nationality or country of practice is not the home country (DESIGN.md §2). */
export function isForeign(values: Partial<Record<ColumnKey, string | null>>, homeCountry: string): boolean {
  const home = homeCountry.toUpperCase();
  return [values.nationality, values.practiceCountry].some(
    (code) => code !== null && code !== undefined && code !== '' && code.toUpperCase() !== home,
  );
}

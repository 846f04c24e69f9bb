import { countryIndex, countryNameFr } from '@/domain';

/** Every country's French name, sorted as French readers expect: the source of the template's country dropdowns. */
export function frenchCountryNames(): string[] {
  return [...countryIndex.codes].map((code) => countryNameFr(code)).sort((a, b) => a.localeCompare(b, 'fr'));
}

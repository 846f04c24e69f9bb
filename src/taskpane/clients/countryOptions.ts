import { countryIndex, countryNameFr } from '@/domain';

export type CountryOption = { code: string; name: string; words: string[] };

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

let options: CountryOption[] | undefined;

/** Every ISO country with its French name, sorted as French sorts them. */
export function countryOptions(): CountryOption[] {
  options ??= [...countryIndex.codes]
    .map((code) => ({
      code,
      name: countryNameFr(code),
      words: fold(countryNameFr(code))
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return options;
}

/** The countries with a word of their French name starting with `query` (case and accents ignored), or with that ISO code. */
export function filterCountries(query: string): CountryOption[] {
  const folded = fold(query).trim();
  if (folded === '') return countryOptions();
  return countryOptions().filter(
    (option) =>
      fold(option.name).startsWith(folded) || option.words.some((word) => word.startsWith(folded)) || option.code.toLowerCase() === folded,
  );
}

import { countryIndex, countryName, DEFAULT_LANGUAGE, type Language } from '@/domain';

export type CountryOption = { code: string; name: string; words: string[] };

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const options = new Map<Language, CountryOption[]>();

/**
 * Every ISO country with its name in `language` (the pane's language: "Suisse" in French, "Switzerland" in English),
 * sorted as that language sorts them. The names come from the domain's country index (`countryName`), the one source.
 */
export function countryOptions(language: Language = DEFAULT_LANGUAGE): CountryOption[] {
  let list = options.get(language);
  if (list === undefined) {
    list = [...countryIndex.codes]
      .map((code) => {
        const name = countryName(code, language);
        return {
          code,
          name,
          words: fold(name)
            .split(/[^a-z0-9]+/)
            .filter(Boolean),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, language));
    options.set(language, list);
  }
  return list;
}

/**
 * The countries with a word of their name in `language` starting with `query` (case and accents ignored), or with
 * that ISO code.
 */
export function filterCountries(query: string, language: Language = DEFAULT_LANGUAGE): CountryOption[] {
  const folded = fold(query).trim();
  if (folded === '') return countryOptions(language);
  return countryOptions(language).filter(
    (option) =>
      fold(option.name).startsWith(folded) || option.words.some((word) => word.startsWith(folded)) || option.code.toLowerCase() === folded,
  );
}

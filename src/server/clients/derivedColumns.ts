import { foldText } from '../../domain/index';
import type { StoredValues } from './clientColumns';
import { searchWords } from './searchWords';

export type DerivedColumns = { last_name_folded: string; first_name_folded: string; search_text: string; is_foreign: number };

/** The columns the store computes from a client's values: sort keys, search words, foreign flag. */
export function derivedColumns(values: StoredValues, homeCountry: string, words: string[] = searchWords(values)): DerivedColumns {
  return {
    last_name_folded: foldText(values.lastName ?? ''),
    first_name_folded: foldText(values.firstName ?? ''),
    search_text: words.join(' '),
    is_foreign: isForeign(values, homeCountry) ? 1 : 0,
  };
}

/** Nationality or country of practice differs from the home country (an empty one counts as the home country). */
export function isForeign(values: Pick<StoredValues, 'nationality' | 'practiceCountry'>, homeCountry: string): boolean {
  return (values.nationality ?? homeCountry) !== homeCountry || (values.practiceCountry ?? homeCountry) !== homeCountry;
}

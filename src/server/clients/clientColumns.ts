import { COLUMN_KEYS, type ColumnKey } from '../../domain/index';
import type { ClientTable } from '../db/schema';

/** The clients table's column of each template key. */
export const clientColumns = {
  code: 'code',
  title: 'title',
  lastName: 'last_name',
  firstName: 'first_name',
  company: 'company',
  vatNumber: 'vat_number',
  email: 'email',
  phone: 'phone',
  mobile: 'mobile',
  address: 'address',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  nationality: 'nationality',
  practiceCountry: 'practice_country',
  language: 'language',
  birthDate: 'birth_date',
  notes: 'notes',
} as const satisfies Record<ColumnKey, keyof ClientTable>;

/** Every template value of a stored client (null when empty; `code` always set once stored). */
export type StoredValues = Record<ColumnKey, string | null>;

/** The template values of a clients row. */
export function rowValues(row: Pick<ClientTable, (typeof clientColumns)[ColumnKey]>): StoredValues {
  const values = {} as StoredValues;
  for (const key of COLUMN_KEYS) values[key] = row[clientColumns[key]] ?? null;
  return values;
}

/** The template keys whose values differ between `before` and `after`, in template order. */
export function changedKeys(before: StoredValues, after: StoredValues): ColumnKey[] {
  return COLUMN_KEYS.filter((key) => (before[key] ?? null) !== (after[key] ?? null));
}

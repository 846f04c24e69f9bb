/** The template's column keys, in the template's column order (DESIGN.md §2). */
export const COLUMN_KEYS = [
  'code',
  'title',
  'lastName',
  'firstName',
  'company',
  'vatNumber',
  'email',
  'phone',
  'mobile',
  'address',
  'postalCode',
  'city',
  'country',
  'nationality',
  'practiceCountry',
  'language',
  'birthDate',
  'notes',
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

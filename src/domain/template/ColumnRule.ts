/** How a column's cells are checked and normalised; one rule per column of the template. */
export type ColumnRule =
  | 'text'
  | 'multilineText'
  | 'title'
  | 'email'
  | 'phone'
  | 'vatNumber'
  | 'postalCode'
  | 'country'
  | 'nationality'
  | 'language'
  | 'birthDate';

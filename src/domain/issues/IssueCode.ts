/** Every problem the engine reports, as a closed list; each code has one severity and one text per language. */
export const ISSUE_SEVERITY = {
  'header.notFound': 'error',
  'column.missingRequired': 'error',
  'column.duplicate': 'warning',
  'column.alternative': 'warning',
  'column.birthDatePart': 'warning',
  'name.splitGuessed': 'warning',
  'value.required': 'error',
  'value.tooLong': 'error',
  'value.excelError': 'error',
  'value.invalidType': 'error',
  'value.controlCharacter': 'error',
  'value.malformedText': 'error',
  'title.unknown': 'error',
  'title.academic': 'warning',
  'email.invalid': 'error',
  'email.duplicate': 'error',
  'code.duplicate': 'error',
  'phone.invalid': 'error',
  'phone.leadingZeroRestored': 'warning',
  'phone.prefixAssumed': 'warning',
  'vat.invalid': 'error',
  'vat.checkDigit': 'error',
  'postalCode.invalid': 'error',
  'postalCode.leadingZeroRestored': 'warning',
  'postalCode.leadingZeroAssumed': 'warning',
  'country.unknown': 'error',
  'nationality.unknown': 'error',
  'language.unknown': 'error',
  'date.invalid': 'error',
  'date.impossible': 'error',
  'date.ambiguous': 'error',
  'date.future': 'error',
  'date.tooOld': 'error',
  'template.exampleRow': 'info',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;
/** `info`: said, never blocking (the template's example row, which is left out of the import). */
export type Severity = 'error' | 'warning' | 'info';
export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

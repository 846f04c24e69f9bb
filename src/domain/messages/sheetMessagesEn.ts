import type { IssueParams } from '../issues/Issue';
import { issueMessagesFr, type SheetMessages } from './sheetMessagesFr';
import { formatNumber } from './formatNumber';

const quoted = (value: string | undefined) => (value === undefined ? '' : ` "${value}"`);

/** The issues' English texts: typed as the French ones, so a code without both texts does not compile. */
export const issueMessagesEn: typeof issueMessagesFr = {
  'header.notFound': () => 'No header row: none of the first 20 rows names at least two template columns.',
  'column.missingRequired': () => 'Required column missing.',
  'column.duplicate': (p: IssueParams) =>
    `Duplicate header: column ${p.firstColumn ?? ''} "${p.firstHeader ?? ''}" has the same title; only one of the two is read.`,
  'column.alternative': (p: IssueParams) =>
    `Another possible column for this field: column ${p.firstColumn ?? ''} "${p.firstHeader ?? ''}" is the one read. Check the choice.`,
  'column.birthDatePart': () => 'Part of a birth date (day, month or year) without the others: no date is made of it.',
  'name.splitGuessed': (p: IssueParams) =>
    `Full name${quoted(p.value)} split as best we could: last name "${p.lastName ?? ''}", first name "${p.firstName ?? ''}". Please check.`,
  'value.required': () => 'Required value missing.',
  'value.tooLong': (p) => `Text too long: ${p.length ?? '?'} characters, at most ${p.max ?? '?'}.`,
  'value.excelError': (p) => `The cell holds an Excel error${quoted(p.value)}.`,
  'value.invalidType': (p) => `Unexpected value${quoted(p.value)}: text expected.`,
  'value.controlCharacter': (p) => `Invisible control character at position ${p.position ?? '?'}: remove it.`,
  'value.malformedText': (p) => `Malformed character at position ${p.position ?? '?'}: retype the value.`,
  'title.unknown': (p) => `Unknown title${quoted(p.value)}: M. or Mme expected.`,
  'title.academic': (p) => `"${p.value ?? ''}" is an academic title, not M. or Mme: the title is left empty.`,
  'email.invalid': (p) => `Invalid email address${quoted(p.value)}.`,
  'email.duplicate': (p) => `Email address already on row ${p.firstRow ?? '?'}.`,
  'code.duplicate': (p) => `Client code already on row ${p.firstRow ?? '?'}.`,
  'phone.invalid': (p) => `Invalid phone number${quoted(p.value)}${p.country ? ` (country ${p.country})` : ''}.`,
  'phone.leadingZeroRestored': (p) => `Number stored as a number by Excel${quoted(p.value)}: read as ${p.restored ?? '?'}, please check.`,
  'phone.prefixAssumed': (p) =>
    `Number written without its 0 or country code${quoted(p.value)}: read as ${p.restored ?? '?'}, please check.`,
  'vat.invalid': (p) => `Invalid VAT number${quoted(p.value)}: CHE-123.456.789 or an EU VAT number expected.`,
  'vat.checkDigit': (p) => `Swiss UID${quoted(p.value)} is wrong: the check digit does not match.`,
  'postalCode.invalid': (p) =>
    `Invalid postal code${quoted(p.value)}${p.digits ? `: ${p.digits} digits expected` : ''}${p.country ? ` (country ${p.country})` : ''}.`,
  'postalCode.leadingZeroRestored': (p) =>
    `Postal code stored as a number by Excel${quoted(p.value)}: leading zero restored (${p.restored ?? '?'}).`,
  'postalCode.leadingZeroAssumed': (p) =>
    `Postal code written with 4 digits${quoted(p.value)}: read as ${p.restored ?? '?'}${p.country ? ` (country ${p.country})` : ''}, please check.`,
  'country.unknown': (p) => `Unknown country${quoted(p.value)}.`,
  'nationality.unknown': (p) => `Unknown nationality${quoted(p.value)}.`,
  'language.unknown': (p) => `Unknown language${quoted(p.value)}: French, German, Italian or English.`,
  'date.invalid': (p) => `Unreadable date${quoted(p.value)}: dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd expected.`,
  'date.impossible': (p) => `Impossible date${quoted(p.value)}: that day does not exist.`,
  'date.ambiguous': (p) => `Date written month/day${quoted(p.value)}: write it day.month.year.`,
  'date.future': (p) => `Birth date in the future${quoted(p.value)}.`,
  'date.tooOld': (p) => `Birth date before 1900${quoted(p.value)}.`,
  'template.exampleRow': () => 'The template’s example row: it is not imported.',
};

/** The sheet's English texts: typed as the French catalogue. */
export const sheetMessagesEn: SheetMessages = {
  issues: issueMessagesEn,
  rowErrors: {
    'match.ambiguous': 'The client code and the email point at two different clients: row not imported, check which one is right.',
    'match.notFound': 'No existing client matches (neither by client code nor by email): row not imported in update mode.',
    'match.exists': 'This client already exists (same client code or same email): row not imported in create mode.',
    'email.taken': 'This email address already belongs to another client.',
    'code.taken': 'This client code already belongs to another client (possibly deleted).',
    'version.unknown':
      'Unknown version: “version” must be a version this client already had (from 1 to its current version): row not imported.',
    'version.conflict':
      'Changed both in the sheet and in the client base, to different values, since the row was filled: row not imported, choose the right value.',
    'duplicate.probable':
      'This client probably exists already (see the clients proposed): row not imported, choose “Same client” or “Create anyway”.',
  },
  rowSummary: (count: number, headers: string) => `${formatNumber(count, 'en')} issues: ${headers}`,
  commentedCell: '(the cell has a comment: no note possible)',
  aboutColumn: (header: string, text: string) => `${header}: ${text}`,
  reasonSeparator: '; ',
  importStatus: {
    created: (day: string) => `Created on ${day}`,
    updated: (day: string) => `Updated on ${day}`,
    unchanged: (day: string) => `Unchanged on ${day}`,
    failed: (reason: string) => `Error: ${reason}`,
    conflict: (headers: string) => `Conflict: ${headers}`,
    duplicate: (code: string, others: number) =>
      others > 0 ? `Probable duplicate of ${code} (+${formatNumber(others, 'en')})` : `Probable duplicate of ${code}`,
    duplicateUnknown: 'Probable duplicate',
    refused: 'row refused by the client base',
    notImported: 'Not imported',
    reverted: (day: string) => `Import undone on ${day}`,
  },
  refreshStatus: {
    refreshed: (day: string) => `Refreshed on ${day}`,
    deleted: 'Deleted in the client base',
    unknownCode: 'Code unknown to the client base',
    conflict: (headers: string) => `Conflict: ${headers}`,
  },
  daySeparator: '/',
};

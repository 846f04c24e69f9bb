import type { IssueCode } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';
import type { reportFr } from './reportFr';

const number = (count: number) => formatNumber(count, 'en');
const lines = (count: number) => `${number(count)} ${count === 1 ? 'row' : 'rows'}`;

const ruleTitlesEn: Record<IssueCode, string> = {
  'header.notFound': 'Header row not found',
  'column.missingRequired': 'Required column missing',
  'column.duplicate': 'Header written twice',
  'column.alternative': 'Another possible column',
  'column.birthDatePart': 'Part of a birth date alone',
  'name.splitGuessed': 'Full name split as best it could, to check',
  'value.required': 'Required value missing',
  'value.tooLong': 'Text too long',
  'value.excelError': 'Excel error in the cell',
  'value.invalidType': 'Unexpected value',
  'value.controlCharacter': 'Invisible control character',
  'value.malformedText': 'Malformed character',
  'title.unknown': 'Unknown title',
  'title.academic': 'Academic title instead of a salutation',
  'email.invalid': 'Invalid email address',
  'email.duplicate': 'Email address written twice',
  'code.duplicate': 'Client code written twice',
  'phone.invalid': 'Invalid phone number',
  'phone.leadingZeroRestored': 'Number stored as a number, to check',
  'phone.prefixAssumed': 'Number without 0 or country code, to check',
  'vat.invalid': 'Invalid VAT / UID number',
  'vat.checkDigit': 'Wrong UID check digit',
  'postalCode.invalid': 'Invalid postcode',
  'postalCode.leadingZeroRestored': 'Postcode leading zero restored',
  'postalCode.leadingZeroAssumed': '4-digit postcode, to check',
  'country.unknown': 'Unknown country',
  'nationality.unknown': 'Unknown nationality',
  'language.unknown': 'Unknown language',
  'date.invalid': 'Unreadable date',
  'date.impossible': 'Impossible date',
  'date.ambiguous': 'Date written month/day',
  'date.future': 'Birth date in the future',
  'date.tooOld': 'Birth date before 1900',
  'template.exampleRow': 'The template’s example row, not imported',
};

export const reportEn: typeof reportFr = {
  number,
  summary: (sheetName, rows, validRows, errorRows, warningRows) =>
    `“${sheetName}”: ${number(validRows)} valid ${validRows === 1 ? 'row' : 'rows'} of ${number(rows)}` +
    (errorRows > 0 ? ` · ${number(errorRows)} with errors` : '') +
    (warningRows > 0 ? ` · ${number(warningRows)} with warnings` : '') +
    '.',
  groupsTitle: (groups, issues) =>
    `${number(issues)} ${issues === 1 ? 'issue' : 'issues'} under ${number(groups)} ${groups === 1 ? 'rule' : 'rules'}`,
  errors: 'Errors',
  warnings: 'Warnings',
  information: 'Information',
  ruleTitles: ruleTitlesEn,
  groupTitle: (count, text) => `${number(count)} × ${text}`,
  aboutColumn: (header, text) => (header ? `${header}: ${text}` : text),
  withSuggestion: (title, text) => `${title.replace(/\.$/, '')} — suggestion: ${text}`,
  showRows: (count) => (count === 1 ? 'Show the row' : `Show the ${lines(count)}`),
  hideRows: 'Hide the rows',
  rowOnly: (row) => `Row ${row}`,
  row: (row, address) => `Row ${row} (${address})`,
  rowWithText: (row, address, text) => `Row ${row} (${address}): ${text}`,
  goToCell: (address) => `Go to cell ${address}`,
  showMore: (count) => `Show ${number(count)} more`,
  validating: (sheetName) => `Validating “${sheetName}”…`,
  validatingSheet: 'Validating the sheet…',
  validated: (sheetName, rows, validRows) => `Validation done: “${sheetName}”, ${number(validRows)} valid of ${lines(rows)}.`,
  importProgress: (done, total) => `Import: ${number(done)} / ${number(total)} rows`,
  importEnded: (created, updated, failed) =>
    `Import done: ${number(created)} created, ${number(updated)} updated, ${number(failed)} with errors.`,
  reverted: 'Import undone.',
  otherSheet: (sheetName) => `Last import: sheet “${sheetName}”.`,
  failedGroupsTitle: (rows) => `${lines(rows)} with errors, by reason`,
  refused: 'Row refused by the client base',
};

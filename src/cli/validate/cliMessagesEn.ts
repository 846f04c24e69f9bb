import { MAPPING_TARGETS } from '@/domain';
import type { cliMessagesFr } from './cliMessagesFr';
import { formatNumber } from '@/domain/messages/formatNumber';

const targets = MAPPING_TARGETS.join(', ');

/** The validate command's English texts: same keys as the French catalogue. */
export const cliMessagesEn: typeof cliMessagesFr = {
  usage:
    'Usage: npm run validate -- FILE [--json] [--lang en] [--sheet NAME] [--home CC] [--mapping MAPPING.json] [--map "HEADER=TARGET"]…',
  badLang: (value) => `Unsupported language "${value}": fr or en.`,
  badHome: (value) => `Invalid home country "${value}": a two-letter ISO code (CH, FR, DE…).`,
  unknownOption: (value) => `Unknown option "${value}".`,
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  mapping: {
    mapSyntax: (entry) =>
      `--map "${entry}": write HEADER=TARGET (a header of at most 200 characters, then = and the target; the header may contain =, the target follows the last one).`,
    mapTarget: (entry, target) =>
      `--map "${entry}": unknown target "${target}"; possible targets: ${targets}, or a template header (Nom, Prénom, E-mail…).`,
    fileJson: (file, line, column) => `Mapping ${file}: unreadable JSON${line === null ? '' : ` (line ${line}, column ${column ?? 1})`}.`,
    fileTarget: (file, path, target) => `Mapping ${file}, ${path}: unknown target "${target}"; possible targets: ${targets}.`,
    fileEntry: {
      required: (file, path) => `Mapping ${file}, ${path}: value required, cannot be empty.`,
      tooLong: (file, path, max) => `Mapping ${file}, ${path}: at most ${formatNumber(max, 'en')} characters.`,
      tooMany: (file, path, max) => `Mapping ${file}, ${path}: at most ${formatNumber(max, 'en')} items.`,
      shape: (file, path) =>
        `Mapping ${file}${path === '' ? '' : `, ${path}`}: expected { "columns": [{ "header": "…", "target": "…" }] } or a list [{ "header", "target" }].`,
    },
  },
  readFailure: {
    notFound: 'file not found.',
    notAFile: 'not a file.',
    empty: 'the file is empty.',
    notSpreadsheet: 'not an .xlsx workbook nor a .csv file.',
    passwordProtected: 'the workbook is password-protected; save it without a password.',
    legacyXls: 'old .xls format (Excel 97-2003); save it as .xlsx.',
    openDocument: 'an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice); open it and save it as .xlsx.',
    appleNumbers: 'an Apple Numbers file; in Numbers, choose File > Export To > Excel to save it as .xlsx.',
    excelLockFile:
      'the small "~$" file Excel keeps while a workbook is open, not the workbook; choose the file with the same name without "~$".',
    sheetNotFound: 'sheet not found.',
    tooLarge: 'the workbook is too large.',
  },
  fileLine: (file, sheet) => `File: ${file} — sheet "${sheet}"`,
  headerRow: (row) => (row === null ? 'Header row: not found' : `Header row: ${row}`),
  mapped: (count) => `Recognised columns (${count}):`,
  missingRequired: 'Missing required columns:',
  unknown: 'Unknown columns (ignored):',
  ignored: 'Columns ignored by the mapping:',
  alternatives: 'Alternative columns (not read):',
  duplicate: 'Duplicate headers (not read):',
  summary: (rows, valid, errors, warnings) =>
    `${rows} row${rows === 1 ? '' : 's'}, ${valid} valid, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  row: (row) => `Row ${row}`,
  column: (letter, header) => `${letter === null ? '' : `${letter} `}"${header}"`,
  issueLine: (where, severity, message) => `${where === '' ? '' : `${where}: `}${severity} — ${message}`,
  severity: { error: 'error', warning: 'warning', info: 'information' },
  suggestion: (text) => `Suggestion: ${text}`,
  noIssue: 'No problem: the file can be imported.',
};

// The file parser (src/spreadsheet: unzip, XML and CSV readers, shared with `npm run validate`), in its own module: importFileAsSheet loads it
// with import() only when a file is picked, so it stays out of the pane's first bundle.
export { classifySpreadsheetFile } from '@/spreadsheet/detectFileKind';
export { ReadFailure } from '@/spreadsheet/ReadFailure';
export { readSpreadsheet } from '@/spreadsheet/readSpreadsheet';
export { readWorkbookSheets } from '@/spreadsheet/xlsx/readXlsx';

// The file parser (unzip, XML and CSV readers of `npm run validate`), in its own module: importFileAsSheet loads it
// with import() only when a file is picked, so it stays out of the pane's first bundle.
export { detectFileKind, isEncryptedOfficeFile } from '../../cli/validate/detectFileKind';
export { ReadFailure } from '../../cli/validate/ReadFailure';
export { readSpreadsheet } from '../../cli/validate/readSpreadsheet';

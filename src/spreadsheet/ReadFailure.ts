/** Why a file cannot be read as a spreadsheet: a closed list; the text shown comes from the code. */
export const READ_FAILURE_CODES = [
  'notFound',
  'notAFile',
  'empty',
  'notSpreadsheet',
  'passwordProtected',
  'legacyXls',
  'openDocument',
  'appleNumbers',
  'excelLockFile',
  'sheetNotFound',
  'tooLarge',
] as const;
export type ReadFailureCode = (typeof READ_FAILURE_CODES)[number];

/** Thrown by the file readers; the command turns it into exit code 2 and a one-line reason. */
export class ReadFailure extends Error {
  readonly code: ReadFailureCode;
  readonly detail: string | undefined;

  constructor(code: ReadFailureCode, detail?: string) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = 'ReadFailure';
    this.code = code;
    this.detail = detail;
  }
}

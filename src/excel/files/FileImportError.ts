/** Why a file cannot become a sheet: a closed list; the text shown comes from the code (describeFileImportError). */
export const FileImportErrorCode = [
  'unsupported_type',
  'too_large',
  'password_protected',
  'legacy_xls',
  'open_document',
  'apple_numbers',
  'lock_file',
  'unreadable',
  'empty',
] as const;
export type FileImportErrorCode = (typeof FileImportErrorCode)[number];

/** A file refused before anything is written into the workbook. */
export class FileImportError extends Error {
  constructor(readonly code: FileImportErrorCode) {
    super(`File import failed: ${code}`);
    this.name = 'FileImportError';
  }
}

export function isFileImportError(error: unknown): error is FileImportError {
  return error instanceof FileImportError;
}

/** The largest file the pane takes: 10 MB (a client list of about 100,000 rows as .xlsx). */
export const maxImportFileBytes = 10 * 1024 * 1024;
/** The most cells a parsed file may hold (18 template columns × about 110,000 rows). */
export const maxImportFileCells = 2_000_000;
/** The extensions the pane accepts. */
export const importFileExtensions = ['.xlsx', '.csv'] as const;

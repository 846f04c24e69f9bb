/** The largest file the pane takes: 10 MB (a client list of about 100,000 rows as .xlsx). */
export const maxImportFileBytes = 10 * 1024 * 1024;
/** The most cells a parsed file may hold (18 template columns × about 110,000 rows). */
export const maxImportFileCells = 2_000_000;
/** The extensions the pane accepts. */
export const importFileExtensions = ['.xlsx', '.csv'] as const;
/** Other programs' spreadsheet files: refused after a look at their bytes, with a message that says how to save them as .xlsx. */
export const otherSpreadsheetExtensions = ['.xls', '.xlsm', '.xlsb', '.ods', '.numbers'] as const;

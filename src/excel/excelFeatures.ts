import { isApiSetSupported } from './officeHost';

/** The API sets above ExcelApi 1.9 the add-in uses, each with the fallback taken when it is missing. */
export const excelApiSets = {
  /** Worksheet.customProperties: else the template tag is a workbook custom property (1.7) keyed by sheet id. */
  sheetCustomProperties: '1.12',
  /** Workbook.insertWorksheetsFromBase64: else a file is parsed in the pane and written as values. */
  insertWorksheetsFromBase64: '1.13',
  /** Worksheet.notes: else messages go to an "Anomalies" column at the end of each row. */
  notes: '1.18',
  /** Excel.run({ mergeUndoGroup }): else each sync is its own undo step. */
  mergeUndoGroup: '1.20',
} as const;

export type ExcelFeature = keyof typeof excelApiSets;
export type ExcelFeatures = Record<ExcelFeature, boolean>;

/** Which of those API sets the running Excel supports (all false outside Office). */
export function detectExcelFeatures(): ExcelFeatures {
  return {
    sheetCustomProperties: isApiSetSupported(excelApiSets.sheetCustomProperties),
    insertWorksheetsFromBase64: isApiSetSupported(excelApiSets.insertWorksheetsFromBase64),
    notes: isApiSetSupported(excelApiSets.notes),
    mergeUndoGroup: isApiSetSupported(excelApiSets.mergeUndoGroup),
  };
}

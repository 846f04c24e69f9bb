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

/**
 * The API sets of validation as you type, apart from the operations' features (ExcelFeatures): Worksheet.onChanged
 * (ExcelApi 1.7; else a sheet is validated on request only), and the event's triggerSource (1.14; else the add-in tells
 * its own writes apart by where and when they happen).
 */
export const changeEventApiSets = { changeEvents: '1.7', changeTriggerSource: '1.14' } as const;

export type ChangeEventFeatures = Record<keyof typeof changeEventApiSets, boolean>;

/** Whether the running Excel raises Worksheet.onChanged, and says which changes the add-in made (all false outside Office). */
export function detectChangeEvents(): ChangeEventFeatures {
  return {
    changeEvents: isApiSetSupported(changeEventApiSets.changeEvents),
    changeTriggerSource: isApiSetSupported(changeEventApiSets.changeTriggerSource),
  };
}

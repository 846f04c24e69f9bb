import { ExcelOperationError } from './ExcelOperationError';
import { toExcelOperationError } from './toExcelOperationError';

/** Options of Excel.run used by the add-in (mergeUndoGroup: ExcelApi 1.20; pass it only where supported). */
export type RunExcelOptions = { mergeUndoGroup?: boolean };

/**
 * Excel.run, with every failure turned into an ExcelOperationError (closed code list).
 * Outside Excel (no Excel global) it fails with 'not_in_excel'.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunExcelOptions): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new ExcelOperationError('not_in_excel');
  }
  try {
    return await (options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, batch) : Excel.run(batch));
  } catch (error) {
    throw toExcelOperationError(error);
  }
}

import { ExcelOperationError } from './ExcelOperationError';
import { toExcelOperationError } from './toExcelOperationError';

/**
 * Excel.run, with every failure turned into an ExcelOperationError (closed code list).
 * Outside Excel (no Excel global) it fails with 'not_in_excel'.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new ExcelOperationError('not_in_excel');
  }
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toExcelOperationError(error);
  }
}

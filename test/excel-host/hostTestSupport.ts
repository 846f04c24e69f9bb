import { createExcelHost, type ExcelHost, type ExcelHostOptions } from './createExcelHost';
import type { HostRequestContext } from './proxy/HostRequestContext';

/** A host with one sheet "Clients" filled from A1, and a run() bound to it. */
export function makeHost(values: unknown[][] = [], options: ExcelHostOptions = {}) {
  const host: ExcelHost = createExcelHost(options);
  host.workbook.addSheet('Clients', values);
  const run = <T>(batch: (context: HostRequestContext) => Promise<T>) => host.Excel.run(batch);
  return { host, run };
}

/** The rejection of a promise, for asserting on its code. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ code?: string; name?: string; message?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string };
  }
  throw new Error('expected the promise to reject');
}

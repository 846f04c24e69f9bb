import { createExcelHost, type ExcelHostOptions } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';
import type { WorkbookModel } from '../excel-host/model/WorkbookModel';
import type { OfficeJsSyncRecord } from './OfficeJsSyncStats';
import { officeJsOnce } from './officeJsHostSupport';
import { createOfficeJsHost, installOfficeJsHost } from './createOfficeJsHost';

/** One host's outcome of an operation: what it returned (or the error code it failed with), its requests, the workbook. */
export type HostOutcome<T> = {
  result: T | undefined;
  error: { name?: string; code?: string; officeCode?: string | null } | null;
  /** Round trips the add-in's code made (office.js's closing cleanup request left out). */
  syncs: number;
  /** The cleanup requests (real client only; 0 on test/excel-host). */
  cleanups: number;
  requestBytes: number[];
  workbook: WorkbookModel;
};

/** Runs `operation` on test/excel-host's fake proxies and on the real office.js over the protocol host, each on a fresh workbook. */
export async function onBothHosts<T>(
  setUp: (workbook: WorkbookModel) => void,
  operation: () => Promise<T>,
  options: ExcelHostOptions = {},
): Promise<{ fake: HostOutcome<T>; real: HostOutcome<T> }> {
  const fakeHost = createExcelHost(options);
  setUp(fakeHost.workbook);
  fakeHost.resetStats();
  const uninstallFake = installExcelHost(fakeHost);
  const fake = await outcomeOf(operation, fakeHost.workbook, () => ({
    records: fakeHost.stats.history.map((record) => ({ ...record, cleanup: false })),
  }));
  uninstallFake();

  const officeJs = officeJsOnce();
  const realHost = createOfficeJsHost(officeJs, options);
  setUp(realHost.workbook);
  realHost.resetStats();
  const uninstallReal = installOfficeJsHost(realHost);
  const real = await outcomeOf(operation, realHost.workbook, () => ({ records: realHost.stats.history }));
  uninstallReal();
  expect({ outsideRequests: officeJs.outsideRequests, gaps: realHost.gaps }).toEqual({ outsideRequests: [], gaps: [] });
  return { fake, real };
}

async function outcomeOf<T>(
  operation: () => Promise<T>,
  workbook: WorkbookModel,
  stats: () => { records: OfficeJsSyncRecord[] },
): Promise<HostOutcome<T>> {
  let result: T | undefined;
  let error: HostOutcome<T>['error'] = null;
  try {
    result = await operation();
  } catch (caught) {
    error = caught as HostOutcome<T>['error'];
  }
  const { records } = stats();
  return {
    result,
    error: error && { name: error.name, code: error.code, officeCode: error.officeCode },
    syncs: records.filter((record) => !record.cleanup).length,
    cleanups: records.filter((record) => record.cleanup).length,
    requestBytes: records.filter((record) => !record.cleanup).map((record) => record.requestBytes),
    workbook,
  };
}

/** Everything a test can see of a workbook: each sheet's values, formats of its used cells, layout, tables, properties. */
export function workbookSnapshot(workbook: WorkbookModel): unknown {
  return {
    active: workbook.activeSheetName,
    selection: workbook.selectedAddress,
    sheets: workbook.liveSheets().map((sheet) => {
      const { rowCount, columnCount } = sheet.extent();
      const cells: Record<string, unknown> = {};
      for (let row = 0; row < rowCount; row += 1) {
        for (let column = 0; column < columnCount; column += 1) cells[`${row},${column}`] = sheet.snapshot(row, column);
      }
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        frozen: [sheet.frozenRows, sheet.frozenColumns],
        cells,
        validations: sheet.validations,
        customProperties: [...sheet.customProperties.values()],
        columnWidths: [...sheet.columnWidths.entries()],
        hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
      };
    }),
    tables: workbook.tables.map((table) => ({ name: table.name, sheet: table.sheet.name, rect: table.rect })),
    customProperties: [...workbook.customProperties.values()],
  };
}

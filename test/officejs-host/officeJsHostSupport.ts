import type { ExcelHostOptions } from '../excel-host/createExcelHost';
import { createOfficeJsHost, installOfficeJsHost, type OfficeJsHost } from './createOfficeJsHost';
import { loadOfficeJs, type LoadedOfficeJs } from './loadOfficeJs';

let loaded: LoadedOfficeJs | undefined;

/** office.js, evaluated once per test file (jest gives each file its own module registry). */
export function officeJsOnce(): LoadedOfficeJs {
  loaded ??= loadOfficeJs();
  return loaded;
}

/**
 * A protocol host with one sheet "Clients" filled from A1, installed as the globals; call the returned uninstall
 * after the test (it also fails the test if office.js tried to reach the network or hit a gap of the host).
 */
export function startOfficeJsHost(
  values: unknown[][] | null = [],
  options: ExcelHostOptions = {},
): { host: OfficeJsHost; uninstall: () => void } {
  const officeJs = officeJsOnce();
  const host = createOfficeJsHost(officeJs, options);
  if (values !== null) host.workbook.addSheet('Clients', values);
  const restore = installOfficeJsHost(host);
  return {
    host,
    uninstall: () => {
      restore();
      expect({ outsideRequests: officeJs.outsideRequests, gaps: host.gaps }).toEqual({ outsideRequests: [], gaps: [] });
    },
  };
}

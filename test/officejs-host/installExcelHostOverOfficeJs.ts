import type { ExcelHost } from '../excel-host/createExcelHost';
import { compareVersions } from '../excel-host/compareVersions';
// "./" keeps this import out of the real-client project's mapping of installExcelHost (which points here).
import { installExcelHost as installFakeProxies } from '../excel-host/./installExcelHost';
import { createOfficeJsHostOver, installOfficeJsHost } from './createOfficeJsHost';
import { firstVersionBeyondBuild } from './officeJsBuild';
import { officeJsOnce } from './officeJsHostSupport';

/** What each install of this test file ran on. */
export const installs = { realClient: 0, modelAlone: 0 };

/**
 * test/excel-host's installExcelHost, with the real office.js in place of the fake proxies: the same workbook, limits,
 * API sets and stats (the add-in's requests), so a test written for test/excel-host runs unchanged on the real client
 * (the real-client jest project maps installExcelHost here). A gap of the protocol host or a request to the network
 * fails at uninstall. A host reporting ExcelApi 1.18 or later asks for notes, which the build does not have: it stays
 * on the fake proxies (the model alone), as the README of test/officejs-host lists.
 */
export function installExcelHost(host: ExcelHost, target: object = globalThis): () => void {
  if (compareVersions(host.apiSets.ExcelApi, firstVersionBeyondBuild) >= 0) {
    installs.modelAlone += 1;
    return installFakeProxies(host, target);
  }
  installs.realClient += 1;
  const officeJs = officeJsOnce();
  const officeJsHost = createOfficeJsHostOver(officeJs, host);
  const uninstall = installOfficeJsHost(officeJsHost, target);
  return () => {
    uninstall();
    const problems = [...officeJsHost.gaps, ...officeJs.outsideRequests.map((request) => `${request.kind} ${request.url}`)];
    officeJsHost.gaps.length = 0;
    if (problems.length > 0) throw new Error(`officejs-host: ${problems.join('; ')}`);
  };
}

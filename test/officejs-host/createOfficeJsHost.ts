import { createExcelHost, type ExcelHost, type ExcelHostOptions } from '../excel-host/createExcelHost';
import { createShimContext, hostTypes, platformTypes, shimReadyInfo } from '../excel-host/createOfficeShim';
import type { ExcelLimits } from '../excel-host/ExcelLimits';
import type { ModelListener, WorkbookModel } from '../excel-host/model/WorkbookModel';
import type { LoadedOfficeJs } from './loadOfficeJs';
import type { OfficeTheme } from './officeThemes';
import type { OfficeJsSyncStats } from './OfficeJsSyncStats';
import { OfficeJsEvents } from './OfficeJsEvents';
import { RichApiExecutor } from './RichApiExecutor';

export type OfficeJsHost = {
  /** The real office.js the requests come from. */
  officeJs: LoadedOfficeJs;
  /** The workbook the requests are answered from (test/excel-host's model), for tests and the preview. */
  workbook: WorkbookModel;
  stats: OfficeJsSyncStats;
  resetStats: () => void;
  /** The last request body office.js sent, as the text Excel receives (JSON of `{ Actions, ObjectPaths }`). */
  lastRequestText: string | null;
  /** Requests the host could not answer (APIs the model lacks); a test asserts it stays empty. */
  gaps: string[];
  subscribe: (listener: ModelListener) => () => void;
  displayLanguage: string;
  apiSets: { ExcelApi: string };
  limits: ExcelLimits;
};

/** The office.js request-URL resolver SessionBase._overrideSession expects (ClientRequestContext reads it). */
type OverrideSession = {
  _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }>;
  _createRequestExecutorOrNull(): RichApiExecutor;
};

/**
 * A protocol host: the workbook of test/excel-host (same options: display language, ExcelApi version, limits),
 * answering the RichApi requests of the real office.js loaded by loadOfficeJs. Install it with installOfficeJsHost.
 */
export function createOfficeJsHost(officeJs: LoadedOfficeJs, options: ExcelHostOptions = {}): OfficeJsHost {
  return createOfficeJsHostOver(officeJs, createExcelHost(options));
}

/**
 * A protocol host over an existing test/excel-host (its workbook, limits and API sets), whose `stats` also count the
 * add-in's requests (office.js's cleanup requests left out): tests written for test/excel-host keep their assertions.
 */
export function createOfficeJsHostOver(officeJs: LoadedOfficeJs, excel: ExcelHost): OfficeJsHost {
  const stats: OfficeJsSyncStats = { syncs: 0, cleanups: 0, requestBytes: 0, responseBytes: 0, history: [] };
  const host: OfficeJsHost = {
    officeJs,
    workbook: excel.workbook,
    stats,
    resetStats: () => {
      stats.syncs = 0;
      stats.cleanups = 0;
      stats.requestBytes = 0;
      stats.responseBytes = 0;
      stats.history.length = 0;
    },
    lastRequestText: null,
    gaps: [],
    subscribe: excel.subscribe,
    displayLanguage: excel.displayLanguage,
    apiSets: excel.apiSets,
    limits: excel.limits,
  };
  excelHosts.set(host, excel);
  return host;
}

/** The test/excel-host behind each host (its shim context answers Office.context). */
const excelHosts = new WeakMap<OfficeJsHost, ExcelHost>();

/**
 * Makes `host` answer office.js and puts office.js's real `Excel`, `Office` and `OfficeExtension` on `target`
 * (globalThis by default), where src/excel finds them:
 * - `OfficeExtension.SessionBase._overrideSession`: every RequestContext (Excel.run's included) gets its requests
 *   executed by a RichApiExecutor over the host's workbook;
 * - `OSF._OfficeAppFactory.getContext()` (what `Office.context` reads; the loader script office.js defines it, the
 *   host build alone does not): displayLanguage and `requirements.isSetSupported` from the host's options, so
 *   office.js's own API-set checks (`ApiNotFound` at the call) follow them;
 * - `officeTheme` when `options.officeTheme` gives one (see officeThemes.ts);
 * - `Office.onReady`, `Office.HostType`, `Office.PlatformType` (also the loader's), as in Excel on the web.
 * Returns a function that undoes all of it.
 */
export function installOfficeJsHost(
  host: OfficeJsHost,
  target: object = globalThis,
  options: { officeTheme?: OfficeTheme } = {},
): () => void {
  const excel = excelHosts.get(host);
  if (!excel) throw new Error('officejs-host: installOfficeJsHost takes a host made by createOfficeJsHost');
  const { window, OfficeExtension: officeExtension, Office: office } = host.officeJs;
  const sessionBase = (officeExtension as unknown as { SessionBase: { prototype: object; _overrideSession?: unknown } }).SessionBase;
  const environment = {
    officeJs: host.officeJs,
    excel: {
      model: host.workbook,
      // Sizes are checked on the real request and response bodies, by the executor.
      limits: { ...host.limits, maxRequestBytes: Infinity, maxResponseBytes: Infinity },
      stats: { syncs: 0, requestBytes: 0, responseBytes: 0, history: [] },
      excelApi: host.apiSets.ExcelApi,
      // The known failures a test turns on (host.faults) apply to the real client's requests too.
      faults: excel.faults,
    },
    limits: host.limits,
    stats: host.stats,
    mirror: excel.stats,
    gaps: host.gaps,
    onRequestText: (text: string) => (host.lastRequestText = text),
    events: new OfficeJsEvents(host.officeJs, host.workbook, host.apiSets.ExcelApi),
  };
  const session: OverrideSession = Object.assign(Object.create(sessionBase.prototype) as object, {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'http://document.localhost/', headers: {} }),
    _createRequestExecutorOrNull: () => new RichApiExecutor(environment),
  });
  const shim = createShimContext(excel);
  const context = {
    ...shim,
    // Office.context.officeTheme, as Excel on Windows and Mac give it (Excel on the web gives none).
    ...(options.officeTheme ? { officeTheme: { ...options.officeTheme } } : {}),
    requirements: {
      // DelayForCellEdit: Excel.run({ delayForCellEdit }) sets its request flag only where it is supported.
      isSetSupported: (name: string, version?: string | number) =>
        name === 'DelayForCellEdit' || shim.requirements.isSetSupported(name, version),
    },
  };
  const osf = window.OSF;
  const previousFactory = osf._OfficeAppFactory;
  osf._OfficeAppFactory = {
    getContext: () => context,
    getHostInfo: () => ({ hostType: 'excel', hostPlatform: 'web', isDialog: false }),
    getId: () => 'officejs-host',
  };
  const officeAdditions: Record<string, unknown> = {
    onReady: (callback?: (info: typeof shimReadyInfo) => void) => {
      callback?.(shimReadyInfo);
      return Promise.resolve(shimReadyInfo);
    },
    HostType: hostTypes,
    PlatformType: platformTypes,
  };
  const added = Object.keys(officeAdditions).filter((name) => !(name in office));
  for (const name of added) office[name] = officeAdditions[name];
  sessionBase._overrideSession = session;

  const slots = target as Record<string, unknown>;
  const globals = { Excel: host.officeJs.Excel, Office: office, OfficeExtension: officeExtension };
  const previous = Object.keys(globals).map((name) => ({ name, present: name in slots, value: slots[name] }));
  Object.assign(slots, globals);

  return () => {
    environment.events.dispose();
    sessionBase._overrideSession = undefined;
    osf._OfficeAppFactory = previousFactory;
    for (const name of added) delete office[name];
    for (const { name, present, value } of previous) {
      if (present) slots[name] = value;
      else delete slots[name];
    }
  };
}

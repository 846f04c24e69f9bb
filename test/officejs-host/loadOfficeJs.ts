import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import { officeJsBuild } from './officeJsBuild';

const buildPath = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', officeJsBuild);

/** An attempt of the loaded office.js (or of anything in its window) to reach outside the process. */
export type OutsideRequest = { kind: 'resource' | 'xhr' | 'fetch' | 'websocket' | 'beacon' | 'window.open'; url: string };

/** The window-realm objects the tests use (typed loosely: office.js's own types describe the add-in's side). */
export type OfficeJsWindow = Window &
  typeof globalThis & {
    Excel: typeof Excel;
    Office: Record<string, unknown>;
    OfficeExtension: typeof OfficeExtension & Record<string, unknown>;
    OSF: Record<string, unknown>;
  };

export type LoadedOfficeJs = {
  window: OfficeJsWindow;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & Record<string, unknown>;
  Office: Record<string, unknown>;
  /** Every request the window tried to send; each was refused. Tests assert it stays empty. */
  outsideRequests: OutsideRequest[];
  /** Errors jsdom reported from the window (uncaught exceptions of office.js), as text. */
  windowErrors: string[];
};

class RefusingResourceLoader extends ResourceLoader {
  constructor(private readonly onRequest: (url: string) => void) {
    super();
  }

  override fetch(url: string, _options: FetchOptions): null {
    this.onRequest(url);
    return null;
  }
}

/** Replaces the window's ways out (XHR, fetch, WebSocket, sendBeacon, window.open) with recorders that refuse. */
function guardNetwork(window: OfficeJsWindow, record: (request: OutsideRequest) => void): void {
  const refuse = (kind: OutsideRequest['kind'], url: unknown) => {
    record({ kind, url: String(url) });
    return new Error(`officejs-host: ${kind} to ${String(url)} refused (no network in tests)`);
  };
  class RefusedXMLHttpRequest {
    open(_method: string, url: string): void {
      throw refuse('xhr', url);
    }
    send(): void {
      throw refuse('xhr', '(send without open)');
    }
  }
  class RefusedWebSocket {
    constructor(url: string) {
      throw refuse('websocket', url);
    }
  }
  Object.assign(window, {
    XMLHttpRequest: RefusedXMLHttpRequest,
    WebSocket: RefusedWebSocket,
    fetch: (input: unknown) => Promise.reject(refuse('fetch', input)),
    open: (url: unknown) => {
      refuse('window.open', url);
      return null;
    },
  });
  Object.defineProperty(window.navigator, 'sendBeacon', {
    configurable: true,
    value: (url: unknown) => {
      refuse('beacon', url);
      return false;
    },
  });
}

let source: string | undefined;

/**
 * Evaluates office.js's Excel-on-the-web build in a fresh jsdom window (a page of https://localhost:3000) and
 * returns its real `Excel`, `OfficeExtension` and `Office`. No request leaves: sub-resources (frames, scripts)
 * are refused by the resource loader, and XHR, fetch, WebSocket, sendBeacon and window.open are replaced by
 * recorders that refuse; every attempt is listed in `outsideRequests`. About 100 ms; call it once per test file.
 */
export function loadOfficeJs(): LoadedOfficeJs {
  source ??= readFileSync(buildPath, 'utf8');
  const outsideRequests: OutsideRequest[] = [];
  const windowErrors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => windowErrors.push(error.message));
  const dom = new JSDOM('<!doctype html><html><head><title>officejs-host</title></head><body></body></html>', {
    url: 'https://localhost:3000/taskpane.html',
    runScripts: 'outside-only',
    resources: new RefusingResourceLoader((url) => outsideRequests.push({ kind: 'resource', url })),
    virtualConsole,
    pretendToBeVisual: false,
  });
  const window = dom.window as unknown as OfficeJsWindow;
  guardNetwork(window, (request) => outsideRequests.push(request));
  window.eval(source);
  if (typeof window.Excel?.run !== 'function' || typeof window.OfficeExtension?.ClientRequestContext !== 'function') {
    throw new Error(`officejs-host: ${officeJsBuild} did not define Excel.run and OfficeExtension`);
  }
  return {
    window,
    Excel: window.Excel,
    OfficeExtension: window.OfficeExtension,
    Office: window.Office,
    outsideRequests,
    windowErrors,
  };
}

import type { ExcelLimits } from '../excel-host/ExcelLimits';
import type { HostEnvironment } from '../excel-host/HostEnvironment';
import { HostOfficeError } from '../excel-host/HostOfficeError';
import { HostRequestContext, type HostRunOptions } from '../excel-host/proxy/HostRequestContext';
import type { SyncStats } from '../excel-host/SyncRecord';
import { utf8ByteLength } from '../excel-host/utf8ByteLength';
import type { LoadedOfficeJs } from './loadOfficeJs';
import type { OfficeJsEvents } from './OfficeJsEvents';
import { OfficeJsHostGap } from './OfficeJsHostGap';
import type { OfficeJsSyncRecord, OfficeJsSyncStats } from './OfficeJsSyncStats';
import { ActionFailure, type Proxy, RequestRun, type RunExecutor } from './RequestRun';
import {
  ActionType,
  type RequestBody,
  type RequestExecutor,
  RequestFlags,
  type RequestMessage,
  type ResponseBody,
  type ResponseMessage,
} from './richApiProtocol';

/** What every executor of one host shares. */
export type ExecutorEnvironment = {
  officeJs: LoadedOfficeJs;
  /** The in-memory Excel that executes the actions: the model, its limits and API sets (its stats are scratch). */
  excel: HostEnvironment;
  /** Excel on the web's payload limits, checked here on the real request and response bodies. */
  limits: ExcelLimits;
  stats: OfficeJsSyncStats;
  /** test/excel-host's counters, given the add-in's requests (not office.js's cleanup requests). */
  mirror: SyncStats;
  gaps: string[];
  /** Called with each request body as office.js serialised it. */
  onRequestText: (text: string) => void;
  /** The host's events (Worksheet.onChanged), registered by requests. */
  events: OfficeJsEvents;
};

/** office.js's error codes of the Office host (RichApiMessageUtility.OfficeJsErrorCode_*, RequestContext's 5004). */
const officeJsErrorCodes = { requestPayloadSizeLimitExceeded: 5103, responsePayloadSizeLimitExceeded: 5104, invalidApiCallInContext: 5004 };

/**
 * office.js's IRequestExecutor, answering the real client's RichApi requests from the in-memory workbook.
 * One executor per RequestContext (office.js asks the session for one at the context's first sync), so the object
 * references it hands out (`_ReferenceId`, for the ranges office.js tracks) live as long as the context.
 *
 * Each action is executed by the in-memory Excel of test/excel-host (the model and its proxies, driven through
 * their public API: one owner for Excel's rules), one action at a time, in the order of the request; the first
 * action Excel refuses ends the request with an `Error` naming it (`ActionIndex`), and no results, as office.js
 * then applies nothing of that sync.
 */
export class RichApiExecutor implements RequestExecutor, RunExecutor {
  private readonly excel: HostRequestContext;
  private readonly runOptions: HostRunOptions = { delayForCellEdit: false };
  private readonly references = new Map<string, Proxy>();
  private readonly referenceOf = new WeakMap<Proxy, string>();
  private nextReference = 1;

  constructor(private readonly env: ExecutorEnvironment) {
    this.excel = new HostRequestContext(env.excel, this.runOptions);
  }

  async executeAsync(_customData: string, requestFlags: number, requestMessage: RequestMessage): Promise<ResponseMessage> {
    // What office.js's own executor sends to Excel (RichApiMessageUtility.buildMessageArrayForIRequestExecutor).
    const requestText = JSON.stringify(requestMessage.Body);
    this.env.onRequestText(requestText);
    const body = JSON.parse(requestText) as RequestBody;
    const record = this.record(body, utf8ByteLength(requestText));
    const { limits } = this.env;
    const { model } = this.env.excel;
    if (record.requestBytes > limits.maxRequestBytes) {
      return this.officeJsError(
        record,
        officeJsErrorCodes.requestPayloadSizeLimitExceeded,
        'The request payload size has exceeded the limit.',
      );
    }
    const delayForCellEdit = (requestFlags & RequestFlags.delayForCellEdit) !== 0;
    if (model.cellEditMode && !delayForCellEdit) {
      return this.officeJsError(record, officeJsErrorCodes.invalidApiCallInContext, 'Invalid API call in the current context.');
    }
    this.runOptions.delayForCellEdit = delayForCellEdit;
    this.env.excel.stats.history.length = 0;

    let responseBody: ResponseBody;
    const run = new RequestRun(this, body);
    try {
      responseBody = { Results: await run.execute() };
    } catch (error) {
      if (!(error instanceof ActionFailure)) {
        record.errorCode = 'HostGap';
        if (error instanceof OfficeJsHostGap) this.env.gaps.push(error.message);
        throw error;
      }
      const { error: failure, actionIndex } = error;
      record.errorCode = failure.code;
      responseBody = {
        Error: {
          Code: failure.code,
          Message: failure.message,
          Location: failure.debugInfo.errorLocation ?? '',
          ActionIndex: actionIndex,
          HttpStatusCode: failure.httpStatusCode,
        },
      };
    }
    if (run.traceIds.length > 0) responseBody.TraceIds = run.traceIds.map(String);
    const responseText = JSON.stringify(responseBody);
    record.responseBytes = utf8ByteLength(responseText);
    this.env.stats.responseBytes += record.responseBytes;
    if (!record.cleanup) this.env.mirror.responseBytes += record.responseBytes;
    if (record.responseBytes > limits.maxResponseBytes) {
      record.errorCode = null;
      return this.officeJsError(
        record,
        officeJsErrorCodes.responsePayloadSizeLimitExceeded,
        'The response payload size has exceeded the limit.',
      );
    }
    // As OfficeJsRequestExecutor does: the body is parsed in office.js's window.
    return { HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: this.env.officeJs.window.JSON.parse(responseText) };
  }

  // ---- RunExecutor: for the actions of each request ----------------------------------------------------

  get workbook(): Proxy {
    return this.excel.workbook as unknown as Proxy;
  }

  /** Executes what the proxies queued (one action's worth); Excel's refusals surface as HostOfficeError. */
  async flush(): Promise<void> {
    await this.excel.sync();
  }

  reference(id: string): Proxy {
    const proxy = this.references.get(id);
    if (!proxy) throw new HostOfficeError('InvalidObjectPath', { argument: id, location: id });
    return proxy;
  }

  keepReference(proxy: Proxy): void {
    if (this.referenceOf.has(proxy)) return;
    const id = `{officejs-host-reference-${this.nextReference}}${proxy._className}`;
    this.nextReference += 1;
    this.references.set(id, proxy);
    this.referenceOf.set(proxy, id);
  }

  removeReference(id: string): void {
    const proxy = this.references.get(id);
    this.references.delete(id);
    if (proxy) this.referenceOf.delete(proxy);
  }

  /**
   * How Excel names an object in a result, so office.js can find it again in later requests: the key of objects
   * with an id (office.js's generated `_handleIdResult` reads `Id`), and `_ReferenceId` once office.js kept it.
   */
  identity(proxy: Proxy): Record<string, unknown> {
    const identity: Record<string, unknown> = {};
    if (proxy._className === 'Worksheet' || proxy._className === 'Table') {
      identity.Id = (proxy._requireTarget() as { id: string }).id;
    }
    const reference = this.referenceOf.get(proxy);
    if (reference !== undefined) identity._ReferenceId = reference;
    return identity;
  }

  async registerEvent(method: string, worksheet: Proxy): Promise<void> {
    if (worksheet._className !== 'Worksheet') throw new OfficeJsHostGap(`${worksheet._className}.${method} is not modelled`);
    const sheet = worksheet.load('id') as unknown as { id: string };
    await this.flush();
    this.env.events.apply(method, sheet.id);
  }

  // ---- internals ----------------------------------------------------------------------------------------

  private record(body: RequestBody, requestBytes: number): OfficeJsSyncRecord {
    const { stats } = this.env;
    const methods = body.Actions.filter((action) => action.ActionType !== ActionType.instantiate);
    const cleanup =
      methods.length > 0 && methods.every((action) => action.ActionType === ActionType.method && action.Name === '_RemoveReference');
    const record: OfficeJsSyncRecord = {
      index: stats.history.length + 1,
      actionCount: body.Actions.length,
      requestBytes,
      responseBytes: 0,
      errorCode: null,
      cleanup,
    };
    stats.syncs += 1;
    if (cleanup) stats.cleanups += 1;
    stats.requestBytes += requestBytes;
    stats.history.push(record);
    if (!cleanup) {
      const { mirror } = this.env;
      mirror.syncs += 1;
      mirror.requestBytes += requestBytes;
      mirror.history.push(record);
    }
    return record;
  }

  /** The answer office.js's own executor builds when the Office host reports an error code instead of a body. */
  private officeJsError(record: OfficeJsSyncRecord, officeJsCode: number, message: string): ResponseMessage {
    const { RichApiMessageUtility } = this.env.officeJs.OfficeExtension as unknown as {
      RichApiMessageUtility: { buildResponseOnError(code: number, message: string): ResponseMessage };
    };
    const response = RichApiMessageUtility.buildResponseOnError(officeJsCode, message);
    // Excel.RequestContext._processOfficeJsErrorResponse: 5004 is the cell edit mode.
    const excelContext = this.env.officeJs.Excel.RequestContext.prototype as unknown as {
      _processOfficeJsErrorResponse(code: number, response: ResponseMessage): void;
    };
    excelContext._processOfficeJsErrorResponse(officeJsCode, response);
    record.errorCode = response.ErrorCode;
    return response;
  }
}

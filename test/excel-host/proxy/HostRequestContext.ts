import { compareVersions } from '../compareVersions';
import type { HostEnvironment } from '../HostEnvironment';
import { HostOfficeError } from '../HostOfficeError';
import { utf8ByteLength } from '../utf8ByteLength';
import { HostTrackedObjects } from './HostTrackedObjects';
import { HostWorkbook } from './HostWorkbook';
import type { ActionOutcome, SyncAction } from './SyncAction';

/** Excel.run's options the host honours: delayForCellEdit, and mergeUndoGroup (ExcelApi 1.20; ignored before, as office.js does). */
export type HostRunOptions = { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };

/**
 * Excel.RequestContext: holds the queue of actions; sync() sends them as one request, executes them in order,
 * and applies the loaded values to the proxies. A sync with nothing queued makes no round trip (as office.js).
 */
export class HostRequestContext {
  readonly workbook: HostWorkbook;
  readonly trackedObjects = new HostTrackedObjects();
  private queue: SyncAction[] = [];
  private objectIds = 0;
  private closed = false;

  constructor(
    readonly _env: HostEnvironment,
    private readonly options: HostRunOptions = {},
  ) {
    this.workbook = new HostWorkbook(this);
  }

  _nextObjectId(): number {
    this.objectIds += 1;
    return this.objectIds;
  }

  _enqueue(action: SyncAction): void {
    this.queue.push(action);
  }

  /** Called when Excel.run ends: later syncs on this context fail, as office.js invalidates the objects. */
  _close(): void {
    this.closed = true;
  }

  /** mergeUndoGroup is honoured from ExcelApi 1.20 on. */
  private groupsUndo(): boolean {
    return this._env.excelApi === undefined || compareVersions('1.20', this._env.excelApi) <= 0;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (actions.length === 0) return passThroughValue as T;
    if (this.closed) throw new HostOfficeError('InvalidRequestContext', { location: 'RequestContext.sync' });
    const { limits, model, stats } = this._env;
    const requestBytes = utf8ByteLength(JSON.stringify(actions.map((action) => action.request)));
    const record = {
      index: stats.history.length + 1,
      actionCount: actions.length,
      requestBytes,
      responseBytes: 0,
      errorCode: null as string | null,
    };
    stats.syncs += 1;
    stats.requestBytes += requestBytes;
    stats.history.push(record);
    let mutated = false;
    try {
      if (requestBytes > limits.maxRequestBytes) {
        throw new HostOfficeError('RequestPayloadSizeLimitExceeded', { location: 'RequestContext.sync' });
      }
      // Excel on Windows and Mac refuses the whole grouped request when one of its actions cannot be undone.
      if (this.options.mergeUndoGroup && this.groupsUndo() && actions.some((action) => action.withoutUndo)) {
        throw new HostOfficeError('UndoNotSupported', { location: 'RequestContext.sync' });
      }
      if (model.cellEditMode && !this.options.delayForCellEdit) {
        throw new HostOfficeError('InvalidOperationInCellEditMode', { location: 'RequestContext.sync' });
      }
      const outcomes: ActionOutcome[] = [];
      for (const action of actions) {
        mutated ||= action.mutates;
        outcomes.push(action.execute() ?? {});
      }
      const responseJson = JSON.stringify(outcomes.map((outcome) => outcome.response ?? null));
      const responseBytes = utf8ByteLength(responseJson);
      record.responseBytes = responseBytes;
      stats.responseBytes += responseBytes;
      if (responseBytes > limits.maxResponseBytes) {
        throw new HostOfficeError('ResponsePayloadSizeLimitExceeded', { location: 'RequestContext.sync' });
      }
      const responses = JSON.parse(responseJson) as unknown[];
      outcomes.forEach((outcome, index) => outcome.apply?.(responses[index]));
      return passThroughValue as T;
    } catch (error) {
      // A plain Error is a limitation or a bug of the host itself: surfaced as is, to be seen in the test output.
      record.errorCode = error instanceof HostOfficeError ? error.code : 'HostError';
      throw error;
    } finally {
      if (mutated) model.notify({ source: 'sync' });
      model.flushAddInWrites();
    }
  }
}

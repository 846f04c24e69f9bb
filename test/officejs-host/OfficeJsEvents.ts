import { worksheetChangedEventType, worksheetChangedMessage } from '../excel-host/events/worksheetChangedArgs';
import { compareVersions } from '../excel-host/compareVersions';
import { HostOfficeError } from '../excel-host/HostOfficeError';
import type { WorkbookModel } from '../excel-host/model/WorkbookModel';
import type { LoadedOfficeJs } from './loadOfficeJs';

/** office.js's event message category (GenericEventRegistration.richApiMessageEventCategory). */
const eventMessageCategory = 65536;

type RichApiEventMessage = {
  entries: { messageCategory: number; messageType: number; targetId: string; message: string }[];
};
type EventHooks = {
  _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(message: RichApiEventMessage): void;
};

/** The event registrations office.js sends in requests, by name; the rest of a request's methods are Excel's API. */
export const eventRegistrationMethods = new Set(['_RegisterDataChangedEvent', '_UnregisterDataChangedEvent']);

/**
 * Excel's side of Worksheet.onChanged for the real office.js client: a request's `_RegisterDataChangedEvent` on a
 * worksheet (what `onChanged.add` queues) makes the host send that sheet's cell changes — the user's edits and the
 * add-in's own writes, as Excel does — as RichApi event messages, each after the request that caused it; office.js
 * then calls the add-in's handlers with its own WorksheetChangedEventArgs. `_UnregisterDataChangedEvent` stops them.
 * Registrations are counted per sheet (office.js registers once per handler list).
 */
export class OfficeJsEvents {
  private readonly registered = new Map<string, number>();
  /** Stops sending (the host is uninstalled). */
  readonly dispose: () => void;

  constructor(
    private readonly officeJs: LoadedOfficeJs,
    model: WorkbookModel,
    private readonly excelApi: string,
  ) {
    const hooks = officeJs.OfficeExtension as unknown as EventHooks;
    // Excel's event channel is ready at once (office.js otherwise waits for the Office host's own registration).
    hooks._testSetRichApiMessageReadyImpl(() => Promise.resolve());
    this.dispose = model.onCellsChanged((change) => {
      if (!this.registered.has(change.sheetId)) return;
      const message = worksheetChangedMessage(change, this.excelApi);
      const entry = {
        messageCategory: eventMessageCategory,
        messageType: worksheetChangedEventType,
        targetId: change.sheetId,
        message: JSON.stringify(message),
      };
      // After the request that made the change has been answered, as Excel sends events on their own channel.
      this.officeJs.window.setTimeout(() => hooks._testTriggerRichApiMessageEvent({ entries: [entry] }), 0);
    });
  }

  /** A registration method of a request, on the worksheet `sheetId`. */
  apply(method: string, sheetId: string): void {
    // Before ExcelApi 1.7 Excel knows no such method.
    if (compareVersions('1.7', this.excelApi) > 0) throw new HostOfficeError('ApiNotFound', { location: `Worksheet.${method}` });
    const count = this.registered.get(sheetId) ?? 0;
    if (method === '_RegisterDataChangedEvent') this.registered.set(sheetId, count + 1);
    else if (count <= 1) this.registered.delete(sheetId);
    else this.registered.set(sheetId, count - 1);
  }
}

import { parseRectAddress } from '@/domain';
import { detectChangeEvents, type ChangeEventFeatures } from '../excelFeatures';
import { ExcelOperationError } from '../ExcelOperationError';
import { toExcelOperationError } from '../toExcelOperationError';
import { isInColumn, revalidateRows, type RevalidationBudgets, type SheetChange } from './revalidateRows';
import { liveValidationOf, type ActiveSheetValidation, type LiveValidation } from './validateActiveSheet';

export type ValidationWatchHandlers = {
  /** A re-validation ended: the validation of the sheet now (the report's list and counts). */
  onRevalidated: (result: ActiveSheetValidation) => void;
  /** A re-validation failed (an ExcelOperationError); the watch goes on. */
  onError: (error: unknown) => void;
};

export type ValidationWatch = {
  /** Stops listening (the handler is removed from Excel); a re-validation under way ends, its result unreported. */
  unwatch: () => Promise<void>;
};

export type WatchOptions = RevalidationBudgets & { events?: ChangeEventFeatures };

/**
 * Before ExcelApi 1.14 events do not say who made a change: one raised while a re-validation runs or this long after it
 * ended, on the cells re-validations write (the "Anomalies" column), is taken as the add-in's own.
 */
export const ownWriteWindowMs = 1000;

/**
 * Validation as you type: once `validation` marked its sheet, every change Excel reports on that sheet
 * (Worksheet.onChanged, ExcelApi 1.7) re-validates the rows it touched (revalidateRows) and reports the sheet's
 * validation now. The add-in's own writes are left out (triggerSource ThisLocalAddin from ExcelApi 1.14, else an
 * own-write window). Changes that come while a re-validation runs wait, gathered, for one more run over them all: a
 * paste is one event, a burst of events two runs at most. Returns null where Excel has no change events, or when the
 * validation cannot be continued.
 */
export async function watchSheetValidation(
  validation: ActiveSheetValidation,
  handlers: ValidationWatchHandlers,
  options: WatchOptions = {},
): Promise<ValidationWatch | null> {
  const events = options.events ?? detectChangeEvents();
  const first = liveValidationOf(validation);
  if (!events.changeEvents || first === undefined) return null;
  let live: LiveValidation = first;
  let pending: SheetChange[] = [];
  let running = false;
  let ownWritesUntil = 0;
  let stopped = false;

  const isOwnWrite = (address: string) => {
    if (!running && Date.now() > ownWritesUntil) return false;
    const rect = parseRectAddress(address.slice(address.lastIndexOf('!') + 1));
    return rect !== undefined && isInColumn(rect, live.anomaliesColumn);
  };

  const drain = async () => {
    while (pending.length > 0 && !stopped) {
      const changes = pending;
      pending = [];
      try {
        const result = await revalidateRows(live, changes, options);
        // A whole validation again goes to the active sheet: reported only when that is still the watched one.
        const next = result === null ? undefined : liveValidationOf(result);
        if (result !== null && next?.sheetId === live.sheetId && !stopped) {
          live = next;
          handlers.onRevalidated(result);
        }
      } catch (error) {
        if (!stopped) handlers.onError(error);
      } finally {
        ownWritesUntil = Date.now() + ownWriteWindowMs;
      }
    }
    running = false;
  };

  const onChanged = (args: Excel.WorksheetChangedEventArgs) => {
    if (stopped || args.triggerSource === 'ThisLocalAddin') return Promise.resolve();
    if (!events.changeTriggerSource && isOwnWrite(args.address)) return Promise.resolve();
    pending.push({ address: args.address, changeType: args.changeType });
    // The run starts on the next turn: the events of a burst (Excel delivers them one by one) go in one run.
    if (!running) {
      running = true;
      setTimeout(() => void drain(), 0);
    }
    return Promise.resolve();
  };

  // A context of its own, kept for the watch: the handler is removed through the context that added it.
  if (typeof Excel === 'undefined') throw new ExcelOperationError('not_in_excel');
  const context = new Excel.RequestContext();
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  try {
    registration = context.workbook.worksheets.getItem(live.sheetId).onChanged.add(onChanged);
    await context.sync();
  } catch (error) {
    throw toExcelOperationError(error);
  }
  return {
    unwatch: async () => {
      if (stopped) return;
      stopped = true;
      pending = [];
      try {
        registration.remove();
        await context.sync();
      } catch (error) {
        throw toExcelOperationError(error);
      }
    },
  };
}

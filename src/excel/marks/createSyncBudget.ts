/** Requests stay under this many bytes (Excel on the web refuses more than 5 MB; estimates are kept on the safe side). */
export const requestBudgetBytes = Math.floor(4.5 * 1024 * 1024);
/** Responses stay under this many bytes (Excel on the web refuses more than 5 MB). */
export const responseBudgetBytes = Math.floor(4.5 * 1024 * 1024);

export type SyncBudget = {
  /**
   * Call before queuing an action of about `bytes` whose answer weighs about `responseBytes`: syncs first when the
   * request or the response would pass its budget.
   */
  reserve: (bytes: number, responseBytes?: number) => Promise<void>;
  /**
   * Reserves room for an action that can wait for the next request: true when it fits in the request being built (always
   * when that one is empty), false when it does not (nothing is reserved then).
   */
  tryReserve: (bytes: number, responseBytes?: number) => boolean;
  /** Request bytes still free in the request being built. */
  requestLeft: () => number;
  /** Response bytes still free in the request being built. */
  responseLeft: () => number;
  /** Sends what is queued, reserved or not (no round trip when nothing is). */
  flush: () => Promise<void>;
};

/**
 * Splits a long series of queued actions into requests under the budgets: the number of syncs grows with the bytes
 * sent and received, never with the number of actions.
 */
export function createSyncBudget(context: Excel.RequestContext, maxBytes = requestBudgetBytes, maxResponseBytes = responseBudgetBytes): SyncBudget {
  let used = 0;
  let answered = 0;
  const flush = async () => {
    // office.js sends nothing when nothing is queued.
    await context.sync();
    used = 0;
    answered = 0;
  };
  const tryReserve = (bytes: number, responseBytes = 0) => {
    if ((used > 0 || answered > 0) && (used + bytes > maxBytes || answered + responseBytes > maxResponseBytes)) return false;
    used += bytes;
    answered += responseBytes;
    return true;
  };
  return {
    reserve: async (bytes, responseBytes = 0) => {
      if (tryReserve(bytes, responseBytes)) return;
      await flush();
      tryReserve(bytes, responseBytes);
    },
    tryReserve,
    requestLeft: () => Math.max(0, maxBytes - used),
    responseLeft: () => Math.max(0, maxResponseBytes - answered),
    flush,
  };
}

/** UTF-8 bytes of a text. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

/** The size of one queued action carrying `payload`: its JSON, escaped once more inside the request, plus an envelope. */
export function actionBytes(payload: unknown, envelope = 120): number {
  const json = JSON.stringify(payload ?? null);
  return utf8Bytes(json) + (json.match(/["\\]/g)?.length ?? 0) + envelope;
}

// Envelopes measured on office.js's own request builder (ExcelApi, Excel on the web's client library): the object
// paths and actions of each call, around its arguments.
/** Values written to a range (getRange(address).values = …): about 235 bytes around the values. */
export const rangeWriteEnvelope = 280;
/** A method that creates an object (notes.add): about 175 bytes. */
export const createCallEnvelope = 200;
/** An item by key, then a property set on it (notes.getItem(cell).content = …): about 270 bytes. */
export const itemSetEnvelope = 300;
/** An item by key, then a method on it (notes.getItem(cell).delete()): about 270 bytes. */
export const itemCallEnvelope = 300;
/** notes.getItemAt(i).getLocation().load(…): about 440 bytes. */
export const locateBytes = 480;

/** A getRanges(address) with its fill's pattern and colour set (about 630 bytes around the address). */
export function rangeAreasBytes(address: string): number {
  return Math.ceil(address.length * 1.1) + 700;
}

/** The answer to a load of a few small properties (a fill's colour and pattern, a cell's row and column). */
export const smallLoadResponseBytes = 120;

/** The answer to an action that creates an object (a note, a range): its id. */
export const createdObjectResponseBytes = 40;

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
export function createSyncBudget(
  context: Excel.RequestContext,
  maxBytes = requestBudgetBytes,
  maxResponseBytes = responseBudgetBytes,
): SyncBudget {
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

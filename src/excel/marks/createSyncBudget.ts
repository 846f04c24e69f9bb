/** Requests stay under this many bytes (Excel on the web refuses more than 5 MB; estimates are kept on the safe side). */
export const requestBudgetBytes = Math.floor(4.5 * 1024 * 1024);

export type SyncBudget = {
  /** Call before queuing an action of about `bytes`: syncs first when the request would pass the budget. */
  reserve: (bytes: number) => Promise<void>;
  /** Sends what is queued, reserved or not (no round trip when nothing is). */
  flush: () => Promise<void>;
};

/**
 * Splits a long series of queued actions into requests under the budget: the number of syncs grows with the bytes
 * sent, never with the number of actions.
 */
export function createSyncBudget(context: Excel.RequestContext, maxBytes = requestBudgetBytes): SyncBudget {
  let used = 0;
  return {
    reserve: async (bytes) => {
      if (used > 0 && used + bytes > maxBytes) {
        await context.sync();
        used = 0;
      }
      used += bytes;
    },
    flush: async () => {
      // office.js sends nothing when nothing is queued.
      await context.sync();
      used = 0;
    },
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
export function actionBytes(payload: unknown): number {
  const json = JSON.stringify(payload ?? null);
  return utf8Bytes(json) + (json.match(/["\\]/g)?.length ?? 0) + 120;
}

/** A getRanges(address) with a format.fill action on it: the address may travel with each object of the chain. */
export function rangeAreasBytes(address: string): number {
  return (address.length + 90) * 3 + 200;
}

/** One round trip to the (in-memory) Excel: what a context.sync() with queued actions carried. */
export type SyncRecord = {
  /** 1-based, in the order the round trips happened since the last resetStats(). */
  index: number;
  actionCount: number;
  /** UTF-8 bytes of the JSON request (every queued action, values written included). */
  requestBytes: number;
  /** UTF-8 bytes of the JSON response (every loaded value). 0 when the request was refused. */
  responseBytes: number;
  /** The error code the sync failed with, or null. */
  errorCode: string | null;
};

/** Counters since the last resetStats(). A sync with nothing queued makes no round trip and is not counted. */
export type SyncStats = {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  history: SyncRecord[];
};

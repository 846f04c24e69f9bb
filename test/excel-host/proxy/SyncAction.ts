/**
 * What executing one queued action produced: its part of the response, and what to apply locally on success.
 * `apply` receives the response as it comes back over the wire (JSON round trip), so loaded values are copies.
 */
export type ActionOutcome = { response?: unknown; apply?: (response: unknown) => void };

/**
 * One queued action, as office.js queues them: instantiate an object path, set a property, call a method,
 * query (load) properties. `request` is what the action would carry over the wire (counted in request bytes).
 */
export type SyncAction = {
  request: unknown;
  mutates: boolean;
  /** An API without undo support (Windows and Mac): a request grouped with mergeUndoGroup that holds it fails. */
  withoutUndo?: true;
  execute: () => ActionOutcome | void;
};

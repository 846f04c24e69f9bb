import type { LaunchAction } from '../readLaunchAction';

/**
 * How the ribbon asks the pane to do something without ever reloading it. Both ribbon buttons that show the pane use
 * one `TaskpaneId` and one `SourceLocation`: Office replaces an open pane's page when a button names another URL, which
 * would lose a form being edited or an import in progress. So the ribbon's "Importer" is a command (commands.html, no
 * shared runtime needed) that posts its request in the add-in origin's localStorage: an open pane takes it at once
 * (its `storage` event, and a poll every second where events do not cross runtimes) and acknowledges it; a pane
 * opened within two minutes takes it on load.
 */
export type LaunchStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type LaunchRequest = { id: string; action: LaunchAction; at: number };

export const LAUNCH_REQUEST_KEY = 'suivi-clients.launch-request';
export const LAUNCH_ACK_KEY = 'suivi-clients.launch-ack';
/** A request older than this is forgotten: the user did not mean it for a pane opened later. */
export const LAUNCH_FRESH_MS = 2 * 60_000;

function read(storage: LaunchStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: LaunchStorage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Storage full or refused: the request is simply not passed on.
  }
}

/** The add-in origin's localStorage, shared by the ribbon's function file and the pane; null where the runtime refuses it. */
export function originLaunchStorage(): LaunchStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Posts a request (the ribbon's command). */
export function postLaunchRequest(storage: LaunchStorage, request: LaunchRequest): void {
  write(storage, LAUNCH_REQUEST_KEY, JSON.stringify(request));
}

/** The request a pane should take now: fresh, of an action it knows, and not taken by a pane yet. */
export function pendingLaunchRequest(storage: LaunchStorage, now: number): LaunchRequest | null {
  const text = read(storage, LAUNCH_REQUEST_KEY);
  if (text === null) return null;
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof request !== 'object' || request === null) return null;
  const { id, action, at } = request as Record<string, unknown>;
  if (typeof id !== 'string' || action !== 'import' || typeof at !== 'number') return null;
  if (now - at > LAUNCH_FRESH_MS || at - now > 5_000) return null;
  if (read(storage, LAUNCH_ACK_KEY) === id) return null;
  return { id, action, at };
}

/** Marks a request as taken (the pane), so that no other pane and no later load takes it again. */
export function acknowledgeLaunchRequest(storage: LaunchStorage, id: string): void {
  write(storage, LAUNCH_ACK_KEY, id);
}

export function isLaunchAcknowledged(storage: LaunchStorage, id: string): boolean {
  return read(storage, LAUNCH_ACK_KEY) === id;
}

import { z } from 'zod';

/**
 * The add-in's connection to the client store. Same shape as contract's LocalStoreConfig (the dev server's
 * first-run config), so one can be saved as the other.
 */
export const StoreSettings = z.object({
  storeUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().min(1),
});
export type StoreSettings = z.infer<typeof StoreSettings>;

/** The part of the Web Storage API the settings need; tests pass their own. */
export type KeyValueStorage = {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
};

export const storeSettingsKey = 'suivi-clients.store-settings';

function createMemoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Used when localStorage is missing or refuses access (private mode, blocked storage). Lives as long as the pane. */
const memoryStorage = createMemoryStorage();

/**
 * The add-in origin's localStorage (per user and machine). Deliberately not Office.context.document.settings:
 * those travel inside the workbook, and a shared workbook would leak the token.
 */
function defaultStorage(): KeyValueStorage {
  try {
    const storage = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    if (!storage) return memoryStorage;
    const probe = `${storeSettingsKey}.probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage;
  }
}

/** The saved settings, or null when none are saved or what is saved is not valid settings. */
export function loadStoreSettings(storage: KeyValueStorage = defaultStorage()): StoreSettings | null {
  let text: string | null;
  try {
    text = storage.getItem(storeSettingsKey);
  } catch {
    text = memoryStorage.getItem(storeSettingsKey);
  }
  if (text === null) return null;
  try {
    const parsed = StoreSettings.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveStoreSettings(settings: StoreSettings, storage: KeyValueStorage = defaultStorage()): void {
  const text = JSON.stringify({ storeUrl: settings.storeUrl, token: settings.token });
  try {
    storage.setItem(storeSettingsKey, text);
  } catch {
    memoryStorage.setItem(storeSettingsKey, text);
  }
}

export const liveValidationKey = 'suivi-clients.live-validation';

/** localStorage to read from, without the probe's write (opening the pane writes nothing); memory without it. */
function storageToRead(): KeyValueStorage {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage ?? memoryStorage;
  } catch {
    return memoryStorage;
  }
}

/** Whether "Valider pendant la saisie" is on (on unless the user turned it off); reading it writes nothing. */
export function loadLiveValidation(storage: KeyValueStorage = storageToRead()): boolean {
  try {
    return storage.getItem(liveValidationKey) !== 'off';
  } catch {
    return memoryStorage.getItem(liveValidationKey) !== 'off';
  }
}

export function saveLiveValidation(on: boolean, storage: KeyValueStorage = defaultStorage()): void {
  const text = on ? 'on' : 'off';
  try {
    storage.setItem(liveValidationKey, text);
  } catch {
    memoryStorage.setItem(liveValidationKey, text);
  }
}

export function clearStoreSettings(storage: KeyValueStorage = defaultStorage()): void {
  try {
    storage.removeItem(storeSettingsKey);
  } catch {
    // nothing was stored there
  }
  memoryStorage.removeItem(storeSettingsKey);
}

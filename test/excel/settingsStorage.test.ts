import {
  clearStoreSettings,
  type KeyValueStorage,
  liveValidationKey,
  loadLiveValidation,
  loadStoreSettings,
  saveLiveValidation,
  saveStoreSettings,
  storeSettingsKey,
} from '@/excel/settingsStorage';

function fakeStorage(initial: Record<string, string> = {}): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function brokenStorage(): KeyValueStorage {
  const refuse = () => {
    throw new Error('SecurityError: storage is disabled');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

const settings = { storeUrl: 'https://localhost:3001', token: 'sc_local_token' };

describe('store settings storage', () => {
  afterEach(() => clearStoreSettings(fakeStorage()));

  it('saves and loads the settings (round trip)', () => {
    const storage = fakeStorage();
    expect(loadStoreSettings(storage)).toBeNull();
    saveStoreSettings(settings, storage);
    expect(JSON.parse(storage.items.get(storeSettingsKey) ?? '')).toEqual(settings);
    expect(loadStoreSettings(storage)).toEqual(settings);
    clearStoreSettings(storage);
    expect(loadStoreSettings(storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{storeUrl:'],
    ['a string', '"https://localhost:3001"'],
    ['no token', JSON.stringify({ storeUrl: 'https://localhost:3001' })],
    ['an empty token', JSON.stringify({ storeUrl: 'https://localhost:3001', token: '' })],
    ['a non-http URL', JSON.stringify({ storeUrl: 'javascript:alert(1)', token: 't' })],
    ['a relative URL', JSON.stringify({ storeUrl: '/api', token: 't' })],
  ])('reads corrupt data (%s) as no settings', (_case, stored) => {
    expect(loadStoreSettings(fakeStorage({ [storeSettingsKey]: stored }))).toBeNull();
  });

  it('keeps only the known fields', () => {
    const stored = JSON.stringify({ ...settings, extra: 'ignored' });
    expect(loadStoreSettings(fakeStorage({ [storeSettingsKey]: stored }))).toEqual(settings);
  });

  it('falls back to memory when the storage refuses access', () => {
    const storage = brokenStorage();
    saveStoreSettings(settings, storage);
    expect(loadStoreSettings(storage)).toEqual(settings);
    clearStoreSettings(storage);
    expect(loadStoreSettings(storage)).toBeNull();
  });

  it('uses localStorage when there is one, and memory when there is none', () => {
    const storage = fakeStorage();
    (globalThis as { localStorage?: KeyValueStorage }).localStorage = storage;
    try {
      saveStoreSettings(settings);
      expect(storage.items.get(storeSettingsKey)).toBeDefined();
      expect(loadStoreSettings()).toEqual(settings);
    } finally {
      delete (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    }
    expect(loadStoreSettings()).toBeNull();
    saveStoreSettings(settings);
    expect(loadStoreSettings()).toEqual(settings);
    clearStoreSettings();
    expect(loadStoreSettings()).toBeNull();
  });
});

describe('« Valider pendant la saisie » storage', () => {
  it('is on until the user turns it off, and keeps the choice (in memory when storage refuses access)', () => {
    const storage = fakeStorage();
    expect(loadLiveValidation(storage)).toBe(true);
    saveLiveValidation(false, storage);
    expect(storage.items.get(liveValidationKey)).toBe('off');
    expect(loadLiveValidation(storage)).toBe(false);
    saveLiveValidation(true, storage);
    expect(loadLiveValidation(storage)).toBe(true);
    saveLiveValidation(false, brokenStorage());
    expect(loadLiveValidation(brokenStorage())).toBe(false);
    saveLiveValidation(true, brokenStorage());
  });
});

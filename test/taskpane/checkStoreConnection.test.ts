import type { StoreClient } from '@/api-client/createStoreClient';
import { StoreClientError, type StoreClientErrorCode } from '@/api-client/StoreClientError';
import { checkStoreConnection } from '@/taskpane/store/checkStoreConnection';
import type { StoreConnection } from '@/taskpane/store/StoreConnection';
import { unusedStoreMethods } from '../api-client/support/unusedStoreMethods';

type Outcome = 'ok' | StoreClientErrorCode;

function clientWith(health: Outcome, settings: Outcome): StoreClient {
  const fail = (code: StoreClientErrorCode) => Promise.reject(new StoreClientError(code, code));
  return {
    ...unusedStoreMethods(),
    health: () => (health === 'ok' ? Promise.resolve({ status: 'ok', version: '1.2.3', database: 'postgres' }) : fail(health)),
    getSettings: () => (settings === 'ok' ? Promise.resolve({ homeCountry: 'BE' }) : fail(settings)),
  };
}

describe('checkStoreConnection', () => {
  const cases: Array<{ health: Outcome; settings: Outcome; expected: StoreConnection }> = [
    { health: 'ok', settings: 'ok', expected: { state: 'connected', database: 'postgres', version: '1.2.3', homeCountry: 'BE' } },
    { health: 'ok', settings: 'unauthorized', expected: { state: 'token_refused' } },
    { health: 'unreachable', settings: 'unreachable', expected: { state: 'unreachable' } },
    { health: 'timeout', settings: 'unauthorized', expected: { state: 'unreachable' } },
    { health: 'ok', settings: 'timeout', expected: { state: 'unreachable' } },
    { health: 'invalid_response', settings: 'ok', expected: { state: 'failed', code: 'invalid_response' } },
    { health: 'ok', settings: 'forbidden_origin', expected: { state: 'failed', code: 'forbidden_origin' } },
    { health: 'internal', settings: 'internal', expected: { state: 'failed', code: 'internal' } },
  ];

  it.each(cases)('health $health, settings $settings → $expected.state', async ({ health, settings, expected }) => {
    await expect(checkStoreConnection(clientWith(health, settings))).resolves.toEqual(expected);
  });

  it('rethrows when the caller aborted', async () => {
    await expect(checkStoreConnection(clientWith('aborted', 'aborted'))).rejects.toMatchObject({ code: 'aborted' });
  });

  it('rethrows errors that are not store client errors', async () => {
    const client: StoreClient = { ...clientWith('ok', 'ok'), getSettings: () => Promise.reject(new TypeError('bug')) };
    await expect(checkStoreConnection(client)).rejects.toThrow(TypeError);
  });

  it('passes the signal to both requests', async () => {
    const signals: Array<AbortSignal | undefined> = [];
    const client: StoreClient = {
      ...unusedStoreMethods(),
      health: (options) => {
        signals.push(options?.signal);
        return clientWith('ok', 'ok').health();
      },
      getSettings: (options) => {
        signals.push(options?.signal);
        return clientWith('ok', 'ok').getSettings();
      },
    };
    const { signal } = new AbortController();
    await checkStoreConnection(client, { signal });
    expect(signals).toEqual([signal, signal]);
  });
});

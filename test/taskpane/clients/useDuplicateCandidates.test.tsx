import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ClientInput } from '@/contract/ClientInput';
import { StoreClientError } from '@/api-client/StoreClientError';
import { normalizeClientValues, type ClientValues } from '@/domain';
import type { ConnectedStore } from '@/taskpane/store/StoreProvider';
import {
  CANDIDATES_DEBOUNCE_MS,
  candidateLookupOf,
  duplicateDecisionKey,
  useDuplicateCandidates,
} from '@/taskpane/clients/useDuplicateCandidates';
import { createMemoryStore } from './support/createMemoryStore';

const marie = {
  id: 'dupont',
  lastName: 'Dupont',
  firstName: 'Marie',
  birthDate: '1980-05-01',
  phone: '+41223104567',
  email: 'marie@dupont.ch',
};

/** The lookup the form would send for these values typed (with the form's defaults: the home country, French). */
const lookupOf = (typed: ClientValues) => {
  const { values, problems } = normalizeClientValues({ country: 'CH', language: 'fr', ...typed }, { homeCountry: 'CH' });
  return candidateLookupOf(values, problems);
};

describe('candidateLookupOf: asks only once the values can match someone', () => {
  it.each<[string, ClientValues, ClientInput | null]>([
    ['an empty form (its defaults only)', {}, null],
    ['a single letter', { lastName: 'D' }, null],
    ['a name alone', { lastName: 'Marie', firstName: 'Dupont' }, null],
    ['a phone half typed', { lastName: 'Marie', phone: '022 31' }, null],
    ['an e-mail still being typed', { lastName: 'Marie', email: 'm.dupont@' }, null],
    [
      'a name and a birth date',
      { lastName: 'Marie', firstName: 'Dupont', birthDate: '1980-05-01', notes: 'not sent' },
      { lastName: 'Marie', firstName: 'Dupont', birthDate: '1980-05-01', country: 'CH' },
    ],
    ['a phone, read with the country', { phone: '022 310 45 67' }, { phone: '+41223104567', country: 'CH' }],
    ['a mobile of France', { mobile: '06 12 34 56 78', country: 'FR' }, { mobile: '+33612345678', country: 'FR' }],
    ['a UID', { vatNumber: 'CHE-116.281.710 TVA' }, { vatNumber: expect.stringMatching(/^CHE116281710/), country: 'CH' }],
    // The same e-mail local part matches with the same name: both names are needed.
    ['a last name and an e-mail', { lastName: 'Dupont', email: 'marie@ailleurs.ch' }, null],
    [
      'both names and an e-mail',
      { lastName: 'Dupont', firstName: 'Marie', email: 'marie@ailleurs.ch' },
      { lastName: 'Dupont', firstName: 'Marie', email: 'marie@ailleurs.ch', country: 'CH' },
    ],
  ])('%s', (_case, typed, expected) => {
    expect(lookupOf(typed)).toEqual(expected);
  });

  it('the decision key changes with a value that matters, not with another one', () => {
    const key = (typed: ClientValues) => {
      const { values, problems } = normalizeClientValues({ lastName: 'Marie', birthDate: '1980-05-01', ...typed }, { homeCountry: 'CH' });
      return duplicateDecisionKey(values, problems);
    };
    expect(key({ notes: 'Rappeler' })).toBe(key({ city: 'Nyon' }));
    expect(key({ phone: '022 310 45 67' })).toBe(key({ phone: '+41 22 310 45 67' }));
    expect(key({ phone: '022 310 45 67' })).not.toBe(key({}));
    expect(key({ email: 'a@b.ch' })).not.toBe(key({ email: 'c@b.ch' }));
  });
});

describe('useDuplicateCandidates', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function renderCandidates(store: ConnectedStore, initial: ClientInput | null) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    return renderHook(({ lookup }: { lookup: ClientInput | null }) => useDuplicateCandidates(store, lookup), {
      wrapper,
      initialProps: { lookup: initial },
    });
  }
  const wait = (ms: number) => act(async () => jest.advanceTimersByTimeAsync(ms));
  const connected = (memory: ReturnType<typeof createMemoryStore>): ConnectedStore => ({
    client: memory.client,
    storeUrl: 'https://store.test',
    homeCountry: 'CH',
  });

  it('asks once the values have rested for the debounce, with the last values only', async () => {
    const memory = createMemoryStore({ clients: [marie] });
    const asked = () => memory.calls.filter((call) => call.method === 'findCandidates').map((call) => call.args[0]);
    const { result, rerender } = renderCandidates(connected(memory), null);
    await wait(CANDIDATES_DEBOUNCE_MS * 2);
    expect(asked()).toEqual([]);

    for (const phone of ['+4122310', '+41223104', '+412231045']) {
      rerender({ lookup: { lastName: 'Dupont', phone } });
      await wait(CANDIDATES_DEBOUNCE_MS / 4);
    }
    rerender({ lookup: { phone: '+41223104567' } });
    await wait(CANDIDATES_DEBOUNCE_MS - 1);
    expect(asked()).toEqual([]);
    expect(result.current).toEqual([]);
    await wait(1);
    expect(asked()).toEqual([{ phone: '+41223104567' }]);
    // The answer comes through React Query's notifications (scheduled on the fake clock too).
    await waitFor(() =>
      expect(result.current).toEqual([expect.objectContaining({ id: 'dupont', code: 'CL-000001', reasons: ['samePhone'] })]),
    );

    // The same values again (a render for another field): not asked again; values that cannot match: none at once.
    rerender({ lookup: { phone: '+41223104567' } });
    await wait(CANDIDATES_DEBOUNCE_MS * 2);
    expect(asked()).toHaveLength(1);
    rerender({ lookup: null });
    expect(result.current).toEqual([]);
  });

  it('cancels a request the values outdated, and keeps the last answer shown while the next one comes', async () => {
    const memory = createMemoryStore({ clients: [marie] });
    const answer = memory.client.findCandidates;
    const signals: AbortSignal[] = [];
    memory.client.findCandidates = (values, options = {}) => {
      if (options.signal) signals.push(options.signal);
      // The second request hangs until it is cancelled.
      if (signals.length !== 2) return answer(values, options);
      return new Promise((_resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(new StoreClientError('aborted', 'aborted')));
      });
    };
    const { result, rerender } = renderCandidates(connected(memory), { phone: '+41223104567' });
    await wait(CANDIDATES_DEBOUNCE_MS);
    expect(result.current.map((candidate) => candidate.id)).toEqual(['dupont']);

    rerender({ lookup: { phone: '+41223104567', lastName: 'Dupont', firstName: 'Marie', birthDate: '1980-05-01' } });
    await wait(CANDIDATES_DEBOUNCE_MS);
    expect(signals).toHaveLength(2);
    // Still the last answer while the second one is on its way.
    expect(result.current.map((candidate) => candidate.id)).toEqual(['dupont']);
    rerender({ lookup: { phone: '+41223104567', lastName: 'Dupont', firstName: 'Marie', birthDate: '1980-05-02' } });
    await wait(CANDIDATES_DEBOUNCE_MS);
    expect(signals).toHaveLength(3);
    expect(signals[1]?.aborted).toBe(true);
    expect(signals[2]?.aborted).toBe(false);
    expect(result.current).toEqual([expect.objectContaining({ id: 'dupont', reasons: ['samePhone'] })]);
  });

  it('a failing check answers no candidate, without throwing', async () => {
    const memory = createMemoryStore({ clients: [marie] });
    memory.client.findCandidates = async () => {
      throw new StoreClientError('unreachable', 'down');
    };
    const { result } = renderCandidates(connected(memory), { phone: '+41223104567' });
    await wait(CANDIDATES_DEBOUNCE_MS);
    expect(result.current).toEqual([]);
  });
});

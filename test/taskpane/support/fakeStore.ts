import type { StoreClient } from '@/api-client/createStoreClient';
import { StoreClientError } from '@/api-client/StoreClientError';
import type { Health } from '@/contract/Health';
import type { LocalStoreConfig } from '@/contract/LocalStoreConfig';
import type { StoreSettings } from '@/excel/settingsStorage';
import { unusedStoreMethods } from '@test/api-client/support/unusedStoreMethods';
import type { PaneApi } from '@/taskpane/services/PaneServices';

export type FakeStoreOptions = {
  /** Store URLs that answer; any other URL is unreachable. */
  reachableUrls?: string[];
  acceptedTokens?: string[];
  database?: Health['database'];
  homeCountry?: string;
  /** The home country of some store URLs (the others: `homeCountry`). */
  homeCountries?: Record<string, string>;
  /** What `/local-store.json` holds (null: not served). */
  localConfig?: LocalStoreConfig | null;
};

export type FakeStore = PaneApi & {
  /** Every settings the pane connected with, in order. */
  connections: StoreSettings[];
  /** Every request the pane sent: `health` or `settings`, with the settings used. */
  requests: Array<{ call: 'health' | 'settings'; settings: StoreSettings }>;
  setAcceptedTokens: (tokens: string[]) => void;
};

/** A store behind the pane's `api` port: reachable URLs, accepted tokens, as the real client reports them. */
export function createFakeStore(options: FakeStoreOptions = {}): FakeStore {
  const reachableUrls = options.reachableUrls ?? ['https://store.test'];
  let acceptedTokens = options.acceptedTokens ?? ['good-token'];
  const connections: StoreSettings[] = [];
  const requests: FakeStore['requests'] = [];
  const unreachable = () => new StoreClientError('unreachable', 'The store could not be reached');
  const connect = (settings: StoreSettings): StoreClient => {
    connections.push(settings);
    const isReachable = reachableUrls.includes(settings.storeUrl);
    return {
      ...unusedStoreMethods(),
      health: async () => {
        requests.push({ call: 'health', settings });
        if (!isReachable) throw unreachable();
        return { status: 'ok', version: '0.1.0', database: options.database ?? 'sqlite' };
      },
      getSettings: async () => {
        requests.push({ call: 'settings', settings });
        if (!isReachable) throw unreachable();
        if (!acceptedTokens.includes(settings.token)) throw new StoreClientError('unauthorized', 'Invalid token', { status: 401 });
        return { homeCountry: options.homeCountries?.[settings.storeUrl] ?? options.homeCountry ?? 'CH' };
      },
    };
  };
  return {
    connect,
    loadLocalStoreConfig: async () => options.localConfig ?? null,
    connections,
    requests,
    setAcceptedTokens: (tokens) => {
      acceptedTokens = tokens;
    },
  };
}

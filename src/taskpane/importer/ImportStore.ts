import type { StoreClient } from '@/api-client/createStoreClient';

/** The store calls an import makes. */
export type ImportStore = Pick<StoreClient, 'importRows' | 'revertImport'>;

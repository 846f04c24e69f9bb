import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { StoreClient } from '@/api-client/createStoreClient';
import type { MappingInput } from '@/contract/ColumnMapping';
import type { ColumnMapping } from '@/domain';
import type { ActiveSheetValidation, RememberedMapping } from '@/excel/marks/validateActiveSheet';

/** The store calls of the mapping step: the mapping remembered for a header signature, and saving a confirmed one. */
export type MappingStore = Pick<StoreClient, 'getMapping' | 'saveMapping'>;

/** The store a mapping is remembered in: its client and its URL (part of every key). */
export type MappingStoreInUse = { client: MappingStore; storeUrl: string };

/** How long a validation waits for the remembered mapping before it reads the headers with the engine alone. */
export const mappingLookupTimeoutMs = 5_000;

/** Query options for the remembered mappings: keys hold the store and the signature. */
export const mappingQueries = {
  all: ['mappings'] as const,
  bySignature: (store: MappingStoreInUse, signature: string) =>
    queryOptions({
      queryKey: ['mappings', store.storeUrl, signature] as const,
      queryFn: ({ signal }) => store.client.getMapping(signature, { signal }),
    }),
};

/**
 * The `findMapping` of a validation: the store's remembered mapping for the signature (through the query cache), or a
 * failure once `mappingLookupTimeoutMs` passed (the validation then goes on without it).
 */
export function rememberedMappingLookup(
  queryClient: QueryClient,
  store: MappingStoreInUse,
  timeoutMs = mappingLookupTimeoutMs,
): (signature: string) => Promise<RememberedMapping | null> {
  return async (signature) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No remembered mapping within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const saved = await Promise.race([queryClient.fetchQuery(mappingQueries.bySignature(store, signature)), timeout]);
      return saved === null ? null : { mapping: saved.columns, savedBy: saved.savedBy, savedAt: saved.savedAt };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** What the store keeps of a mapping confirmed on a validated sheet: its signature, its headers as shown, the decisions. */
export function mappingInputOf(result: ActiveSheetValidation, mapping: ColumnMapping): MappingInput {
  return {
    signature: result.mapping.signature,
    headers: result.mapping.sourceColumns.map((column) => column.header),
    columns: [...mapping],
  };
}

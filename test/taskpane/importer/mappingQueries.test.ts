import { QueryClient } from '@tanstack/react-query';
import type { SavedMapping } from '@/contract/ColumnMapping';
import { rememberedMappingLookup, type MappingStore } from '@/taskpane/importer/mappingQueries';

const saved: SavedMapping = {
  signature: 'nom|kontakt',
  headers: ['Nom', 'Kontakt'],
  columns: [{ header: 'Kontakt', target: 'email' }],
  version: 1,
  savedAt: '2026-11-30T09:15:00.000Z',
  savedBy: 'marie',
};

function storeAnswering(getMapping: MappingStore['getMapping']) {
  const client: MappingStore = { getMapping, saveMapping: () => Promise.reject(new Error('not used')) };
  return { client, storeUrl: 'https://store.test' };
}

describe('rememberedMappingLookup', () => {
  it('gives the store’s mapping for the signature as the validation takes it, or null', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const lookup = rememberedMappingLookup(
      queryClient,
      storeAnswering(async (signature) => (signature === saved.signature ? saved : null)),
    );
    await expect(lookup('nom|kontakt')).resolves.toEqual({ mapping: saved.columns, savedBy: 'marie', savedAt: saved.savedAt });
    await expect(lookup('autre')).resolves.toBeNull();
  });

  it('gives up when the store does not answer in time (the validation goes on without it)', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const lookup = rememberedMappingLookup(
      queryClient,
      storeAnswering(() => new Promise(() => undefined)),
      20,
    );
    await expect(lookup('nom|kontakt')).rejects.toThrow(/within 20 ms/);
  });
});

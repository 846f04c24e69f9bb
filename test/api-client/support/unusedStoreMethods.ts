import type { StoreClient } from '@/api-client/createStoreClient';

type ClientMethods = Omit<StoreClient, 'health' | 'getSettings'>;

/**
 * The store methods a fake leaves out: each rejects with an Error naming itself, so a test
 * that reaches one fails loudly instead of passing on an invented answer.
 */
export function unusedStoreMethods(): ClientMethods {
  const unused = (name: string) => () => Promise.reject(new Error(`${name} is not used by this fake store`));
  return {
    searchClients: unused('searchClients'),
    getClient: unused('getClient'),
    lookupClients: unused('lookupClients'),
    createClient: unused('createClient'),
    findCandidates: unused('findCandidates'),
    updateClient: unused('updateClient'),
    deleteClient: unused('deleteClient'),
    restoreClient: unused('restoreClient'),
    getClientHistory: unused('getClientHistory'),
    importRows: unused('importRows'),
    revertImport: unused('revertImport'),
    getMapping: unused('getMapping'),
    saveMapping: unused('saveMapping'),
    listMappings: unused('listMappings'),
    listDuplicates: unused('listDuplicates'),
    dismissDuplicate: unused('dismissDuplicate'),
    mergeClients: unused('mergeClients'),
    unmergeClients: unused('unmergeClients'),
  };
}

import type { Migration } from 'kysely';
import * as createClients from './20261127180000_create_clients';
import * as createApiTokens from './20261127180100_create_api_tokens';
import * as createSettings from './20261127180200_create_settings';
import * as createClientStore from './20261127190000_create_client_store';
import * as createColumnMappings from './20261202040000_create_column_mappings';
import * as addTokenLabels from './20261202150000_add_token_labels';
import * as createClientMatchKeys from './20261210090000_create_client_match_keys';
import * as rebuildClientMatchKeys from './20261211090000_rebuild_client_match_keys';
import * as createClientMerges from './20261215090000_create_client_merges';
import * as fasterDuplicateLookups from './20261220090000_faster_duplicate_lookups';

/**
 * Every migration by name, listed statically so they load under tsx, jest and bundlers alike
 * (no directory scan). Names sort in the order they run: add new files at the end.
 */
export const migrations: Record<string, Migration> = {
  '20261127180000_create_clients': createClients,
  '20261127180100_create_api_tokens': createApiTokens,
  '20261127180200_create_settings': createSettings,
  '20261127190000_create_client_store': createClientStore,
  '20261202040000_create_column_mappings': createColumnMappings,
  '20261202150000_add_token_labels': addTokenLabels,
  '20261210090000_create_client_match_keys': createClientMatchKeys,
  '20261211090000_rebuild_client_match_keys': rebuildClientMatchKeys,
  '20261215090000_create_client_merges': createClientMerges,
  '20261220090000_faster_duplicate_lookups': fasterDuplicateLookups,
};

import type { Client } from '@/contract/Client';
import type { ClientValues } from '@/domain';

/** Which screen the Clients tab shows. `edit` holds the version the edit starts from. */
export type ClientsView =
  | { screen: 'find' }
  | { screen: 'profile'; id: string; notice?: 'saved' }
  | { screen: 'created'; id: string; code: string; name: string; title: string | null }
  | { screen: 'edit'; client: Client }
  | { screen: 'create'; attempt: number }
  | { screen: 'session'; values: ClientValues };

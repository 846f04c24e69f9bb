import type { Client } from '@/contract/Client';
import type { ClientValues } from '@/domain';

/**
 * Which screen the Clients tab shows. `find` after "Retour à la liste" gives the focus back to the
 * search box; `edit` holds the version the edit starts from; `create` with `initial` stores those
 * values at once ("Enregistrer maintenant" on a session client).
 */
export type ClientsView =
  | { screen: 'find'; returned?: boolean }
  | { screen: 'profile'; id: string; notice?: 'saved' }
  | { screen: 'created'; id: string; code: string; name: string; title: string | null }
  | { screen: 'edit'; client: Client }
  | { screen: 'create'; attempt: number; initial?: ClientValues }
  | { screen: 'session'; values: ClientValues }
  | { screen: 'duplicates' };

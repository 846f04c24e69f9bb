import type { Kysely, Transaction } from 'kysely';
import type { OrganisationSettings } from '@/contract/OrganisationSettings';
import type { DB } from '../db/schema';
import { settingKeys } from './settingKeys';

/** Stores every setting of `settings` (insert or replace, one statement per key). */
export async function writeSettings(db: Kysely<DB> | Transaction<DB>, settings: OrganisationSettings): Promise<void> {
  for (const [name, key] of Object.entries(settingKeys)) {
    await db
      .insertInto('settings')
      .values({ key, value: settings[name as keyof OrganisationSettings] })
      .onConflict((conflict) => conflict.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
  }
}

import type { Kysely, Transaction } from 'kysely';
import { OrganisationSettings } from '@/contract/OrganisationSettings';
import type { DB } from '../db/schema';
import { defaultSettings, settingKeys } from './settingKeys';

/** The organisation's settings: stored values over the defaults (home country CH). */
export async function readSettings(db: Kysely<DB> | Transaction<DB>): Promise<OrganisationSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', Object.values(settingKeys)).execute();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const entries = Object.entries(settingKeys).map(([name, key]) => [
    name,
    stored.get(key) ?? defaultSettings[name as keyof OrganisationSettings],
  ]);
  return OrganisationSettings.parse(Object.fromEntries(entries));
}

import type { OrganisationSettings } from '@/contract/OrganisationSettings';

/** The settings table's key for each setting, and the value used while none is stored. */
export const settingKeys = { homeCountry: 'home_country' } as const satisfies Record<keyof OrganisationSettings, string>;

export const defaultSettings: OrganisationSettings = { homeCountry: 'CH' };

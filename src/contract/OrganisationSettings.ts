import { z } from 'zod';
import { countryIndex } from '@/domain';
import { pushEngineIssue } from './PlainText';

/** GET/PUT /api/v1/settings: the organisation's settings, shared by the store and the pane. */
export const OrganisationSettings = z.object({
  /** ISO 3166-1 alpha-2, one the template engine knows (its country list); the fallback of every country-dependent rule. CH by default. */
  homeCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, { abort: true })
    .check((payload) => {
      if (!countryIndex.codes.has(payload.value)) pushEngineIssue(payload, 'country.unknown');
    }),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;

/** PUT /api/v1/settings: the same keys, and no other (an unknown key is named in the 400). */
export const OrganisationSettingsInput = z.strictObject(OrganisationSettings.shape);
export type OrganisationSettingsInput = z.infer<typeof OrganisationSettingsInput>;

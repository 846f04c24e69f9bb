import { z } from 'zod';

/** GET/PUT /api/v1/settings: the organisation's settings, shared by the store and the pane. */
export const OrganisationSettings = z.object({
  /** ISO 3166-1 alpha-2; the fallback of every country-dependent rule. CH by default. */
  homeCountry: z.string().regex(/^[A-Z]{2}$/),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;

/** The values the foreign rule reads: ISO alpha-2 codes, null or absent when unknown. */
export type ForeignRuleValues = {
  country?: string | null;
  nationality?: string | null;
  practiceCountry?: string | null;
};

/**
 * A client is foreign when a known nationality or country of practice is not the home country; when neither is
 * known, when the address's country is not the home country (DESIGN.md §2). The one owner of the rule: the store,
 * its SQL refresh (`refreshForeignFlags`, the same cases) and the pane call it.
 */
export function isForeignClient(values: ForeignRuleValues, homeCountry: string): boolean {
  const home = homeCountry.toUpperCase();
  const known = [values.nationality, values.practiceCountry].filter(isKnown);
  if (known.length > 0) return known.some((code) => code.trim().toUpperCase() !== home);
  return isKnown(values.country) && values.country.trim().toUpperCase() !== home;
}

function isKnown(code: string | null | undefined): code is string {
  return code !== null && code !== undefined && code.trim() !== '';
}

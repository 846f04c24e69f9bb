import { phoneMetadata } from './phoneMetadata';

/**
 * A country's numbering plan read from libphonenumber-js metadata, for the fast path. Indexes follow
 * the metadata's version 4 layout (see libphonenumber-js `metadata.js`): 0 calling code, 1 IDD prefix,
 * 2 national number pattern, 3 possible lengths, 5 national prefix, 7 national prefix for parsing,
 * 8 national prefix transform rule, 11 number types as [pattern, possible lengths?].
 */
export type FastPhonePlan = {
  callingCode: string;
  iddPrefix: string;
  /** The trunk prefix (`0`), or '' in regions without one (ES, PT…). */
  nationalPrefix: string;
  general: RegExp;
  types: { pattern: RegExp; lengths: readonly number[] | undefined }[];
};

type RawPlan = readonly unknown[];

const raw = phoneMetadata as unknown as {
  version: number;
  countries: Record<string, RawPlan>;
  country_calling_codes: Record<string, readonly string[]>;
};
const plans = new Map<string, FastPhonePlan | null>();

/**
 * The fast-path plan of a region, or null when the region needs libphonenumber's full parser: its
 * calling code is shared (NANP, +44, +39…) or its national prefix is parsed by a rule.
 */
export function fastPhonePlan(region: string): FastPhonePlan | null {
  const cached = plans.get(region);
  if (cached !== undefined) return cached;
  const plan = buildPlan(region);
  plans.set(region, plan);
  return plan;
}

/** The region of a calling code when exactly one region uses it. */
export function singleRegionOfCallingCode(callingCode: string): string | undefined {
  const regions = raw.country_calling_codes[callingCode];
  return regions !== undefined && regions.length === 1 ? regions[0] : undefined;
}

/** The region's trunk prefix (`0` in CH, FR, DE…), '' where numbers have none (ES, IT, PT, US…). */
export function nationalPrefixOf(region: string): string {
  const prefix = raw.countries[region]?.[5];
  return typeof prefix === 'string' ? prefix : '';
}

function buildPlan(region: string): FastPhonePlan | null {
  if (raw.version !== 4) return null;
  const plan = raw.countries[region];
  if (plan === undefined) return null;
  const [callingCode, iddPrefix, general, , , nationalPrefix, , prefixForParsing, transformRule] = plan;
  const types = plan[11];
  if (typeof callingCode !== 'string' || singleRegionOfCallingCode(callingCode) !== region) return null;
  if (typeof iddPrefix !== 'string' || typeof general !== 'string') return null;
  if (prefixForParsing || transformRule || !Array.isArray(types)) return null;
  const compiledTypes: FastPhonePlan['types'] = [];
  for (const type of types as unknown[]) {
    if (!Array.isArray(type) || typeof type[0] !== 'string' || type[0] === '') continue;
    const lengths = Array.isArray(type[1]) ? (type[1] as number[]) : undefined;
    compiledTypes.push({ pattern: new RegExp(`^(?:${type[0]})$`), lengths });
  }
  return {
    callingCode,
    iddPrefix,
    nationalPrefix: typeof nationalPrefix === 'string' ? nationalPrefix : '',
    general: new RegExp(`^(?:${general})$`),
    types: compiledTypes,
  };
}

import type { ColumnKey } from '../template/ColumnKey';

export type NormalizeOptions = {
  /** ISO alpha-2 code of the organisation's home country: the fallback of every country-dependent rule. CH by default. */
  homeCountry?: string;
  /** The day birth dates may not be after: a Date (its local calendar day) or `YYYY-MM-DD`. Today by default. */
  today?: Date | string;
  /** The keys the input carries (a sheet's mapped columns); required keys outside it are not reported. All keys by default. */
  keys?: readonly ColumnKey[];
};

export const DEFAULT_HOME_COUNTRY = 'CH';

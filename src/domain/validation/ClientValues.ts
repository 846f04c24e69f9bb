import type { ColumnKey } from '../template/ColumnKey';

/**
 * A client's values by template key, normalised: E.164 phones, ISO alpha-2 countries, `YYYY-MM-DD`
 * dates, compact VAT numbers, `M.`/`Mme`, fr/de/it/en. An invalid cell keeps its trimmed text (its
 * problem says why); an empty cell is null.
 */
export type ClientValues = Partial<Record<ColumnKey, string | null>>;

/** A client's values for every template key (null when empty): what a normaliser over all keys returns. */
export type FullClientValues = Record<ColumnKey, string | null>;

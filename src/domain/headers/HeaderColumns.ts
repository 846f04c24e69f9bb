import type { ColumnKey } from '../template/ColumnKey';
import type { HeaderConfidence } from './readHeader';

/** A column that feeds part of a key: a full name split into Nom and Prénom, or a birth date written in three columns. */
export type ColumnPart = 'fullName' | 'birthDay' | 'birthMonth' | 'birthYear';

/**
 * A column the engine reads for `key`. A full-name column appears twice, once for `lastName` and once for `firstName`
 * (same header and column, `part: 'fullName'`); a split birth date appears three times for `birthDate`.
 */
export type MappedColumn = {
  header: string;
  key: ColumnKey;
  column: string;
  index: number;
  confidence: HeaderConfidence;
  part?: ColumnPart;
};
/** A column nothing reads: the engine knows no such header, or a confirmed mapping says not to import it (`ignored`). */
export type UnknownColumn = { header: string; column: string; index: number; ignored?: true };
/**
 * A column the add-in writes itself ("Statut import" after an import, "Anomalies" when notes cannot hold the
 * messages): never read as client data, and never reported as unknown.
 */
export type AddInColumn = { header: string; column: string; index: number };
/** Another column that could feed a key a better one took (`Home Phone` next to `Business Phone`): reported, not read. */
export type AlternativeColumn = { header: string; key: ColumnKey; column: string; index: number; chosen: string; chosenHeader: string };
/** The exact same header text a second time: a warning; only the first (or the primary one) is read. */
export type DuplicateColumn = { header: string; key: ColumnKey; column: string; index: number; firstColumn: string; firstHeader: string };

export type HeaderColumns = {
  mapped: MappedColumn[];
  missingRequired: ColumnKey[];
  unknown: UnknownColumn[];
  addIn: AddInColumn[];
  alternatives: AlternativeColumn[];
  duplicate: DuplicateColumn[];
};

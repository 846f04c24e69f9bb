import type { ColumnKey } from '../template/ColumnKey';

export type MappedColumn = { header: string; key: ColumnKey; column: string; index: number };
export type UnknownColumn = { header: string; column: string; index: number };
/** A header that names a key another column already took; the first one wins, this one is not read. */
export type DuplicateColumn = { header: string; key: ColumnKey; column: string; index: number; firstColumn: string; firstHeader: string };

export type HeaderColumns = {
  mapped: MappedColumn[];
  missingRequired: ColumnKey[];
  unknown: UnknownColumn[];
  duplicate: DuplicateColumn[];
};

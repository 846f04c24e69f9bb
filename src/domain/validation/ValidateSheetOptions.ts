import type { ColumnMapping } from '../headers/ColumnMapping';
import type { NormalizeOptions } from './NormalizeOptions';

export type ValidateSheetOptions = Omit<NormalizeOptions, 'keys'> & {
  /** Sheet row number (1-based) of `rows[0]`; 1 by default. */
  firstRow?: number;
  /** Sheet column index (0-based, A = 0) of each row's first cell; 0 by default. */
  firstColumn?: number;
  /** A confirmed mapping: it decides for the headers it names, the engine reads the others. */
  mapping?: ColumnMapping;
};

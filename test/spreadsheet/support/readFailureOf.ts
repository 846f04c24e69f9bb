import { ReadFailure, type ReadFailureCode } from '@/spreadsheet/ReadFailure';

/** The code of the ReadFailure a read throws, or 'none' when it reads; any other error is rethrown. */
export function readFailureOf(read: () => unknown): ReadFailureCode | 'none' {
  try {
    read();
  } catch (error) {
    if (error instanceof ReadFailure) return error.code;
    throw error;
  }
  return 'none';
}

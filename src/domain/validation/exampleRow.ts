import type { ColumnKey } from '../template/ColumnKey';
import { TEMPLATE_EXAMPLE } from '../template/templateExample';
import type { ClientValues } from './ClientValues';
import type { ValueNormalizer } from './createValueNormalizer';

/**
 * Recognises the template's example row among a sheet's rows: a row whose normalised values equal the example's on
 * every key the sheet maps (the email among them), so the example still matches when Excel or a file reader changed
 * how a cell is written (a date cell read as a Date, the phone written nationally by an older template).
 */
export function createExampleRowTest(normalize: ValueNormalizer, keys: readonly ColumnKey[]): (values: ClientValues) => boolean {
  if (!keys.includes('email')) return () => false;
  const example = normalize(TEMPLATE_EXAMPLE).values;
  return (values) => values.email === example.email && keys.every((key) => (values[key] ?? null) === (example[key] ?? null));
}

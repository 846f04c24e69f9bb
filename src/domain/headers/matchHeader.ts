import type { ColumnKey } from '../template/ColumnKey';
import { matchHeaders } from './matchHeaders';
import { MAX_HEADER_LENGTH } from './readHeader';

export type HeaderMatchKind = 'exact' | 'strong' | 'typo';
export type MatchedHeader = { key: ColumnKey; kind: HeaderMatchKind };

const KIND = { exact: 'exact', strong: 'strong', weak: 'typo', user: 'exact' } as const;

/**
 * The template key a header names on its own (a row of one header, read by `matchHeaders`): exact labels and synonyms
 * ignoring case, accents, spaces, punctuation, `*` and apostrophes (`exact`); the label among qualifiers, numbers and
 * technical words (`strong`: `Business Phone`, `adr_one_locality`); a small typo when exactly one key is that close
 * (`typo`). Undefined when the header names no template column, or only part of one (a full name, a birth month).
 */
export function matchHeader(header: string): MatchedHeader | undefined {
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  const [column] = matchHeaders([header]).mapped;
  if (column === undefined || column.part !== undefined) return undefined;
  return { key: column.key, kind: KIND[column.confidence] };
}

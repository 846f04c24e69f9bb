import type { ColumnKey } from '../template/ColumnKey';
import { editDistance } from '../text/editDistance';
import { foldText } from '../text/foldText';
import { typoTolerance } from '../text/typoTolerance';
import { headerIndex, headerLabels } from './headerIndex';

/** Longer cells are titles or data, never a column header. */
const MAX_HEADER_LENGTH = 80;

export type HeaderMatchKind = 'exact' | 'typo';
export type MatchedHeader = { key: ColumnKey; kind: HeaderMatchKind };

/**
 * The template key a header names, ignoring case, accents, spaces, punctuation, `*` and apostrophes;
 * English labels and synonyms accepted; small typos tolerated on longer labels when exactly one key
 * is that close. Undefined when the header names no template column.
 */
export function matchHeader(header: string): MatchedHeader | undefined {
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  const folded = foldText(header);
  if (folded.length === 0) return undefined;
  const exact = headerIndex.get(folded);
  if (exact !== undefined) return { key: exact, kind: 'exact' };
  const tolerance = typoTolerance(folded.length);
  if (tolerance === 0) return undefined;
  let bestDistance = tolerance + 1;
  let bestKeys = new Set<ColumnKey>();
  for (const label of headerLabels) {
    if (typoTolerance(label.folded.length) === 0) continue;
    const distance = editDistance(folded, label.folded, tolerance);
    if (distance < bestDistance) {
      bestDistance = distance;
      bestKeys = new Set([label.key]);
    } else if (distance === bestDistance && distance <= tolerance) {
      bestKeys.add(label.key);
    }
  }
  const [key] = bestKeys;
  return bestKeys.size === 1 && key !== undefined ? { key, kind: 'typo' } : undefined;
}

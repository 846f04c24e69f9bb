import { clientTemplate } from '../template/clientTemplate';
import type { ColumnKey } from '../template/ColumnKey';
import { foldText } from '../text/foldText';

export type HeaderLabel = { folded: string; key: ColumnKey };

/** Every accepted label of the template (French header, English label, synonyms), folded once. */
export const headerLabels: readonly HeaderLabel[] = clientTemplate.flatMap((column) =>
  [column.header, column.label, ...column.synonyms].map((label) => ({ folded: foldText(label), key: column.key })),
);

/** Folded label → key, for exact matches. */
export const headerIndex: ReadonlyMap<string, ColumnKey> = new Map(headerLabels.map((label) => [label.folded, label.key]));

import type { ColumnKey } from './ColumnKey';
import type { ColumnRule } from './ColumnRule';

export type TemplateColumn = {
  key: ColumnKey;
  /** French header as written in the template sheet (without the `*` of required columns). */
  header: string;
  /** English label. */
  label: string;
  /** Other headers people write for this column (French, English, German, abbreviations). */
  synonyms: readonly string[];
  required: boolean;
  rule: ColumnRule;
  /** Maximum length of the normalised text. */
  maxLength: number;
};

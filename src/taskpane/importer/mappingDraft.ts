import {
  clientTemplate,
  type ColumnKey,
  type ColumnMapping,
  type HeaderColumns,
  type HeaderConfidence,
  type MappingTarget,
  type SourceColumn,
  type TemplateColumn,
} from '@/domain';

/**
 * How sure a line is: the engine's confidence, `user` (the user chose, here or in a confirmed mapping), `unknown` (no
 * field has this header), or `other` (another column feeds its field: this one is not read).
 */
export type LineConfidence = HeaderConfidence | 'unknown' | 'other';

/** One source column in the mapping step. */
export type MappingLine = {
  /** 0-based position in the header row, and the sheet column letter. */
  index: number;
  column: string;
  header: string;
  samples: string[];
  /** What it feeds in the draft. */
  target: MappingTarget;
  /** What it fed in the validation shown (the draft starts there). */
  validated: MappingTarget;
  confidence: LineConfidence;
  /** The other columns that could feed this column's field (`Home Phone` beside `Business Phone`). */
  alternatives: string[];
  /** For a column not read because another feeds its field: that field, and the column read. */
  readInstead: { key: ColumnKey; header: string; column: string } | null;
};

/** The targets a line's dropdown lists: "Ne pas importer", then the template's fields, a full name after the names, the birth-date parts after the birth date. */
export const TARGET_CHOICES: readonly MappingTarget[] = [
  'ignore',
  ...clientTemplate.flatMap((column): MappingTarget[] => {
    if (column.key === 'firstName') return ['firstName', 'fullName'];
    if (column.key === 'birthDate') return ['birthDate', 'birthDay', 'birthMonth', 'birthYear'];
    return [column.key];
  }),
];

/**
 * Every target's label in a dropdown: the template's fields named by `fieldLabel`, with * on required ones, and the
 * others (a full name, the birth-date parts, "Ne pas importer") as given.
 */
export function targetLabels(
  fieldLabel: (column: TemplateColumn) => string,
  others: Record<Exclude<MappingTarget, ColumnKey>, string>,
): Record<MappingTarget, string> {
  const fields = clientTemplate.map((column) => [column.key, column.required ? `${fieldLabel(column)} *` : fieldLabel(column)]);
  return { ...(Object.fromEntries(fields) as Record<ColumnKey, string>), ...others };
}

const REQUIRED_KEYS: readonly ColumnKey[] = clientTemplate.filter((column) => column.required).map((column) => column.key);

/**
 * The draft of a validated sheet: one line per source column (the header row's, or the first non-empty row's when none
 * was found), with what the validation read it as, how sure, and the columns it chose between.
 */
export function mappingDraft(sourceColumns: readonly SourceColumn[], columns: HeaderColumns): MappingLine[] {
  return sourceColumns.map((source) => {
    const line: MappingLine = {
      index: source.index,
      column: source.column,
      header: source.header,
      samples: source.samples,
      target: 'ignore',
      validated: 'ignore',
      confidence: 'unknown',
      alternatives: columns.alternatives.filter((other) => other.chosen === source.column).map((other) => other.header),
      readInstead: null,
    };
    const mapped = columns.mapped.find((column) => column.index === source.index);
    if (mapped !== undefined) {
      const target: MappingTarget = mapped.part ?? mapped.key;
      return { ...line, target, validated: target, confidence: mapped.confidence };
    }
    const unknown = columns.unknown.find((column) => column.index === source.index);
    if (unknown?.ignored) return { ...line, confidence: 'user' };
    const other =
      columns.alternatives.find((column) => column.index === source.index) ??
      columns.duplicate
        .filter((column) => column.index === source.index)
        .map((column) => ({ ...column, chosen: column.firstColumn, chosenHeader: column.firstHeader }))[0];
    if (other === undefined) return line;
    return { ...line, confidence: 'other', readInstead: { key: other.key, header: other.chosenHeader, column: other.chosen } };
  });
}

/**
 * The draft with line `index` feeding `target`. A field is fed by one column: the lines that fed it feed nothing
 * now; a full name takes Nom and Prénom (and the reverse), a birth-date part takes the birth date (and the reverse).
 */
export function changeLine(lines: readonly MappingLine[], index: number, target: MappingTarget): MappingLine[] {
  const taken = displacedTargets(target);
  return lines.map((line) => {
    if (line.index === index) return { ...line, target };
    return taken.includes(line.target) ? { ...line, target: 'ignore' } : line;
  });
}

function displacedTargets(target: MappingTarget): readonly MappingTarget[] {
  switch (target) {
    case 'ignore':
      return [];
    case 'fullName':
      return ['fullName', 'lastName', 'firstName'];
    case 'lastName':
    case 'firstName':
      return [target, 'fullName'];
    case 'birthDate':
      return ['birthDate', 'birthDay', 'birthMonth', 'birthYear'];
    case 'birthDay':
    case 'birthMonth':
    case 'birthYear':
      return [target, 'birthDate'];
    default:
      return [target];
  }
}

/** How sure a line is as the draft stands: a line the user changed is theirs. */
export function lineConfidence(line: MappingLine): LineConfidence {
  return line.target === line.validated ? line.confidence : 'user';
}

/** The required fields no line feeds (a full name feeds Nom and Prénom), in template order. */
export function unfedRequired(lines: readonly MappingLine[]): ColumnKey[] {
  const fed = new Set<MappingTarget>(lines.map((line) => line.target));
  if (fed.has('fullName')) {
    fed.add('lastName');
    fed.add('firstName');
  }
  return REQUIRED_KEYS.filter((key) => !fed.has(key));
}

/**
 * Whether the step opens by itself: a required field nothing feeds, no header row recognised, or a line the engine
 * is not sure of.
 */
export function needsReview(lines: readonly MappingLine[], headerFound: boolean): boolean {
  return !headerFound || unfedRequired(lines).length > 0 || lines.some((line) => lineConfidence(line) === 'weak');
}

/**
 * The mapping to confirm: every line, in column order (a repeated header's n-th occurrence takes its n-th decision),
 * so a remembered mapping reads the sheet the same way whatever the engine learns later.
 */
export function mappingOf(lines: readonly MappingLine[]): ColumnMapping {
  return [...lines].sort((a, b) => a.index - b.index).map((line) => ({ header: line.header, target: line.target }));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellToText, validateSheet, type HeaderColumns } from '@/domain';
import { ReadFailure } from '@/spreadsheet/ReadFailure';
import { readSpreadsheet } from '@/spreadsheet/readSpreadsheet';

/** The corpus of real exports (test/fixtures/real): each file's header row and what a careful person maps each header to. */
export const CORPUS_DIR = join(__dirname, '..', '..', 'fixtures', 'real');

type Expected = { headerRow: number; columns: Record<string, string | null> };

export type FileScore = {
  file: string;
  /** Expected non-null columns, and how many the engine mapped to the right key (an alternative of a sensible primary counts). */
  expected: number;
  right: number;
  /** Columns the engine gave a key when a careful person gives them none or another one: `header → key (expected)`. */
  falseMappings: string[];
  /** Expected columns the engine missed: `header → expected (got)`. */
  missed: string[];
  headerRowRight: boolean;
  headerRow: { expected: number; found: number | null };
  /** Null when the file holds no name and e-mail; else whether it validates without a blocking column error. */
  validates: boolean | null;
  blockingColumnIssues: string[];
};

export type CorpusScore = { files: FileScore[]; skipped: { file: string; reason: string }[] };

/** What the engine decided for one column: the key it feeds, and the column it stands in for when it is an alternative. */
type Decision = { label: string; chosenIndex: number | null };

/** Header texts as expected.json names them: the cell's text, `"<header>#2"` for its second occurrence. */
export function headerKeys(row: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return row.map((cell) => {
    const text = typeof cell === 'string' ? cell : cellToText(cell);
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return count === 1 ? text : `${text}#${count}`;
  });
}

/** The engine's decisions by column index (0-based index in the header row). */
function decisionsOf(columns: HeaderColumns): Map<number, Decision> {
  const decisions = new Map<number, Decision>();
  const chosenByKey = new Map<string, number>();
  for (const column of columns.mapped) {
    const label = column.part ?? column.key;
    decisions.set(column.index, { label, chosenIndex: null });
    chosenByKey.set(label, column.index);
  }
  for (const alternative of columns.alternatives) {
    decisions.set(alternative.index, { label: alternative.key, chosenIndex: chosenByKey.get(alternative.key) ?? null });
  }
  return decisions;
}

export function scoreFile(file: string, expected: Expected): FileScore {
  const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
  const sheet = readSpreadsheet(bytes, file);
  const validation = validateSheet(sheet.rows);
  const found = validation.headerRow;
  const headerRow = found === null ? [] : (sheet.rows[found - 1] ?? []);
  const keys = headerKeys(headerRow);
  const decisions = decisionsOf(validation.columns);
  const expectedOf = (index: number): string | null => expected.columns[keys[index] ?? ''] ?? null;
  const score: FileScore = {
    file,
    expected: 0,
    right: 0,
    falseMappings: [],
    missed: [],
    headerRowRight: found === expected.headerRow,
    headerRow: { expected: expected.headerRow, found },
    validates: null,
    blockingColumnIssues: [],
  };
  const indexByKey = new Map(keys.map((key, index) => [key, index]));
  for (const [header, key] of Object.entries(expected.columns)) {
    if (key === null) continue;
    score.expected++;
    const index = found === expected.headerRow ? indexByKey.get(header) : undefined;
    const decision = index === undefined ? undefined : decisions.get(index);
    const right =
      decision !== undefined && decision.label === key && (decision.chosenIndex === null || expectedOf(decision.chosenIndex) === key);
    if (right) score.right++;
    else score.missed.push(`${header} → ${key} (${decision?.label ?? 'nothing'})`);
  }
  for (const [index, decision] of decisions) {
    const want = found === expected.headerRow ? expectedOf(index) : null;
    if (decision.label !== want) score.falseMappings.push(`${keys[index] ?? index} → ${decision.label} (${want ?? 'null'})`);
  }
  const keysExpected = new Set(Object.values(expected.columns));
  if ((keysExpected.has('lastName') || keysExpected.has('fullName')) && keysExpected.has('email')) {
    score.blockingColumnIssues = validation.issues
      .filter((issue) => issue.severity === 'error' && (issue.code.startsWith('column.') || issue.code === 'header.notFound'))
      .map(
        (issue) => `${issue.code}${issue.column === null ? '' : ` ${issue.column}`}${issue.header === null ? '' : ` "${issue.header}"`}`,
      );
    score.validates = score.blockingColumnIssues.length === 0;
  }
  return score;
}

/** Scores every file of expected.json that the project's reader can read; the others are listed with the reader's reason. */
export function scoreCorpus(): CorpusScore {
  const expected = JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
  const result: CorpusScore = { files: [], skipped: [] };
  for (const [file, entry] of Object.entries(expected)) {
    try {
      result.files.push(scoreFile(file, entry));
    } catch (error) {
      if (!(error instanceof ReadFailure)) throw error;
      result.skipped.push({ file, reason: error.code });
    }
  }
  return result;
}

const percent = (right: number, total: number): string => (total === 0 ? '—' : `${((100 * right) / total).toFixed(1)} %`);

/** The corpus figures as text: one line per file, then the totals. */
export function formatCorpusScore(score: CorpusScore, verbose = false): string {
  const lines: string[] = ['file | recall | false | header row | validates'];
  for (const file of score.files) {
    lines.push(
      [
        file.file,
        `${file.right}/${file.expected} ${percent(file.right, file.expected)}`,
        String(file.falseMappings.length),
        file.headerRowRight ? 'right' : `wrong (${file.headerRow.found ?? 'none'} for ${file.headerRow.expected})`,
        file.validates === null ? '—' : file.validates ? 'yes' : `no: ${file.blockingColumnIssues.join(', ')}`,
      ].join(' | '),
    );
    if (verbose) {
      for (const line of file.missed) lines.push(`    missed ${line}`);
      for (const line of file.falseMappings) lines.push(`    false  ${line}`);
    }
  }
  const right = score.files.reduce((sum, file) => sum + file.right, 0);
  const expected = score.files.reduce((sum, file) => sum + file.expected, 0);
  const falseMappings = score.files.reduce((sum, file) => sum + file.falseMappings.length, 0);
  const headerRows = score.files.filter((file) => file.headerRowRight).length;
  const withName = score.files.filter((file) => file.validates !== null);
  lines.push(
    `overall: recall ${right}/${expected} ${percent(right, expected)}; false mappings ${falseMappings}; ` +
      `header row right ${headerRows}/${score.files.length}; validates ${withName.filter((file) => file.validates).length}/${withName.length}`,
  );
  for (const skipped of score.skipped) lines.push(`skipped (reader: ${skipped.reason}): ${skipped.file}`);
  return `${lines.join('\n')}\n`;
}

import { cellToText } from '../cells/cellToText';
import { findHeaderRow } from '../headers/findHeaderRow';
import { headerSignature } from '../headers/headerSignature';
import { sourceColumns } from '../headers/sourceColumns';
import { splitFullName } from '../headers/splitFullName';
import type { HeaderColumns, MappedColumn } from '../headers/HeaderColumns';
import type { Issue, IssueParams } from '../issues/Issue';
import { ISSUE_SEVERITY, type IssueCode } from '../issues/IssueCode';
import { clientTemplate } from '../template/clientTemplate';
import type { ColumnKey } from '../template/ColumnKey';
import { createDuplicateIndex } from './createDuplicateIndex';
import { createExampleRowTest } from './exampleRow';
import { createValueNormalizer } from './createValueNormalizer';
import { isEmptyRow } from './isEmptyRow';
import type { SheetRecord, SheetValidation } from './SheetValidation';
import type { ValidateSheetOptions } from './ValidateSheetOptions';
import type { ValueProblem } from './ValueProblem';
import { readRowVersion, versionColumnIndex } from './rowVersion';

const templateHeader = new Map(clientTemplate.map((column) => [column.key, column.header]));
const templateOrder = new Map(clientTemplate.map((column, index) => [column.key, index]));

export type SheetValidator = {
  /** Sheet row number of the header row; null when none of the first 20 rows is one. */
  headerRow: number | null;
  columns: HeaderColumns;
  /**
   * Checks the next rows, in sheet order: `rows[0]` is row `startIndex` of the values (0 = the values' first row).
   * Rows up to the header row are skipped. Returns the cell issues these rows raised (duplicates name the earlier row).
   */
  addRows: (rows: readonly unknown[][], startIndex: number) => Issue[];
  /**
   * Checks again rows already added (or new ones), after the user edited them: `rows[0]` is row `startIndex` of the
   * values, rows up to the header row are skipped. The rows checked again are these and the rows that share (or shared)
   * a code or an email with them, as a fixed duplicate frees its twin; returns them with their issues now.
   */
  replaceRows: (rows: readonly unknown[][], startIndex: number) => RowsRevalidation;
  /** The whole validation of the rows added (and replaced) so far. */
  finish: () => SheetValidation;
};

/** Rows checked again (sheet row numbers, ascending; an emptied row is among them, without issues) and their issues. */
export type RowsRevalidation = { rows: number[]; issues: Issue[] };

/** What the validator keeps of a non-empty row: its values, its own problems (duplicates aside), its issues now. */
type RowState = { values: SheetRecord['values']; problems: ValueProblem[]; example: boolean; issues: Issue[]; version?: number };

/**
 * The template engine on a sheet read piece by piece: the header row is found in `firstRows` (the first 20 rows of the
 * values are enough), then rows are checked as they come, so a caller can act on the issues of a piece (mark its
 * cells) while the next one is read. Never throws.
 */
export function createSheetValidator(firstRows: readonly unknown[][], options: ValidateSheetOptions = {}): SheetValidator {
  const firstRow = options.firstRow ?? 1;
  const rowsAtTop = Array.isArray(firstRows) ? firstRows : [];
  const header = findHeaderRow(rowsAtTop, options.firstColumn ?? 0, options.mapping);
  if (header === undefined) {
    const missingRequired = clientTemplate.filter((column) => column.required).map((column) => column.key);
    const validation: SheetValidation = {
      headerRow: null,
      headerSignature: null,
      sourceColumns: [],
      columns: { mapped: [], missingRequired, unknown: [], addIn: [], alternatives: [], duplicate: [] },
      rows: 0,
      validRows: 0,
      issues: [makeIssue('header.notFound', null, null, null, null)],
      records: [],
    };
    return {
      headerRow: null,
      columns: validation.columns,
      addRows: () => [],
      replaceRows: () => ({ rows: [], issues: [] }),
      finish: () => validation,
    };
  }
  const headerRow = firstRow + header.index;
  const headerCells = rowsAtTop[header.index] ?? [];
  const signature = headerSignature(headerCells);
  const sources = sourceColumns(headerCells, rowsAtTop.slice(header.index + 1), options.firstColumn ?? 0);
  const issues = columnIssues(header.columns, headerRow);
  const mapped = header.columns.mapped;
  // A birth-date part without the others feeds nothing: no date is made of it, and none is erased by it.
  const birthParts = mapped.filter((column) => column.part !== undefined && column.part !== 'fullName').length;
  const readKeys = mapped
    .filter((column) => column.part === undefined || column.part === 'fullName' || birthParts === 3)
    .map((column) => column.key);
  const keys = [...new Set(readKeys)];
  const normalize = createValueNormalizer({ ...options, keys });
  const isExampleRow = createExampleRowTest(normalize, keys);
  const readInput = createInputReader(mapped);
  const versionIndex = versionColumnIndex(header.columns);
  const duplicates = createDuplicateIndex();
  const byKey = new Map<ColumnKey, MappedColumn>(mapped.map((column) => [column.key, column]));
  // Each row's issues live in its state; `issues` holds the column issues only.
  const rowStates = new Map<number, RowState>();
  // Rows came in order and none was replaced: the map's order is the sheet's.
  let inOrder = true;
  let lastRowAdded = 0;
  // One input object for every row: the normaliser reads it and keeps nothing of it.
  const input: Partial<Record<ColumnKey, unknown>> = {};

  /** The row's state, indexed for duplicates; null for an empty row. */
  const checkRow = (row: unknown, rowNumber: number): RowState | null => {
    if (isEmptyRow(row) || !Array.isArray(row)) return null;
    const splitProblems = readInput(row, input);
    const normalized = normalize(input);
    const { values } = normalized;
    // The template's example row: said once, on its row; neither a client to import nor an error.
    if (isExampleRow(values)) return { values, problems: [], example: true, issues: [] };
    const problems = splitProblems.length === 0 ? normalized.problems : [...splitProblems, ...normalized.problems];
    duplicates.add(rowNumber, values, problems.length === 0 ? NO_KEYS : errorKeys(problems));
    const version = versionIndex === undefined ? undefined : readRowVersion(row[versionIndex]);
    return version === undefined
      ? { values, problems, example: false, issues: [] }
      : { values, problems, example: false, issues: [], version };
  };

  /** The row's issues now (its own problems and its duplicates, by column), kept in its state. */
  const rowIssues = (rowNumber: number, state: RowState): Issue[] => {
    if (state.example) return (state.issues = [makeIssue('template.exampleRow', rowNumber, null, null, null)]);
    const found = duplicates.problems(rowNumber);
    const rowProblems = found.length === 0 ? state.problems : [...state.problems, ...found];
    if (rowProblems.length > 1) rowProblems.sort((a, b) => (byKey.get(a.key)?.index ?? 0) - (byKey.get(b.key)?.index ?? 0));
    state.issues = rowProblems.map((problem) => {
      const column = byKey.get(problem.key);
      return makeIssue(
        problem.code,
        rowNumber,
        problem.key,
        column?.header ?? null,
        column?.column ?? null,
        problem.params,
        problem.suggestion,
      );
    });
    return state.issues;
  };

  const firstOffset = (startIndex: number) => Math.max(0, header.index + 1 - startIndex);

  const addRows = (rows: readonly unknown[][], startIndex: number): Issue[] => {
    const added: Issue[] = [];
    for (let offset = firstOffset(startIndex); offset < rows.length; offset++) {
      const rowNumber = firstRow + startIndex + offset;
      if (rowStates.has(rowNumber) || rowNumber < lastRowAdded) inOrder = false;
      const state = checkRow(rows[offset], rowNumber);
      if (state === null) continue;
      rowStates.set(rowNumber, state);
      lastRowAdded = rowNumber;
      for (const issue of rowIssues(rowNumber, state)) added.push(issue);
    }
    return added;
  };

  const replaceRows = (rows: readonly unknown[][], startIndex: number): RowsRevalidation => {
    inOrder = false;
    const touched = new Set<number>();
    for (let offset = firstOffset(startIndex); offset < rows.length; offset++) {
      const rowNumber = firstRow + startIndex + offset;
      touched.add(rowNumber);
      for (const other of duplicates.remove(rowNumber)) touched.add(other);
      const state = checkRow(rows[offset], rowNumber);
      if (state === null) rowStates.delete(rowNumber);
      else rowStates.set(rowNumber, state);
    }
    // The rows holding the new codes and emails: each of them may have gained or lost a duplicate.
    for (const rowNumber of [...touched]) for (const other of duplicates.sharing(rowNumber)) touched.add(other);
    const sorted = [...touched].sort((a, b) => a - b);
    const found: Issue[] = [];
    for (const rowNumber of sorted) {
      const state = rowStates.get(rowNumber);
      if (state !== undefined) for (const issue of rowIssues(rowNumber, state)) found.push(issue);
    }
    return { rows: sorted, issues: found };
  };

  const finish = (): SheetValidation => {
    const states = inOrder ? [...rowStates] : [...rowStates].sort(([a], [b]) => a - b);
    const allIssues = [...issues];
    const records: SheetRecord[] = [];
    let validRows = 0;
    for (const [row, state] of states) {
      for (const issue of state.issues) allIssues.push(issue);
      if (state.example) continue;
      records.push(state.version === undefined ? { row, values: state.values } : { row, values: state.values, version: state.version });
      if (!state.issues.some((issue) => issue.severity === 'error')) validRows++;
    }
    return {
      headerRow,
      headerSignature: signature,
      sourceColumns: sources,
      columns: header.columns,
      rows: records.length,
      // Without a required column no row can be imported, whatever its cells say.
      validRows: header.columns.missingRequired.length > 0 ? 0 : validRows,
      issues: allIssues,
      records,
    };
  };
  return { headerRow, columns: header.columns, addRows, replaceRows, finish };
}

const NO_KEYS: ReadonlySet<ColumnKey> = new Set();

/**
 * Fills the normaliser's input from a row: each mapped column's cell; a full-name column split into Nom and Prénom
 * (a guessed split is a warning that names the guess); a birth date from its day, month and year columns.
 */
function createInputReader(mapped: readonly MappedColumn[]) {
  const plain = mapped.filter((column) => column.part === undefined);
  const fullName = mapped.find((column) => column.part === 'fullName');
  const part = (name: 'birthDay' | 'birthMonth' | 'birthYear') => mapped.find((column) => column.part === name)?.index;
  const birth = { day: part('birthDay'), month: part('birthMonth'), year: part('birthYear') };
  return (row: readonly unknown[], input: Partial<Record<ColumnKey, unknown>>): ValueProblem[] => {
    for (const column of plain) input[column.key] = row[column.index];
    if (birth.day !== undefined && birth.month !== undefined && birth.year !== undefined) {
      const texts = [birth.day, birth.month, birth.year].map((index) => cellToText(row[index]));
      input.birthDate = texts.every((text) => text === '') ? '' : texts.join('.');
    }
    if (fullName === undefined) return [];
    const text = cellToText(row[fullName.index]);
    const split = splitFullName(text);
    input.lastName = split.lastName;
    input.firstName = split.firstName;
    return split.guessed
      ? [
          {
            key: 'lastName',
            code: 'name.splitGuessed',
            params: { value: text, lastName: split.lastName, firstName: split.firstName },
            suggestion: null,
          },
        ]
      : [];
  };
}

function errorKeys(problems: readonly ValueProblem[]): ReadonlySet<ColumnKey> {
  const keys = new Set<ColumnKey>();
  for (const problem of problems) if (ISSUE_SEVERITY[problem.code] === 'error') keys.add(problem.key);
  return keys;
}

function columnIssues(columns: HeaderColumns, headerRow: number): Issue[] {
  const issues: Issue[] = [];
  const missing = [...columns.missingRequired].sort((a, b) => (templateOrder.get(a) ?? 0) - (templateOrder.get(b) ?? 0));
  for (const key of missing) issues.push(makeIssue('column.missingRequired', headerRow, key, null, null));
  const duplicated = new Set(columns.duplicate.map((column) => column.index));
  const sameColumn: { index: number; issue: Issue }[] = [
    ...columns.duplicate.map((column) => ({
      index: column.index,
      issue: makeIssue('column.duplicate', headerRow, column.key, column.header, column.column, {
        firstColumn: column.firstColumn,
        firstHeader: column.firstHeader,
      }),
    })),
    ...columns.alternatives
      .filter((column) => !duplicated.has(column.index))
      .map((column) => ({
        index: column.index,
        issue: makeIssue('column.alternative', headerRow, column.key, column.header, column.column, {
          firstColumn: column.chosen,
          firstHeader: column.chosenHeader,
        }),
      })),
  ];
  const birthParts = columns.mapped.filter(
    (column) => column.part === 'birthDay' || column.part === 'birthMonth' || column.part === 'birthYear',
  );
  if (birthParts.length > 0 && birthParts.length < 3) {
    for (const column of birthParts)
      sameColumn.push({
        index: column.index,
        issue: makeIssue('column.birthDatePart', headerRow, column.key, column.header, column.column),
      });
  }
  sameColumn.sort((a, b) => a.index - b.index);
  return [...issues, ...sameColumn.map((entry) => entry.issue)];
}

function makeIssue(
  code: IssueCode,
  row: number | null,
  column: ColumnKey | null,
  header: string | null,
  letter: string | null,
  params: IssueParams = {},
  suggestion: string | null = null,
): Issue {
  return {
    code,
    severity: ISSUE_SEVERITY[code],
    row,
    column,
    header: header ?? (column === null ? null : (templateHeader.get(column) ?? null)),
    columnLetter: letter,
    params,
    suggestion,
  };
}
